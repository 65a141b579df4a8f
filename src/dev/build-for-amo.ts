// `npm run build-for-amo [-- <source archive>] [--out <file>]`: the Firefox package, rebuilt the way
// Firefox Add-ons reviewers do it.
// - In an unpacked source archive (after `npm ci`), without arguments: build dist/firefox and zip it
//   into artifacts/scope-guard-firefox-<version>.zip.
// - With a source archive (from `npm run package`): unpack it into a temporary folder, `npm ci`,
//   and run the archive's own build-for-amo there; the zip lands in
//   artifacts/amo-rebuild/scope-guard-firefox-<version>.zip unless --out says otherwise.
// Prints the zip's path, size and SHA-256 on standard output; progress on standard error.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, build, distDir } from './build';
import { log, runCommand, takeOption } from './cli';
import { packageName, packageVersion, sha256, shown, zipExtension } from './package';
import { unzip } from './zip';

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', process.stderr, process.stderr] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal})`);
}

/** Build dist/firefox from the sources this script sits in, and zip it into `out`. */
export function buildHere(out: string): string {
  build('firefox');
  const data = zipExtension(distDir('firefox'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, data);
  process.stdout.write(`${shown(out)}\t${data.length}\t${sha256(data)}\n`);
  return out;
}

/** Unpack `archive` into a temporary folder, install its locked dependencies, and build there. */
export function buildFromArchive(archive: string, out: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'scope-guard-amo-'));
  try {
    log(`Unpacking ${archive} into ${dir}…`);
    for (const entry of unzip(readFileSync(archive))) {
      const path = join(dir, entry.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, entry.data);
      if (entry.executable) chmodSync(path, 0o755);
    }
    log('npm ci…');
    // --include=dev: the build tools are dev dependencies, and NODE_ENV=production would leave them out.
    run('npm', ['ci', '--include=dev', '--prefer-offline', '--no-audit', '--no-fund'], dir);
    run(join(dir, 'node_modules/.bin/tsx'), [join(dir, 'src/dev/build-for-amo.ts'), '--out', out], dir);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  void runCommand(async () => {
    const { value: outOption, rest } = takeOption(process.argv.slice(2), 'out');
    if (rest.length > 1 || rest.some((a) => a.startsWith('--'))) throw new Error('usage: npm run build-for-amo -- [<source archive>] [--out <file.zip>]');
    const archive = rest[0];
    if (!archive) {
      buildHere(resolve(outOption ?? join(ROOT, 'artifacts', packageName('firefox', packageVersion()))));
      return;
    }
    // The version inside the archive decides the name, as it does for `npm run package`.
    const archived = unzip(readFileSync(resolve(archive))).find((e) => e.path === 'package.json');
    if (!archived) throw new Error(`${archive} has no package.json: not a Scope Guard source archive`);
    const version = (JSON.parse(Buffer.from(archived.data).toString('utf8')) as { version: string }).version;
    buildFromArchive(resolve(archive), resolve(outOption ?? join(ROOT, 'artifacts/amo-rebuild', packageName('firefox', version))));
  });
}
