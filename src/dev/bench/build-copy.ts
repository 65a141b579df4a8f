// The bench builds its own copy of the extension, so that other builds of dist/ (tests, the demo)
// cannot swap the files under a running measurement.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, type TargetBrowser } from '../build';

export function buildCopy(browser: TargetBrowser, into = mkdtempSync(join(tmpdir(), `scope-guard-bench-${browser}-`))): string {
  process.stderr.write(`bench: building Scope Guard for ${browser} into ${into}\n`);
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', browser, '--outDir', into, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', process.stderr],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (result.status !== 0) throw new Error(`vite build --mode ${browser} failed (exit ${result.status})`);
  return into;
}
