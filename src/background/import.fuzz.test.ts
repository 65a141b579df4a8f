// Fuzzing the import: arbitrary values, a real export with one value replaced by an arbitrary one,
// hostile keys and deep nesting. checkExport never throws; store.importAll either imports a file
// that checkExport accepts, or refuses with a StoreError and leaves the store exactly as it was.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReading } from '../core/types';
import { createDb, type ScopeGuardDb } from './db';
import { checkExport } from './export-schema';
import { createStore, type Store } from './store';
import { StoreError } from './store-error';

function workroom(contractId: string): PageReading {
  return {
    kind: 'workroom',
    contractId,
    roomId: null,
    contract: {
      id: contractId,
      title: `Logo design ${contractId}`,
      clientName: 'Ann',
      type: 'fixed',
      budget: 300,
      currency: 'USD',
      startedOn: '2026-10-01',
      status: 'Active',
    },
    milestones: [{ title: 'Concepts', amount: 300, currency: 'USD', dueOn: '2026-12-01', status: 'funded' }],
    messages: [
      { id: `m-${contractId}`, sender: 'client', author: 'Ann', sentAt: '2026-10-30T09:00:00.000Z', text: 'Could you also add a favicon?', timeSource: 'title' },
    ],
    problems: [],
    agreement: { source: 'job_post', title: 'Logo', text: 'Three logo concepts.' },
  };
}

/** A copy of `value` with the value at `path` (indices into each level's keys) replaced. */
function replaceAt(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const entries = Object.entries(value);
  if (entries.length === 0) return replacement;
  const [head, ...rest] = path;
  const key = (entries[(head as number) % entries.length] as [string, unknown])[0];
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...value };
  copy[key] = replaceAt(copy[key], rest, replacement);
  return copy;
}

let db: ScopeGuardDb;
let store: Store;
let exported: unknown;

const snapshot = async () => JSON.stringify({ ...(await store.exportAll('2026-01-01T00:00:00.000Z')), exportedAt: null });

beforeAll(async () => {
  db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  store = createStore(db);
  await store.ingest(workroom('111'), '2026-11-01T10:00:00.000Z', 'https://www.upwork.com/nx/wm/workroom/111/overview');
  await store.ingest(workroom('222'), '2026-11-02T10:00:00.000Z', 'https://www.upwork.com/nx/wm/workroom/222/overview');
  await store.dismiss({ warningId: '111:unpaid_scope:m-111', contractId: '111', reason: 'agreed', at: '2026-11-03T10:00:00.000Z' });
  // Through JSON, as a file would come.
  exported = JSON.parse(JSON.stringify(await store.exportAll('2026-11-04T10:00:00.000Z')));
});
afterAll(() => db.close());

const hostileKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '');
const anything = fc.anything({ withNullPrototype: true, withBigInt: false, withObjectString: true, key: fc.oneof(fc.string(), hostileKeys) });

const input: fc.Arbitrary<unknown> = fc.oneof(
  anything,
  // The real export itself, and with a text somewhere replaced by another (often still valid).
  fc.constant(null).map(() => exported),
  fc.tuple(fc.array(fc.nat(), { minLength: 2, maxLength: 6 }), fc.string({ maxLength: 30 })).map(([path, text]) =>
    JSON.parse(JSON.stringify(replaceAt(exported, path, text))),
  ),
  // A real export with one value somewhere replaced, or one key's value dropped.
  fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.oneof(anything, fc.constant(undefined))).map(([path, replacement]) =>
    JSON.parse(JSON.stringify(replaceAt(exported, path, replacement)) ?? 'null'),
  ),
  // A real export with a hostile key added somewhere (parsed from text, as JSON.parse makes it an own key).
  fc.tuple(fc.array(fc.nat(), { maxLength: 5 }), hostileKeys).map(([path, key]) => {
    const text = JSON.stringify(replaceAt(exported, path, { polluted: true }));
    return JSON.parse(text.replace('"polluted":true', `"polluted":true,${JSON.stringify(key)}:{"polluted":true}`));
  }),
  // Deep nesting at a random place.
  fc.tuple(fc.array(fc.nat(), { maxLength: 4 }), fc.integer({ min: 20, max: 5000 })).map(([path, depth]) =>
    replaceAt(exported, path, JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`)),
  ),
);

describe('import fuzzing', () => {
  it('checkExport never throws, whatever it is given', () => {
    fc.assert(
      fc.property(input, (value) => {
        const result = checkExport(value);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.problem).toMatch(/\S/);
      }),
      { numRuns: 500 },
    );
    expect(checkExport(exported).ok).toBe(true);
  });

  it('importAll imports what checkExport accepts, and refuses the rest with a StoreError and no change', async () => {
    let refused = 0;
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const before = await snapshot();
        let error: unknown = null;
        try {
          await store.importAll(value);
        } catch (caught) {
          error = caught;
        }
        if (error) {
          refused++;
          expect(error).toBeInstanceOf(StoreError);
          expect((error as StoreError).kind).toBe('invalid');
          expect(await snapshot()).toBe(before);
        } else {
          imported++;
          expect(checkExport(value).ok).toBe(true);
        }
        // Nothing reached a prototype.
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200 },
    );
    expect(refused).toBeGreaterThan(0);
    expect(imported).toBeGreaterThan(0);
    // What was imported along the way still reads back as a valid export.
    expect(checkExport(JSON.parse(JSON.stringify(await store.exportAll()))).ok).toBe(true);
  }, 60_000);
});
