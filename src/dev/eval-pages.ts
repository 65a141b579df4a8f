// npm run eval:pages -- <folder> [--errors] [--json]
// Scores the readers on a folder of saved pages written by someone else: each `<name>.html` with
// `<name>.expected.json` (the `parse` format of DESIGN.md) and a `manifest.json` giving each page's
// URL and the day it was saved. Prints the share of fields read right, the pages read exactly, and
// every value the readers gave where the page shows none ("invented"). Exit 0 unless the folder
// cannot be read. Score a new independent batch once before changing a reader, and never tune on it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { PageReading } from '../core/types';
import { readPage } from '../upwork/read-page';
import { fail, takeOption } from './cli';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = Record<string, Json>;

export interface FieldResult {
  path: string;
  expected: Json;
  got: Json;
  ok: boolean;
  /** The reader gave a value (or an item) the page does not show. */
  invented: boolean;
}

const CONTRACT_FIELDS = ['id', 'title', 'clientName', 'type', 'budget', 'currency', 'startedOn', 'status'] as const;
const MILESTONE_FIELDS = ['title', 'amount', 'currency', 'dueOn', 'status'] as const;
const MESSAGE_FIELDS = ['id', 'sender', 'author', 'sentAt', 'text'] as const;
const SUMMARY_FIELDS = ['id', 'title', 'clientName', 'status'] as const;

const squash = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** Equal as a person reading both would judge: whitespace, letter case of a status, seconds and offsets of a time. */
function same(field: string, expected: Json, got: Json): boolean {
  if (expected === null || got === null || expected === undefined || got === undefined) return (expected ?? null) === (got ?? null);
  if (typeof expected === 'number' || typeof got === 'number') return Number(expected) === Number(got);
  if (typeof expected !== 'string' || typeof got !== 'string') return JSON.stringify(expected) === JSON.stringify(got);
  if (field === 'sentAt') return expected.slice(0, 16) === got.slice(0, 16);
  if (field === 'status' || field === 'type' || field === 'currency' || field === 'sender') {
    return squash(expected).toLowerCase() === squash(got).toLowerCase();
  }
  return squash(expected) === squash(got);
}

function compareFields(prefix: string, fields: readonly string[], expected: Obj, got: Obj | null, out: FieldResult[]): void {
  for (const field of fields) {
    if (!(field in expected)) continue;
    const want = expected[field] ?? null;
    const have = got ? (got[field] ?? null) : null;
    const ok = same(field, want, have);
    out.push({ path: `${prefix}.${field}`, expected: want, got: have, ok, invented: !ok && want === null && have !== null });
  }
}

function compareList(name: string, fields: readonly string[], expected: Obj[], got: Obj[], out: FieldResult[]): void {
  for (let i = 0; i < expected.length; i++) compareFields(`${name}[${i}]`, fields, expected[i] as Obj, got[i] ?? null, out);
  // Each item the page does not show counts once, as an invented value.
  for (let i = expected.length; i < got.length; i++) {
    const item = got[i] as Obj;
    out.push({ path: `${name}[${i}]`, expected: null, got: (item.title ?? item.text ?? '(item)') as Json, ok: false, invented: true });
  }
}

/** Every scored field of one page: top-level ids and kind, problems (empty or not), contract terms, milestones, messages, list rows. */
export function scoreReading(expected: Obj, reading: PageReading): FieldResult[] {
  const got = JSON.parse(JSON.stringify(reading)) as Obj;
  const out: FieldResult[] = [];
  compareFields('', ['kind', 'contractId', 'roomId'], expected, got, out);
  if ('problems' in expected) {
    const want = Array.isArray(expected.problems) && expected.problems.length > 0;
    const have = Array.isArray(got.problems) && got.problems.length > 0;
    out.push({ path: '.problems', expected: want ? 'some' : 'none', got: have ? (got.problems as Json) : 'none', ok: want === have, invented: false });
  }
  if ('contract' in expected) {
    const want = expected.contract as Obj | null;
    const have = (got.contract ?? null) as Obj | null;
    if (want === null) {
      out.push({ path: '.contract', expected: null, got: have ? (have.title ?? '(contract)') : null, ok: have === null, invented: have !== null });
    } else {
      compareFields('.contract', CONTRACT_FIELDS, want, have, out);
    }
  }
  compareList('.milestones', MILESTONE_FIELDS, (expected.milestones ?? []) as Obj[], (got.milestones ?? []) as Obj[], out);
  compareList('.messages', MESSAGE_FIELDS, (expected.messages ?? []) as Obj[], (got.messages ?? []) as Obj[], out);
  if (Array.isArray(expected.contracts)) {
    compareList('.contracts', SUMMARY_FIELDS, expected.contracts as Obj[], (got.contracts ?? []) as Obj[], out);
  }
  return out;
}

