import type { BrowserName } from '../../src/dev/harness';

/** Every end-to-end suite runs in both browsers. */
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
