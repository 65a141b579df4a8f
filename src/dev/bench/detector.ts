// The scope detector's throughput on one core: in Node, and in a browser page running the same
// code bundled for the page (the extension bundles it into its background, which the bench cannot
// time from outside).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';
import { detectScope } from '../../core/scope/detect';
import { ROOT } from '../build';

export function corpusTexts(): string[] {
  const dir = join(ROOT, 'test/fixtures/messages');
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.jsonl')) : [];
  const texts = files.flatMap((name) =>
    readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
  if (texts.length) return texts;
  return Array.from({ length: 1000 }, (_, i) => `Hi, could you also add ${i} more pages to the site? Thanks for the update on milestone ${i}.`);
}

/** Messages per second over the corpus, repeated for at least `ms`. */
export function nodeThroughput(texts: string[], ms = 1500): number {
  for (const text of texts) detectScope(text); // warm-up
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const text of texts) detectScope(text);
    count += texts.length;
  }
  return count / ((performance.now() - start) / 1000);
}

/** The detector as one script for a page: `globalThis.scopeGuardDetect(text)`. */
export async function detectorScript(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'scope-guard-bench-detector-'));
  try {
    const entry = join(dir, 'entry.ts');
    await import('node:fs').then((fs) =>
      fs.writeFileSync(entry, `import { detectScope } from ${JSON.stringify(join(ROOT, 'src/core/scope/detect.ts'))};\n(globalThis as any).scopeGuardDetect = detectScope;\n`),
    );
    const out = await build({ input: entry, output: { format: 'iife', minify: true }, write: false, logLevel: 'silent' });
    return out.output[0].code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs in the page: messages per second over `texts` for at least `ms`. */
export function pageThroughput([texts, ms]: [string[], number]): number {
  const detect = (globalThis as unknown as { scopeGuardDetect: (text: string) => unknown }).scopeGuardDetect;
  for (const text of texts) detect(text);
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const text of texts) detect(text);
    count += texts.length;
  }
  return count / ((performance.now() - start) / 1000);
}
