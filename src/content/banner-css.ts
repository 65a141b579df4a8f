// Styles of the in-page banner, scoped by its shadow root. Colours meet WCAG AA contrast in light
// and dark schemes; motion is off when the user asks for less.
export const bannerCss = `
:host { all: initial; }
.card { box-sizing: border-box; width: min(360px, calc(100vw - 32px)); max-height: min(62vh, 560px); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; background: #ffffff;
  border: 1px solid #d5d5d8; border-top: 4px solid #0f766e; border-radius: 12px; box-shadow: 0 8px 28px rgba(0,0,0,.2);
  padding: 10px 14px 12px; animation: in .18s ease-out; overscroll-behavior: contain; }
.card.high { border-top-color: #b42318; }
.card.info { border-top-color: #1f57c3; }
.card.problem { border-top-color: #b26a00; }
header { display: flex; align-items: center; gap: 10px; position: sticky; top: -10px; margin: -10px -14px 0; padding: 10px 14px 8px;
  background: inherit; border-bottom: 1px solid #e6e6e9; }
.heading { flex: 1; display: grid; line-height: 1.25; }
.heading strong { font-size: 14px; }
.brand { font-size: 12px; color: #4a4a4f; }
.logo { width: 22px; height: 22px; flex: none; }
.logo .shield { fill: #0f766e; } .logo .tick { fill: none; stroke: #fff; stroke-width: 2.2; stroke-linecap: round; stroke-linejoin: round; }
.card.high .logo .shield { fill: #b42318; }
.warning { padding: 10px 0 12px; border-bottom: 1px solid #e6e6e9; }
.warning:last-child { border-bottom: none; padding-bottom: 0; }
h3 { font-size: 14px; margin: 0 0 6px; color: #1d1d1f; }
.pill { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; vertical-align: 1px; }
.pill.high { background: #fde8e8; color: #8a1c1c; } .pill.medium { background: #fff4e5; color: #7a3e00; } .pill.info { background: #e8f1fb; color: #0b5394; }
blockquote { margin: 4px 0; padding: 6px 10px; background: #f5f5f7; border-left: 3px solid #8a8a8e; border-radius: 4px;
  white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; }
blockquote p { margin: 0; }
blockquote footer { margin-top: 4px; font-size: 12px; color: #4a4a4f; }
.summary { margin: 6px 0 8px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.dismiss { display: flex; gap: 6px; align-items: center; justify-content: flex-end; margin-top: 8px; }
.dismiss select { flex: 1; min-width: 0; max-width: 220px; }
button, .button, select { font: inherit; font-size: 13px; border-radius: 6px; padding: 4px 10px; cursor: pointer;
  border: 1px solid #8a8a8e; background: #fff; color: #1d1d1f; text-decoration: none; box-sizing: border-box; }
.primary { background: #0f766e; border-color: #0f766e; color: #fff; }
.toggle, .close { border: none; background: transparent; color: #1f57c3; padding: 2px 6px; text-decoration: underline; }
button:focus-visible, .button:focus-visible, select:focus-visible { outline: 2px solid #1f57c3; outline-offset: 2px; }
.problems, .trouble { margin: 8px 0; padding: 6px 10px; background: #fff4e5; border-radius: 6px; color: #5c2e00; }
.problems ul { margin: 4px 0 0; padding-left: 18px; }
.more { margin: 8px 0 0; font-size: 12px; color: #4a4a4f; }
.notice { display: flex; gap: 8px; align-items: start; }
.notice p { margin: 0; flex: 1; }
[hidden] { display: none !important; }
@keyframes in { from { transform: translateY(8px); opacity: 0; } to { transform: none; opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
@media (prefers-color-scheme: dark) {
  .card { color: #f2f2f4; background: #1f1f22; border-color: #45454a; }
  .card.high { border-top-color: #ff9d9d; } .card.info { border-top-color: #8cc4ff; } .card.problem { border-top-color: #ffc77a; }
  header, .warning { border-color: #3a3a3f; }
  h3 { color: #f2f2f4; } .brand, .more { color: #c0c0c6; }
  .logo .shield { fill: #14b8a6; } .card.high .logo .shield { fill: #e5534b; }
  .pill.high { background: #3f1a1a; color: #ffb4b4; } .pill.medium { background: #3d2a10; color: #ffd08a; } .pill.info { background: #132a44; color: #a9d1ff; }
  blockquote { background: #2b2b2f; border-left-color: #8a8a8e; } blockquote footer { color: #c0c0c6; }
  button, .button, select { background: #2b2b2f; color: #f2f2f4; border-color: #6d6d72; }
  .primary { background: #14b8a6; border-color: #14b8a6; color: #06201d; }
  .toggle, .close { color: #8cb8ff; background: transparent; }
  .problems, .trouble { background: #3d2a10; color: #ffe2bd; }
}
`;
