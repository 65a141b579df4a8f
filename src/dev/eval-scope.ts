// npm run eval:scope [-- --split train|test|all|holdout|holdout2|holdout3 | --file <set.jsonl>] [--errors] [--bench] [--no-model]
// Runs the scope detector over the labelled corpus and prints precision, recall and F1 per signal
// and per language, with and without the agreed scope. Exits non-zero when a target is missed.
// Only tune against `--split train --errors`: the test split is for measuring. `holdout`, `holdout2` and
// `holdout3` read holdout*.jsonl, sets written fresh to estimate recall on unseen phrasing; the
// corpus targets are not checked on them (exit 0), and their errors should not be read while tuning.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectScope } from '../core/scope';
import type { ScopeSignals } from '../core/types';

interface CorpusItem extends ScopeSignals {
  id: string;
  lang: string;
  text: string;
  context?: string;
  split: 'train' | 'test' | 'holdout' | 'holdout2' | 'holdout3';
}

const SIGNALS = ['adds_scope', 'offers_payment', 'blocks_approval'] as const;
type Signal = (typeof SIGNALS)[number];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const args = process.argv.slice(2);
// --file: a labelled set kept anywhere (one JSON object a line, as the corpus), read whole as held out.
const fileArg = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
const splitArg = fileArg ? 'all' : args.includes('--split') ? args[args.indexOf('--split') + 1] : 'test';
const held = Boolean(fileArg) || splitArg === 'holdout' || splitArg === 'holdout2' || splitArg === 'holdout3';
if (splitArg !== 'train' && splitArg !== 'test' && splitArg !== 'all' && !held) {
  process.stderr.write(`eval-scope: --split must be train, test, all, holdout, holdout2 or holdout3, not ${splitArg}\n`);
  process.exit(2);
}
const showErrors = args.includes('--errors');
const runBench = args.includes('--bench');
// --no-model: the rules alone, to compare with the rules plus the trained model.
const options = args.includes('--no-model') ? { model: false } : {};

