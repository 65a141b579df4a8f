// The one module that knows which extension API object the browser gives us. Chrome has had a
// native promise-based `browser` namespace since version 148; when the minimum Chrome version
// reaches it, this line becomes `globalThis.browser` and the polyfill goes.
import browser from 'webextension-polyfill';

export { browser };
export type { Browser, Runtime, Tabs, Storage } from 'webextension-polyfill';

declare const __BROWSER__: 'chrome' | 'firefox';
/** The browser this build targets, fixed at build time. */
export const TARGET_BROWSER: 'chrome' | 'firefox' = __BROWSER__;
