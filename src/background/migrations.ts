// Numbered schema migrations of the Scope Guard database. Append, never edit: a browser that
// installed version N runs every migration after N, in order, the next time the store opens.
// Each one is tested over data written by the version before it (migrations.test.ts).

import type { Transaction } from 'dexie';
import { compareTime } from '../core/timeline';

export interface Migration {
  version: number;
  /** What it does and why, for the next person reading the schema. */
  description: string;
  /** Dexie store definitions that change at this version (primary key first, then indexes). */
  stores: Record<string, string | null>;
  /** Rewrites rows written by earlier versions; runs inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export interface SchemaInfo {
  key: 'schema';
  version: number;
  /** When each migration ran on this browser (absent for versions created fresh). */
  migratedAt: Record<number, string>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'First schema: contract states, timeline events, room to contract links, dismissals, meta.',
    stores: {
      contracts: 'id',
      events: 'id, contractId',
      rooms: 'roomId, contractId',
      dismissals: 'warningId, contractId',
      meta: 'key',
    },
  },
  {
    version: 2,
    description:
      'Risk order and time index: contracts get rank, openWarnings and lastActivityAt (backfilled from ' +
      'their events) indexed as [rank+lastActivityAt], so the popup list is one indexed query; events get ' +
      '[contractId+at], so one contract timeline is one indexed range in time order.',
    stores: {
      contracts: 'id, [rank+lastActivityAt]',
      events: 'id, contractId, [contractId+at]',
    },
    upgrade: async (tx) => {
      const latest = new Map<string, string>();
      await tx.table('events').each((event: { contractId?: unknown; at?: unknown }) => {
        if (typeof event.contractId !== 'string' || typeof event.at !== 'string') return;
        const known = latest.get(event.contractId);
        if (known === undefined || compareTime(event.at, known) > 0) latest.set(event.contractId, event.at);
      });
      await tx
        .table('contracts')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          const lastSeenAt = typeof row.lastSeenAt === 'string' ? row.lastSeenAt : '';
          const id = typeof row.id === 'string' ? row.id : '';
          row.openWarnings = typeof row.openWarnings === 'number' ? row.openWarnings : 0;
          row.rank = typeof row.rank === 'number' ? row.rank : 0;
          row.lastActivityAt = activityKey(latest.get(id) ?? lastSeenAt);
        });
      await recordMigration(tx, 2);
    },
  },
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 1;

/**
 * A time as an index key that sorts chronologically as text: ISO 8601 in UTC
 * ("2026-11-20T00:00:00.000Z"); an unreadable time sorts first ("").
 */
export function activityKey(time: string): string {
  const parsed = Date.parse(time);
  return Number.isNaN(parsed) ? '' : new Date(parsed).toISOString();
}

async function recordMigration(tx: Transaction, version: number): Promise<void> {
  const meta = tx.table('meta');
  const existing = (await meta.get('schema')) as SchemaInfo | undefined;
  const info: SchemaInfo = {
    key: 'schema',
    version,
    migratedAt: { ...(existing?.migratedAt ?? {}), [version]: new Date().toISOString() },
  };
  await meta.put(info);
}
