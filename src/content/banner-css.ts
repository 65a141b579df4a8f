// Styles of the in-page banner, scoped by its shadow root: a strip in the page's flow. Colours meet
// WCAG AA contrast in the light and the dark scheme (prefers-color-scheme); no motion.
export const bannerCss = `
:host { all: initial; }
.card { box-sizing: border-box; margin: 8px 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d1d1f; background: #fff; border: 1px solid #d5d5d8; border-left: 4px solid #0f766e; border-radius: 8px; }
.card.high { border-left-color: #b42318; } .card.info { border-left-color: #1f57c3; } .card.problem { border-left-color: #b26a00; }
.line { display: flex; align-items: center; gap: 8px; padding: 5px 10px; min-height: 30px; }
.count { flex: none; }
.top { flex: 1; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; color: #4a4a4f; }
.top.wrap { white-space: normal; color: inherit; }
.logo { width: 20px; height: 20px; flex: none; }
.logo .shield { fill: #0f766e; } .logo .tick { fill: none; stroke: #fff; stroke-width: 2.2; stroke-linecap: round; stroke-linejoin: round; }
.card.high .logo .shield { fill: #b42318; }
.note { margin: 0; padding: 0 10px 6px 38px; font-size: 12px; color: #4a4a4f; }
a { color: #1f57c3; }
.body { border-top: 1px solid #e6e6e9; padding: 0 12px 10px 38px; max-height: 60vh; overflow: auto; }
.message-card { padding: 10px 0; border-bottom: 1px solid #e6e6e9; }
.message-card:last-child { border-bottom: none; }
.warning + .warning { margin-top: 10px; }
h3 { font-size: 14px; margin: 0 0 4px; color: inherit; }
.pill { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; }
.pill.high { background: #fde8e8; color: #8a1c1c; } .pill.medium { background: #fff4e5; color: #7a3e00; } .pill.info { background: #e8f1fb; color: #0b5394; }
blockquote { margin: 0 0 8px; padding: 6px 10px; background: #f5f5f7; border-left: 3px solid #8a8a8e; border-radius: 4px;
  white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; }
blockquote p { margin: 0; }
blockquote footer, .more { margin-top: 4px; font-size: 12px; color: #4a4a4f; }
.summary { margin: 4px 0 8px; }
.actions, .dismiss { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.dismiss { justify-content: flex-end; margin-top: 8px; }
.dismiss select { flex: 1; min-width: 0; max-width: 220px; }
button, .button, select { font: inherit; font-size: 13px; border-radius: 6px; padding: 3px 10px; cursor: pointer;
  border: 1px solid #8a8a8e; background: #fff; color: #1d1d1f; text-decoration: none; box-sizing: border-box; }
.primary { background: #0f766e; border-color: #0f766e; color: #fff; }
.toggle { flex: none; border: none; background: transparent; color: #1f57c3; padding: 2px 6px; text-decoration: underline; }
.save { flex: none; }
button:focus-visible, .button:focus-visible, select:focus-visible, a:focus-visible { outline: 2px solid #1f57c3; outline-offset: 2px; }
.problems, .trouble { margin: 8px 0 0; padding: 6px 10px; background: #fff4e5; border-radius: 6px; color: #5c2e00; }
.problems ul { margin: 4px 0 0; padding-left: 18px; }
[hidden] { display: none !important; }
@media (prefers-color-scheme: dark) {
  .card { color: #f2f2f4; background: #1f1f22; border-color: #45454a; }
  .card.high { border-left-color: #ff9d9d; } .card.info { border-left-color: #8cc4ff; } .card.problem { border-left-color: #ffc77a; }
  .body, .message-card { border-color: #3a3a3f; }
  .top, .note, .more, blockquote footer { color: #c0c0c6; } .top.wrap { color: inherit; }
  .logo .shield { fill: #14b8a6; } .card.high .logo .shield { fill: #e5534b; }
  .pill.high { background: #3f1a1a; color: #ffb4b4; } .pill.medium { background: #3d2a10; color: #ffd08a; } .pill.info { background: #132a44; color: #a9d1ff; }
  blockquote { background: #2b2b2f; }
  button, .button, select { background: #2b2b2f; color: #f2f2f4; border-color: #6d6d72; }
  .primary { background: #14b8a6; border-color: #14b8a6; color: #06201d; }
  .toggle { color: #8cb8ff; background: transparent; } a { color: #8cb8ff; }
  button:focus-visible, .button:focus-visible, select:focus-visible, a:focus-visible { outline-color: #8cb8ff; }
  .problems, .trouble { background: #3d2a10; color: #ffe2bd; }
}
`;
