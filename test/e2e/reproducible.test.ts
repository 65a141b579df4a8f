// The store packages from a clean clone of HEAD, and the Firefox one rebuilt byte for byte from the
// source archive the way Firefox Add-ons reviewers do it (unpack, npm ci, build-for-amo). Slow: one
// `npm ci` (about 30 s with a warm npm cache) and three Vite builds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/dev/build';
import { sha256 } from '../../src/dev/package';
import { entriesOf, unzip } from '../../src/dev/zip';

const run = (command: string, args: string[], cwd: string) => spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });

describe('store packages', () => {
  let work: string;
  let clone: string;
  let version: string;
  let packaged: { stdout: string; stderr: string; status: number | null };

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'scope-guard-reproducible-'));
    clone = join(work, 'clone');
    const cloned = run('git', ['clone', '--quiet', '--shared', ROOT, clone], work);
    expect(cloned.status, cloned.stderr).toBe(0);
    // The clone shares this checkout's installed dependencies; the rebuild below installs its own.
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
    version = (JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { version: string }).version;
    packaged = run(process.execPath, [join(clone, 'node_modules/tsx/dist/cli.mjs'), 'src/dev/package.ts', '--out', join(work, 'artifacts')], clone);
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const artifact = (kind: string) => join(work, 'artifacts', `scope-guard-${kind}-${version}.zip`);

  it('writes the Chrome, Firefox and source zips and lists them', () => {
    expect(packaged.status, packaged.stderr).toBe(0);
    const lines = packaged.stdout.trim().split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(['chrome', 'firefox', 'source'].map(artifact));
    for (const line of lines) {
      const [path, size, hash] = line.split('\t') as [string, string, string];
      const data = readFileSync(path);
      expect(data.length).toBe(Number(size));
      expect(sha256(data)).toBe(hash);
    }
    expect(packaged.stderr).toMatch(/web-ext lint: 0 errors/);
  });

  it('zips exactly the built folders, with the version from package.json', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const zipped = unzip(readFileSync(artifact(browser)));
      const built = entriesOf(join(clone, 'dist', browser));
      expect(zipped.map((e) => e.path)).toEqual(built.map((e) => e.path).sort());
      for (const file of built) expect(Buffer.from(zipped.find((e) => e.path === file.path)?.data ?? []).equals(file.data), file.path).toBe(true);
      const manifest = JSON.parse(Buffer.from(zipped.find((e) => e.path === 'manifest.json')?.data ?? []).toString('utf8'));
      expect(manifest.version).toBe(version);
      expect(manifest.manifest_version).toBe(3);
    }
  });

  it('puts the committed sources and build instructions in the source archive', () => {
    const paths = unzip(readFileSync(artifact('source'))).map((e) => e.path);
    const committed = run('git', ['ls-files'], clone).stdout.trim().split('\n');
    expect(paths.filter((p) => p !== 'BUILD.md').sort()).toEqual([...committed].sort());
    expect(paths).toContain('BUILD.md');
    expect(paths).toContain('package-lock.json');
    expect(paths.some((p) => p.startsWith('dist/') || p.startsWith('node_modules/'))).toBe(false);
  });

  it('rebuilds the Firefox zip byte for byte from the source archive', () => {
    const rebuilt = join(work, 'rebuilt.zip');
    const result = run(process.execPath, [join(clone, 'node_modules/tsx/dist/cli.mjs'), 'src/dev/build-for-amo.ts', artifact('source'), '--out', rebuilt], clone);
    expect(result.status, result.stderr.slice(-2000)).toBe(0);
    const original = readFileSync(artifact('firefox'));
    expect(sha256(readFileSync(rebuilt))).toBe(sha256(original));
    const instructions = Buffer.from(unzip(readFileSync(artifact('source'))).find((e) => e.path === 'BUILD.md')?.data ?? []).toString('utf8');
    expect(instructions).toContain(sha256(original));
    expect(instructions).toContain('npm run build-for-amo');
  }, 600_000);

  it('refuses to package sources that are not committed', () => {
    writeFileSync(join(clone, 'src', 'uncommitted.ts'), 'export const x = 1;\n');
    const result = run(process.execPath, [join(clone, 'node_modules/tsx/dist/cli.mjs'), 'src/dev/package.ts', '--out', join(work, 'dirty')], clone);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/uncommitted change.*src\/uncommitted\.ts.*commit first/);
  });
});
