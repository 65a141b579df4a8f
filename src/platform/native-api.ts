// The extension API without webextension-polyfill, for the content script and the code it shares
// (i18n, the protocol client): the polyfill is 10 KB of the content script's 25 KB gzip budget.
// Everything called through this works natively with promises in both browsers: Firefox's
// `browser`, and Chrome's `chrome` in Manifest V3 (runtime.sendMessage, storage.local.get,
// i18n; onMessage listeners answer through sendResponse). Chrome 148+ has `browser` too.
// Extension pages and the background keep the polyfill (browser.ts), whose onMessage accepts
// promise-returning listeners.
import type { Browser } from './browser';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };

/** `browser` where the browser has it, else Chrome's `chrome`; undefined outside an extension (Node tests). */
export const api = (scope.browser ?? scope.chrome) as Browser;
