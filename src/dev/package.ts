// `npm run package [-- --out <dir>] [--allow-dirty]`: the store packages and the source archive
// that Firefox Add-ons reviewers need, in artifacts/:
//   scope-guard-chrome-<version>.zip   dist/chrome, for the Chrome Web Store
//   scope-guard-firefox-<version>.zip  dist/firefox after `web-ext lint`, for addons.mozilla.org
//   scope-guard-source-<version>.zip   the committed sources (HEAD) plus BUILD.md
// The zips are reproducible (src/dev/zip.ts): `npm run build-for-amo -- <source archive>` rebuilds
// the Firefox one byte for byte. The version comes from package.json alone.
// Prints one line per artifact on standard output: path, size in bytes, SHA-256.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, type TargetBrowser, build, distDir } from './build';
import { log, runCommand, takeOption } from './cli';
import { type ZipEntry, entriesOf, zip } from './zip';

/** What the build reads: a change here that is not committed would not be in the source archive. */
const BUILD_INPUTS = ['src', 'public', 'manifest.json', 'package.json', 'package-lock.json', 'vite.config.ts', 'tsconfig.json'];

export function packageVersion(root = ROOT): string {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown }).version;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`package.json version must be like 1.2.3, not ${String(version)}`);
  return version;
}

export const packageName = (kind: 'chrome' | 'firefox' | 'source', version: string): string => `scope-guard-${kind}-${version}.zip`;

/** A path as the user would type it: relative to the current folder when inside it. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

export const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

function git(args: string[], input?: Buffer): Buffer {
  const result = spawnSync('git', args, { cwd: ROOT, input, maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr.toString().trim() || `exit ${result.status}`}`);
  return result.stdout;
}

/** Uncommitted changes (and untracked files) among the build's inputs, as `git status` lists them. */
export function uncommittedInputs(): string[] {
  return git(['status', '--porcelain', '--untracked-files=all', '--', ...BUILD_INPUTS])
    .toString()
    .split('\n')
    .filter(Boolean);
}

/** Every file committed at HEAD, read from git (not from the working tree). */
export function committedFiles(): ZipEntry[] {
  const tree = git(['ls-tree', '-r', '-z', '--full-tree', 'HEAD']).toString().split('\0').filter(Boolean);
  const files = tree.map((line) => {
    const [meta, path] = line.split('\t') as [string, string];
    const [mode, type, object] = meta.split(' ') as [string, string, string];
    return { mode, type, object, path };
  });
  const blobs = files.filter((f) => f.type === 'blob' && f.mode !== '120000');
  const skipped = files.filter((f) => !blobs.includes(f));
  if (skipped.length) log(`Source archive: left out ${skipped.length} symlinks or submodules (${skipped.map((f) => f.path).join(', ')})`);
  // One `git cat-file --batch` for all blobs: "<object> blob <size>\n<content>\n" each.
  const out = git(['cat-file', '--batch'], Buffer.from(blobs.map((b) => `${b.object}\n`).join('')));
  const entries: ZipEntry[] = [];
  let at = 0;
  for (const blob of blobs) {
    const headerEnd = out.indexOf(0x0a, at);
    const size = Number(out.toString('utf8', at, headerEnd).split(' ')[2]);
    entries.push({ path: blob.path, data: out.subarray(headerEnd + 1, headerEnd + 1 + size), executable: blob.mode === '100755' });
    at = headerEnd + 1 + size + 1;
  }
  return entries;
}

function buildInstructions(version: string, commit: string, firefoxSha: string): string {
  const guide = readFileSync(join(ROOT, 'docs/store/amo-source-build.md'), 'utf8');
  return `${guide.trimEnd()}

## This archive

- Scope Guard ${version}, commit \`${commit}\`
- Packaged with Node ${process.versions.node} on ${process.platform}
- SHA-256 of \`${packageName('firefox', version)}\`: \`${firefoxSha}\`
`;
}

function runWebExtLint(dir: string): void {
  log(`Linting ${relative(ROOT, dir)} with web-ext lint…`);
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
    cwd: ROOT,
    maxBuffer: 1 << 26,
  });
  let report: { summary: { errors: number; warnings: number }; errors: { code: string; message: string; file?: string }[]; warnings: { code: string; message: string; file?: string }[] };
  try {
    report = JSON.parse(result.stdout.toString());
  } catch {
    throw new Error(`web-ext lint did not run (exit ${result.status}): ${result.stderr.toString().trim().split('\n')[0] ?? ''}`);
  }
  for (const warning of report.warnings) log(`  web-ext lint warning ${warning.code}: ${warning.message}${warning.file ? ` (${warning.file})` : ''}`);
  if (report.summary.errors > 0) {
    const first = report.errors[0];
    throw new Error(`web-ext lint found ${report.summary.errors} error(s) in dist/firefox, first: ${first?.code} ${first?.message}${first?.file ? ` (${first.file})` : ''}`);
  }
  log(`  web-ext lint: 0 errors, ${report.summary.warnings} warning(s)`);
}

/** The store zip of a built extension folder: every file but dot-files, deterministic. */
export function zipExtension(dir: string): Buffer {
  return zip(entriesOf(dir));
}

export interface PackageResult {
  chrome: string;
  firefox: string;
  source: string;
}

export function packageAll(outDir: string, options: { allowDirty?: boolean } = {}): PackageResult {
  const dirty = uncommittedInputs();
  if (dirty.length) {
    const summary = `${dirty.length} uncommitted change(s) in build inputs (${dirty.slice(0, 3).map((l) => l.slice(3)).join(', ')}${dirty.length > 3 ? ', …' : ''})`;
    if (!options.allowDirty) throw new Error(`${summary}: the source archive is HEAD, so commit first (or pass --allow-dirty for a package that does not match its source archive)`);
    log(`Warning: ${summary}; the packages will not match the source archive.`);
  }
  const version = packageVersion();
  const commit = git(['rev-parse', 'HEAD']).toString().trim();
  mkdirSync(outDir, { recursive: true });
  // Always a fresh build: a package must never come from a stale dist/.
  for (const browser of ['chrome', 'firefox'] as TargetBrowser[]) build(browser);
  runWebExtLint(distDir('firefox'));

  const write = (name: string, data: Buffer): string => {
    const path = join(outDir, name);
    writeFileSync(path, data);
    process.stdout.write(`${shown(path)}\t${data.length}\t${sha256(data)}\n`);
    return path;
  };
  const chrome = write(packageName('chrome', version), zipExtension(distDir('chrome')));
  const firefoxZip = zipExtension(distDir('firefox'));
  const firefox = write(packageName('firefox', version), firefoxZip);
  const sources = committedFiles().filter((f) => f.path !== 'BUILD.md');
  sources.push({ path: 'BUILD.md', data: Buffer.from(buildInstructions(version, commit, sha256(firefoxZip))) });
  const source = write(packageName('source', version), zip(sources));
  return { chrome, firefox, source };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  void runCommand(async () => {
    const { value: out, rest } = takeOption(process.argv.slice(2), 'out');
    const allowDirty = rest.includes('--allow-dirty');
    const unknown = rest.filter((a) => a !== '--allow-dirty');
    if (unknown.length) throw new Error(`usage: npm run package [-- --out <dir>] [--allow-dirty] (unknown: ${unknown.join(' ')})`);
    packageAll(resolve(out ?? join(ROOT, 'artifacts')), { allowDirty });
  });
}
