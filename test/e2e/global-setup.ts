// End-to-end tests run the real built extension: build it if stale, and fail (never skip) when a
// browser is missing. The run tests a private copy of the build, so that a command that rebuilds
// dist/ during the run (the demo, the screenshots) cannot swap files under a running browser.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, distDir } from '../../src/dev/build';
import { browserExecutable } from '../../src/dev/harness';

export default function setup(): () => void {
  browserExecutable('chromium');
  browserExecutable('firefox');
  ensureBuilt(['chrome', 'firefox']);
  if (process.env.SCOPE_GUARD_DIST) return () => undefined;
  const copy = mkdtempSync(join(tmpdir(), 'scope-guard-e2e-dist-'));
  for (const browser of ['chrome', 'firefox'] as const) cpSync(distDir(browser), join(copy, browser), { recursive: true });
  process.env.SCOPE_GUARD_DIST = copy;
  return () => rmSync(copy, { recursive: true, force: true });
}
