// Styles of the in-page banner, scoped by its shadow root. Colours meet WCAG AA contrast in light
// and dark schemes; motion is off when the user asks for less.
export const bannerCss = `
:host { all: initial; }
.card { box-sizing: border-box; width: min(380px, calc(100vw - 32px)); max-height: min(70vh, 640px); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; background: #ffffff;
  border: 1px solid #d5d5d8; border-left: 4px solid #0f766e; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  padding: 12px 14px; animation: in .18s ease-out; }
.card.has-warnings { border-left-color: #b42318; }
header { display: flex; align-items: center; gap: 8px; }
header strong { flex: 1; font-size: 15px; }
.logo { font-size: 16px; }
h3 { font-size: 14px; margin: 10px 0 4px; color: #8a1c1c; }
.warning.info h3 { color: #0b5394; }
.warning.medium h3 { color: #7a3e00; }
blockquote { margin: 4px 0; padding: 6px 10px; background: #f5f5f7; border-left: 3px solid #8a8a8e; border-radius: 4px;
  white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; }
blockquote p { margin: 0; }
blockquote footer { margin-top: 4px; font-size: 12px; color: #4a4a4f; }
.summary { margin: 6px 0; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.dismiss { display: inline-flex; gap: 4px; margin-left: auto; }
button, .button, select { font: inherit; font-size: 13px; border-radius: 6px; padding: 4px 10px; cursor: pointer;
  border: 1px solid #8a8a8e; background: #fff; color: #1d1d1f; text-decoration: none; }
.primary { background: #0f766e; border-color: #0f766e; color: #fff; }
.toggle, .close { border: none; background: transparent; color: #1f57c3; padding: 2px 6px; }
button:focus-visible, .button:focus-visible, select:focus-visible { outline: 2px solid #1f57c3; outline-offset: 2px; }
.problems, .trouble { margin: 8px 0; padding: 6px 10px; background: #fff4e5; border-radius: 6px; color: #5c2e00; }
.problems ul { margin: 4px 0 0; padding-left: 18px; }
.notice { display: flex; gap: 8px; align-items: start; }
.notice p { margin: 0; flex: 1; }
[hidden] { display: none !important; }
@keyframes in { from { transform: translateY(8px); opacity: 0; } to { transform: none; opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
@media (prefers-color-scheme: dark) {
  .card { color: #f2f2f4; background: #1f1f22; border-color: #45454a; }
  h3 { color: #ff9d9d; } .warning.info h3 { color: #8cc4ff; } .warning.medium h3 { color: #ffc77a; }
  blockquote { background: #2b2b2f; border-left-color: #8a8a8e; } blockquote footer { color: #c0c0c6; }
  button, .button, select { background: #2b2b2f; color: #f2f2f4; border-color: #6d6d72; }
  .primary { background: #14b8a6; border-color: #14b8a6; color: #06201d; }
  .toggle, .close { color: #8cb8ff; background: transparent; }
  .problems, .trouble { background: #3d2a10; color: #ffe2bd; }
}
`;
