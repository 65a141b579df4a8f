// The Scope Guard database: IndexedDB through Dexie. The schema lives in migrations.ts as numbered
// versions; this file opens the database at the latest one (or an earlier one, for migration tests).

import Dexie, { type EntityTable } from 'dexie';
import type { ContractState, Dismissal, Severity, TimelineEvent } from '../core/types';
import { LATEST_VERSION, MIGRATIONS, type SchemaInfo } from './migrations';

export const DATABASE_NAME = 'scope-guard';

/** A contract as stored: its state plus what orders the popup list by risk. */
export interface ContractRow extends ContractState {
  /** Warnings not dismissed, as last counted by the rules (0 until they run). */
  openWarnings: number;
  /** Higher is riskier; the popup lists contracts by rank, then by latest activity. */
  rank: number;
  /** The latest event time of the contract, as UTC ISO 8601 so that it sorts as text. */
  lastActivityAt: string;
  /** Kept for the popup list and the badge with the rest of the rules' summary (setSummary). */
  topSeverity?: Severity | null;
  scopeRequests?: number;
  paidRequests?: number;
}

export interface RoomRow {
  roomId: string;
  contractId: string;
}

export interface LastErrorInfo {
  key: 'lastError';
  kind: string;
  message: string;
  at: string;
}

export type MetaRow = SchemaInfo | LastErrorInfo;

export type ScopeGuardDb = Dexie & {
  contracts: EntityTable<ContractRow, 'id'>;
  events: EntityTable<TimelineEvent, 'id'>;
  rooms: EntityTable<RoomRow, 'roomId'>;
  dismissals: EntityTable<Dismissal, 'warningId'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export interface OpenOptions {
  /** Another IndexedDB (fake-indexeddb in tests); the browser's own by default. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  name?: string;
  /** Declare only the versions up to this one (migration tests write old data with it). */
  upTo?: number;
}

/** A Dexie instance of the Scope Guard schema; it opens on first use (or call `db.open()`). */
export function createDb(options: OpenOptions = {}): ScopeGuardDb {
  const upTo = options.upTo ?? LATEST_VERSION;
  const db = new Dexie(options.name ?? DATABASE_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as ScopeGuardDb;
  for (const migration of MIGRATIONS) {
    if (migration.version > upTo) break;
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
  db.on('populate', (tx) => {
    const info: SchemaInfo = { key: 'schema', version: upTo, migratedAt: {} };
    tx.table('meta').put(info);
  });
  return db;
}
