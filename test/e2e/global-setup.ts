// End-to-end tests run the real built extension: build it if stale, and fail (never skip) when a
// browser is missing.
import { ensureBuilt } from '../../src/dev/build';
import { browserExecutable } from '../../src/dev/harness';

export default function setup(): void {
  browserExecutable('chromium');
  browserExecutable('firefox');
  ensureBuilt(['chrome', 'firefox']);
}
