// Builds dist/chrome and dist/firefox, and tells whether a build is stale. Build output goes to
// standard error so that commands printing JSON on standard output can build first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type TargetBrowser = 'chrome' | 'firefox';
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = (browser: TargetBrowser): string => join(ROOT, 'dist', browser);

const INPUTS = ['src', 'public', 'manifest.json', 'package.json', 'vite.config.ts'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (path.endsWith('src') && entry === 'dev') continue; // Node-side tools are not in the build
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function isStale(browser: TargetBrowser): boolean {
  const manifest = join(distDir(browser), 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return INPUTS.some((input) => existsSync(join(ROOT, input)) && newestMtime(join(ROOT, input)) > built);
}

export function build(browser: TargetBrowser): void {
  process.stderr.write(`Building Scope Guard for ${browser}…\n`);
  // Build beside the output and swap it in, so that a browser running the previous build (a
  // test, the demo) never sees a half-written folder.
  const staging = join(ROOT, 'dist', `.${browser}-${process.pid}-${Date.now()}`);
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', browser, '--outDir', staging, '--logLevel', 'warn'],
    // Always the production build: under Vitest NODE_ENV is "test", and Vite would otherwise bundle
    // Preact's development code into what the end-to-end tests run (and into store packages).
    { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr], env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } },
  );
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`vite build --mode ${browser} failed (exit ${result.status})`);
  }
  // Two renames, then the slow delete: the folder is missing only between the renames, not for
  // as long as deleting the old build takes (other builds and browsers run at the same time).
  const previous = `${staging}-previous`;
  if (existsSync(distDir(browser))) renameSync(distDir(browser), previous);
  renameSync(staging, distDir(browser));
  rmSync(previous, { recursive: true, force: true });
}

/** Build what is missing or older than its sources. */
export function ensureBuilt(browsers: TargetBrowser[] = ['chrome', 'firefox']): void {
  for (const browser of browsers) if (isStale(browser)) build(browser);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const only = process.argv.slice(2).filter((a): a is TargetBrowser => a === 'chrome' || a === 'firefox');
    for (const browser of only.length ? only : (['chrome', 'firefox'] as const)) build(browser);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