function main(): void {
  const errors = process.argv.includes('--errors');
  const asJson = process.argv.includes('--json');
  const { value: todayOverride, rest } = takeOption(process.argv.slice(2), 'today');
  const folder = rest.find((a) => !a.startsWith('--'));
  if (!folder) fail('eval-pages: usage: eval:pages -- <folder with manifest.json and *.expected.json>');
  let manifest: Record<string, { url: string; today?: string }>;
  // The project's own fixtures keep theirs in fixtures.json.
  const manifestFile = ['manifest.json', 'fixtures.json'].map((f) => join(folder, f)).find((f) => existsSync(f)) ?? join(folder, 'manifest.json');
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (error) {
    fail(`eval-pages: cannot read ${manifestFile}: ${(error as Error).message}`);
  }
  const pages = readdirSync(folder).filter((f) => f.endsWith('.html')).sort();
  const rows: { page: string; fields: number; right: number; invented: number; wrong: FieldResult[] }[] = [];
  for (const page of pages) {
    const entry = manifest[page] ?? manifest[page.replace(/\.html$/, '')];
    if (!entry) fail(`eval-pages: ${page} has no entry in manifest.json`);
    const expected = JSON.parse(readFileSync(join(folder, page.replace(/\.html$/, '.expected.json')), 'utf8')) as Obj;
    const dom = new JSDOM(readFileSync(join(folder, page), 'utf8'), { url: entry.url, virtualConsole: new VirtualConsole() });
    const today = todayOverride ?? entry.today;
    const reading = readPage(dom.window.document, entry.url, today ? { today } : {});
    const results = scoreReading(expected, reading);
    rows.push({
      page,
      fields: results.length,
      right: results.filter((r) => r.ok).length,
      invented: results.filter((r) => r.invented).length,
      wrong: results.filter((r) => !r.ok),
    });
  }
  const fields = rows.reduce((n, r) => n + r.fields, 0);
  const right = rows.reduce((n, r) => n + r.right, 0);
  const invented = rows.reduce((n, r) => n + r.invented, 0);
  const exact = rows.filter((r) => r.right === r.fields).length;
  if (asJson) {
    process.stdout.write(`${JSON.stringify({ folder, pages: rows.length, exact, fields, right, invented, share: right / Math.max(1, fields), rows: rows.map(({ wrong, ...row }) => ({ ...row, wrong: errors ? wrong : undefined })) }, null, 2)}\n`);
    return;
  }
  const lines = [`Readers on ${folder}: ${rows.length} pages`, ''];
  lines.push(`${'page'.padEnd(44)}${'fields'.padStart(8)}${'right'.padStart(8)}${'invented'.padStart(10)}`);
  for (const r of rows) lines.push(`${r.page.padEnd(44)}${String(r.fields).padStart(8)}${String(r.right).padStart(8)}${String(r.invented).padStart(10)}`);
  lines.push('');
  lines.push(`Fields read right: ${right} of ${fields} (${((100 * right) / Math.max(1, fields)).toFixed(1)}%); pages exact: ${exact} of ${rows.length}; invented values: ${invented}`);
  if (errors) {
    for (const r of rows) {
      for (const w of r.wrong) lines.push(`  ${r.page} ${w.path}${w.invented ? ' (invented)' : ''}: expected ${JSON.stringify(w.expected)}, got ${JSON.stringify(w.got)}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