const corpusPath = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/messages/corpus.jsonl');
const messagesDir = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/messages');
const setPath = fileArg ?? (held ? join(messagesDir, `${splitArg}.jsonl`) : corpusPath);
const items: CorpusItem[] = readFileSync(setPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as CorpusItem)
  .filter((item) => splitArg === 'all' || item.split === splitArg);

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const add = (c: Counts, truth: boolean, guess: boolean): void => {
  if (truth && guess) c.tp++;
  else if (!truth && guess) c.fp++;
  else if (truth && !guess) c.fn++;
  else c.tn++;
};
const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
const recall = (c: Counts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
const f1 = (c: Counts): number => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
const fmt = (n: number): string => n.toFixed(3);

const bySignal = Object.fromEntries(SIGNALS.map((s) => [s, empty()])) as Record<Signal, Counts>;
const byLang = new Map<string, Record<Signal, Counts>>();
const withCtx = Object.fromEntries(SIGNALS.map((s) => [s, empty()])) as Record<Signal, Counts>;
const withoutCtx = Object.fromEntries(SIGNALS.map((s) => [s, empty()])) as Record<Signal, Counts>;
const errors: string[] = [];

for (const item of items) {
  const verdict = detectScope(item.text, { agreedScope: item.context ?? null }, options);
  let langCounts = byLang.get(item.lang);
  if (!langCounts) {
    langCounts = Object.fromEntries(SIGNALS.map((s) => [s, empty()])) as Record<Signal, Counts>;
    byLang.set(item.lang, langCounts);
  }
  const wrong: string[] = [];
  for (const s of SIGNALS) {
    add(bySignal[s], item[s], verdict[s]);
    add(langCounts[s], item[s], verdict[s]);
    if (item[s] !== verdict[s]) wrong.push(`${verdict[s] ? 'FP' : 'FN'} ${s}`);
  }
  if (item.context) {
    const bare = detectScope(item.text, {}, options);
    for (const s of SIGNALS) {
      add(withCtx[s], item[s], verdict[s]);
      add(withoutCtx[s], item[s], bare[s]);
    }
  }
  if (wrong.length) {
    errors.push(`${item.id} [${wrong.join(', ')}] ${item.text}${item.context ? `  || ${item.context}` : ''}\n    evidence: ${JSON.stringify(verdict.evidence)}`);
  }
}

const out: string[] = [];
const table = (title: string, rows: [string, Counts][]): void => {
  out.push(`\n${title}`);
  out.push(`${'  '.padEnd(22)}${['P', 'R', 'F1', 'TP', 'FP', 'FN', 'TN'].map((h) => h.padStart(7)).join('')}`);
  for (const [name, c] of rows) {
    out.push(
      `  ${name.padEnd(20)}${[fmt(precision(c)), fmt(recall(c)), fmt(f1(c)), c.tp, c.fp, c.fn, c.tn].map((v) => String(v).padStart(7)).join('')}`,
    );
  }
};

out.push(fileArg ? `Scope detector on ${fileArg}: ${items.length} messages` : `Scope detector on the ${splitArg} split: ${items.length} messages`);
table('Per signal', SIGNALS.map((s) => [s, bySignal[s]]));
for (const s of SIGNALS) {
  table(`${s} per language`, [...byLang.entries()].sort().map(([lang, c]) => [lang, c[s]]));
}
const ctxCount = items.filter((i) => i.context).length;
out.push(`\nMessages with an agreed scope: ${ctxCount}`);
out.push(`  ${'signal'.padEnd(20)}${'F1 with'.padStart(10)}${'F1 without'.padStart(12)}`);
for (const s of SIGNALS) out.push(`  ${s.padEnd(20)}${fmt(f1(withCtx[s])).padStart(10)}${fmt(f1(withoutCtx[s])).padStart(12)}`);

/** Messages per second of CPU time on one core, over the whole corpus, after a warm-up. */
function bench(): string {
  const texts = readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as CorpusItem).text);
  const agreedScope = 'Five-page website: Home, About, Services, Contact and Pricing.';
  const rate = (context?: { agreedScope: string }): number => {
    for (let i = 0; i < 20_000; i++) detectScope(texts[i % texts.length] ?? '', context, options);
    const n = 200_000;
    // CPU time, not wall time: the rate of one core even when the machine is busy.
    const start = process.cpuUsage();
    for (let i = 0; i < n; i++) detectScope(texts[i % texts.length] ?? '', context, options);
    const used = process.cpuUsage(start);
    return Math.round(n / ((used.user + used.system) / 1e6));
  };
  return `Throughput (${texts.length} corpus messages cycled, one core): ${rate()} msg/s, with an agreed scope ${rate({ agreedScope })} msg/s`;
}

const misses: string[] = [];
if (precision(bySignal.adds_scope) < 0.95) misses.push(`adds_scope precision ${fmt(precision(bySignal.adds_scope))} < 0.95`);
if (recall(bySignal.adds_scope) < 0.92) misses.push(`adds_scope recall ${fmt(recall(bySignal.adds_scope))} < 0.92`);
if (f1(bySignal.offers_payment) < 0.9) misses.push(`offers_payment F1 ${fmt(f1(bySignal.offers_payment))} < 0.9`);
if (f1(bySignal.blocks_approval) < 0.9) misses.push(`blocks_approval F1 ${fmt(f1(bySignal.blocks_approval))} < 0.9`);
for (const [lang, c] of byLang) {
  if (f1(c.adds_scope) < 0.85) misses.push(`adds_scope F1 for ${lang} ${fmt(f1(c.adds_scope))} < 0.85`);
}
if (held) out.push('\nHeld-out set: corpus targets not checked.');
else out.push(misses.length ? `\nTargets missed:\n  ${misses.join('\n  ')}` : '\nAll targets met.');
if (showErrors) out.push(`\nErrors (${errors.length}):\n${errors.join('\n')}`);
if (runBench) out.push(`\n${bench()}`);
process.stdout.write(`${out.join('\n')}\n`);
process.exit(misses.length && !held ? 1 : 0);
