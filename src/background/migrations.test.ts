import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { ContractState, TimelineEvent } from '../core/types';
import { createDb } from './db';
import { activityKey, LATEST_VERSION, MIGRATIONS } from './migrations';

function v1Contract(id: string, lastSeenAt: string): ContractState {
  return {
    id,
    contract: null,
    milestones: [],
    roomIds: [],
    baseline: null,
    firstSeenAt: '2026-10-01T00:00:00.000Z',
    lastSeenAt,
    lastProblems: [],
  };
}

function v1Event(contractId: string, name: string, at: string): TimelineEvent {
  return { id: `${contractId}:${name}`, contractId, kind: 'message', at, atSource: 'page', observedAt: at };
}

describe('migrations', () => {
  it('are numbered 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(LATEST_VERSION).toBe(2);
  });

  it('version 2 backfills rank, openWarnings and lastActivityAt and indexes them', async () => {
    const indexedDB = new IDBFactory();
    const v1 = createDb({ indexedDB, IDBKeyRange, upTo: 1 });
    await v1.open();
    expect(v1.verno).toBe(1);
    // Data as version 1 wrote it: no risk fields.
    await v1.table('contracts').bulkAdd([
      v1Contract('111', '2026-11-05T00:00:00.000Z'),
      v1Contract('222', '2026-11-01T00:00:00.000Z'),
      v1Contract('room_x', 'not a date'),
    ]);
    await v1.table('events').bulkAdd([
      v1Event('111', 'a', '2026-10-02T00:00:00.000Z'),
      v1Event('111', 'b', '2026-10-20T12:00:00+02:00'),
      v1Event('222', 'c', '2026-11-10'),
    ]);
    v1.close();

    const v2 = createDb({ indexedDB, IDBKeyRange });
    await v2.open();
    expect(v2.verno).toBe(2);
    const rows = await v2.contracts.orderBy('id').toArray();
    expect(rows.map((row) => [row.id, row.rank, row.openWarnings, row.lastActivityAt])).toEqual([
      ['111', 0, 0, '2026-10-20T10:00:00.000Z'],
      ['222', 0, 0, '2026-11-10T00:00:00.000Z'],
      ['room_x', 0, 0, ''],
    ]);
    // The new indexes answer: the list by risk, one contract's events by time.
    const byRisk = await v2.contracts.orderBy('[rank+lastActivityAt]').reverse().toArray();
    expect(byRisk.map((row) => row.id)).toEqual(['222', '111', 'room_x']);
    const timeline = await v2.events.where('[contractId+at]').between(['111', ''], ['111', '\uffff']).toArray();
    expect(timeline.map((event) => event.id)).toEqual(['111:a', '111:b']);
    const schema = await v2.meta.get('schema');
    expect(schema).toMatchObject({ key: 'schema', version: 2 });
    expect(Object.keys((schema as { migratedAt: object }).migratedAt)).toEqual(['2']);
    v2.close();
  });

  it('an upgrade interrupted halfway leaves version 1 as it was, and the next open finishes it', async () => {
    const indexedDB = new IDBFactory();
    const v1 = createDb({ indexedDB, IDBKeyRange, upTo: 1 });
    await v1.open();
    await v1.table('contracts').bulkAdd([v1Contract('111', '2026-11-05T00:00:00.000Z'), v1Contract('222', '2026-11-01T00:00:00.000Z')]);
    await v1.table('events').bulkAdd([v1Event('111', 'a', '2026-10-02T00:00:00.000Z')]);
    v1.close();

    // The real version 2 upgrade runs to its end (every row rewritten), then the worker "dies":
    // Dexie runs all upgrades in the one versionchange transaction, so the throw aborts it all.
    const [first, second] = MIGRATIONS as [(typeof MIGRATIONS)[number], (typeof MIGRATIONS)[number]];
    const interrupted = new Dexie('scope-guard', { indexedDB, IDBKeyRange });
    interrupted.version(1).stores(first.stores);
    interrupted
      .version(2)
      .stores(second.stores)
      .upgrade(async (tx) => {
        await second.upgrade?.(tx);
        expect((await tx.table('contracts').get('111')).rank).toBe(0); // written, inside the transaction
        throw new Error('service worker stopped mid-upgrade');
      });
    await expect(interrupted.open()).rejects.toThrow(/stopped mid-upgrade/);
    interrupted.close();

    // Still version 1 on disk (Dexie stores version n as n * 10), rows untouched, no new index.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('scope-guard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(raw.version).toBe(10);
    const rawContracts = raw.transaction('contracts').objectStore('contracts');
    expect([...rawContracts.indexNames]).toEqual([]);
    const row = await new Promise<Record<string, unknown>>((resolve) => {
      const request = rawContracts.get('111');
      request.onsuccess = () => resolve(request.result);
    });
    expect(row).toEqual(v1Contract('111', '2026-11-05T00:00:00.000Z'));
    raw.close();

    // Resumed: the next open runs the whole upgrade again, once.
    const v2 = createDb({ indexedDB, IDBKeyRange });
    await v2.open();
    expect(v2.verno).toBe(2);
    const rows = await v2.contracts.orderBy('[rank+lastActivityAt]').reverse().toArray();
    expect(rows.map((r) => [r.id, r.rank, r.lastActivityAt])).toEqual([
      ['222', 0, '2026-11-01T00:00:00.000Z'],
      ['111', 0, '2026-10-02T00:00:00.000Z'],
    ]);
    expect(Object.keys(((await v2.meta.get('schema')) as { migratedAt: object }).migratedAt)).toEqual(['2']);
    v2.close();
  });

  it('a fresh database starts at the latest version with its schema recorded', async () => {
    const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.meta.get('schema')).toEqual({ key: 'schema', version: LATEST_VERSION, migratedAt: {} });
    db.close();
  });

  it('activityKey sorts chronologically as text', () => {
    expect(activityKey('2026-11-20')).toBe('2026-11-20T00:00:00.000Z');
    expect(activityKey('2026-11-20T01:00:00+02:00')).toBe('2026-11-19T23:00:00.000Z');
    expect(activityKey('garbage')).toBe('');
  });
});
