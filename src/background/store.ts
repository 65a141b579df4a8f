// The store: the one writer of Scope Guard's data, used by the background. Every reading is taken
// in ONE read-write transaction over the tables it touches; IndexedDB serialises overlapping
// transactions, so two tabs sending readings of one contract at once are applied one after the
// other. Event ids come from the facts they record, so a reading sent again (a service worker
// stopped mid-write aborts its transaction, and the content script resends) adds nothing twice.

import * as v from 'valibot';
import {
  agreementChange,
  compareTime,
  contractKey,
  deriveEvents,
  earlierOf,
  fingerprint,
  laterOf,
  mergeRoomIntoContract,
  messageEventId,
  orderTimeline,
} from '../core/timeline';
import type { Agreement, ContractState, Dismissal, PageReading, Severity, TimelineEvent } from '../core/types';
import type { ContractRow, LastErrorInfo, RoomRow, ScopeGuardDb } from './db';
import {
  checkExport,
  contractStateSchema,
  dismissalSchema,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  LIMITS,
  type ScopeGuardExport,
  timelineEventSchema,
} from './export-schema';
import { activityKey } from './migrations';
import { StoreError, toStoreError } from './store-error';

export interface IngestResult<T = never> {
  /** The key the reading was stored under; null for a page of no contract (the contracts list). */
  contractId: string | null;
  /** Events newly written (a repeated reading adds 0). */
  added: number;
  /** With an `assess` callback: the contract as stored and what the callback made of it. */
  assessed?: { state: ContractRow; value: T };
  /** The callback failed: the reading is stored all the same (with the summary it had), and this is why. */
  assessFailed?: unknown;
}

/**
 * Assesses a contract inside the reading's own transaction: given the contract, its whole timeline
 * (chronological) and its dismissals, returns the list summary to store with it and any value.
 * Synchronous: the transaction must not wait on anything but the store.
 */
/** Called inside the reading's transaction, before its new events are written (they are in
 * `events`): synchronous, so that the transaction stays open. */
export type AssessInStore<T> = (state: ContractRow, events: TimelineEvent[], dismissals: Dismissal[]) => { summary: ContractSummaryFields; value: T };

/** What an import added; `contracts` and `events` count new ones, merged contracts apart. */
export interface ImportResult {
  contracts: number;
  contractsMerged: number;
  events: number;
  rooms: number;
  dismissals: number;
}

/** The rules' verdict on a contract, kept on its row for the popup list and the badge. */
export interface ContractSummaryFields {
  openWarnings: number;
  rank: number;
  topSeverity?: Severity | null;
  scopeRequests?: number;
  paidRequests?: number;
}

/**
 * Reads never fail on a record that cannot be read: it is left out, and the count of those left
 * out is recorded as the store's last error (kind "corrupt"), which `lastError()` returns.
 */
export interface Store {
  /** Stores a reading in one transaction; with `assess`, also assesses the contract in it and
   * stores the summary (one transaction instead of five: read contract, timeline, dismissals, write). */
  ingest<T = never>(reading: PageReading, observedAt: string, url: string | null, assess?: AssessInStore<T>): Promise<IngestResult<T>>;
  /** Riskiest first (rank), then most recent activity: one indexed query. */
  listContracts(): Promise<ContractRow[]>;
  /** null when unknown, or when its record cannot be read (then recorded as the last error). */
  getContract(contractId: string): Promise<ContractRow | null>;
  /** The contract a room was linked to ("View contract"), or null. */
  contractForRoom(roomId: string): Promise<string | null>;
  /** One contract's events in chronological order (see orderTimeline). */
  getTimeline(contractId: string): Promise<TimelineEvent[]>;
  setSummary(contractId: string, summary: ContractSummaryFields): Promise<void>;
  setBaseline(contractId: string, text: string, at?: string): Promise<{ added: number }>;
  dismiss(dismissal: Dismissal): Promise<void>;
  listDismissals(contractId?: string): Promise<Dismissal[]>;
  exportAll(exportedAt?: string): Promise<ScopeGuardExport>;
  importAll(json: unknown): Promise<ImportResult>;
  deleteAll(): Promise<void>;
  /** The last storage failure or unreadable records; null when none since the last deleteAll. */
  lastError(): Promise<LastErrorInfo | null>;
  /**
   * Forgets a remembered write failure (full quota, storage unavailable) once a write succeeded
   * again. Unreadable records stay reported: they are still on disk.
   */
  clearWriteError(): Promise<void>;
}

export function createStore(db: ScopeGuardDb): Store {
  /** Runs a storage call; any failure becomes a StoreError and is remembered in meta. */
  async function guarded<T>(action: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const storeError = toStoreError(error, action);
      if (storeError.kind !== 'invalid') await remember(storeError);
      throw storeError;
    }
  }

  /** Whether a last error is on record: known after the first look, so that each reading does not
   * read and rewrite it (this store is the only writer of it). */
  let errorOnRecord: 'none' | 'some' | 'unknown' = 'unknown';

  async function remember(error: StoreError): Promise<void> {
    errorOnRecord = 'unknown';
    try {
      const info: LastErrorInfo = { key: 'lastError', kind: error.kind, message: error.message, at: new Date().toISOString() };
      await db.meta.put(info);
      errorOnRecord = 'some';
    } catch {
      // The store is failing as a whole; the caller still gets the StoreError itself.
    }
  }

  async function reportSkipped(count: number, what: string): Promise<void> {
    if (count > 0) await remember(new StoreError('corrupt', `Some stored Scope Guard data cannot be read: ${count} unreadable ${what} left out.`));
  }

  /** Adds the events whose id is new; returns those added. Must run inside a transaction. Ids in
   * `absent` were looked up in this transaction and not found: not looked up again. */
  async function addNewEvents(events: readonly TimelineEvent[], absent: ReadonlySet<string> = new Set()): Promise<TimelineEvent[]> {
    const fresh = await newEvents(events, absent);
    await putEvents(fresh);
    return fresh;
  }

  /** The events of `events` not stored yet, each once; `absent`: ids already known not to be. */
  async function newEvents(events: readonly TimelineEvent[], absent: ReadonlySet<string>): Promise<TimelineEvent[]> {
    const unique = new Map<string, TimelineEvent>();
    for (const event of events) if (!unique.has(event.id)) unique.set(event.id, event);
    const candidates = [...unique.values()];
    const unsure = candidates.filter((event) => !absent.has(event.id));
    const existing = new Set<string>();
    if (unsure.length) {
      const found = await db.events.bulkGet(unsure.map((event) => event.id));
      unsure.forEach((event, index) => {
        if (found[index] !== undefined) existing.add(event.id);
      });
    }
    return candidates.filter((event) => !existing.has(event.id));
  }

  /** Put, not add: an id this transaction found absent (or that cannot exist yet) is new either
   * way, and a stray row left under it by some earlier fault is replaced, not fatal. */
  async function putEvents(fresh: readonly TimelineEvent[]): Promise<void> {
    if (fresh.length > 0) await db.events.bulkPut(fresh);
  }

  /** One contract's event rows, unchecked, in index order. */
  function timelineRows(contractId: string): Promise<unknown[]> {
    return db.events.where('[contractId+at]').between([contractId, ''], [contractId, '\uffff'], true, true).toArray();
  }

  function rowOf(state: ContractState, previous: ContractRow | null | undefined, added: readonly TimelineEvent[]): ContractRow {
    let lastActivityAt = previous?.lastActivityAt || activityKey(state.firstSeenAt);
    for (const event of added) {
      const key = activityKey(event.at);
      if (key > lastActivityAt) lastActivityAt = key;
    }
    return {
      ...stateOf(state),
      openWarnings: previous?.openWarnings ?? 0,
      rank: previous?.rank ?? 0,
      lastActivityAt,
    };
  }

  return {
    ingest: <T>(reading: PageReading, observedAt: string, url: string | null, assess?: AssessInStore<T>) =>
      guarded('saving a page reading', async () => {
        let replaced: string | null = null;
        let unreadableEvents = 0;
        const tables = assess ? [db.contracts, db.events, db.rooms, db.dismissals] : [db.contracts, db.events, db.rooms];
        const result = await db.transaction('rw', tables, async (): Promise<IngestResult<T>> => {
          let resolved = reading;
          // A room already known to belong to a contract is stored under the contract.
          if (!reading.contractId && reading.roomId) {
            const link = await db.rooms.get(reading.roomId);
            if (link) resolved = { ...reading, contractId: link.contractId };
          }
          const key = contractKey(resolved);
          if (key === null) return { contractId: null, added: 0 };

          const added: TimelineEvent[] = [];
          const roomId = resolved.roomId;
          const [previousRow, roomState] = await Promise.all([db.contracts.get(key), roomId && roomId !== key ? db.contracts.get(roomId) : undefined]);
          let previous = previousRow ?? null;
          const firstSeen = previous === null;
          let roomMoved = false;
          if (previous && !isContractRow(previous)) {
            // An unreadable record is replaced by what this reading shows; its events stay.
            replaced = key;
            previous = null;
          }
          let state: ContractState | null = previous;
          if (roomId && roomId !== key) {
            if (roomState) {
              // The room was stored on its own before its contract was known: move it over.
              roomMoved = true;
              const roomEvents = await db.events.where('contractId').equals(roomId).toArray();
              const merged = mergeRoomIntoContract(roomState, roomEvents, state, key);
              await db.events.bulkDelete(roomEvents.map((event) => event.id));
              await db.contracts.delete(roomId);
              added.push(...(await addNewEvents(merged.events)));
              state = merged.state;
              previous = previous ?? { ...rowOf(merged.state, roomState, []), lastActivityAt: roomState.lastActivityAt };
            }
            await db.rooms.put({ roomId, contractId: key });
          }

          // A contract first seen now, with no room moved into it, has no events stored yet.
          const nothingStored = firstSeen && !roomMoved;
          const messageIds = resolved.messages.map((message) => message.id);
          const eventIds = messageIds.map((id) => messageEventId(key, id));
          const knownEvents = nothingStored ? [] : await db.events.bulkGet(eventIds);
          const known = new Set(messageIds.filter((_, index) => knownEvents[index] !== undefined));
          const absent = new Set(eventIds.filter((_, index) => knownEvents[index] === undefined));
          const derived = deriveEvents(state, resolved, observedAt, known, url);
          if (!derived) return { contractId: null, added: 0 };
          const fresh = await newEvents(derived.events, absent);
          added.push(...fresh);
          const row = rowOf(derived.state, previous, added);
          if (!assess) {
            await putEvents(fresh);
            await db.contracts.put(row);
            return { contractId: key, added: added.length };
          }
          // The timeline as it will be: what is stored (unless this reading makes the whole of it:
          // nothing stored before, and every event it derived new) and this reading's new events,
          // assessed before they are written, so that the assessment can go to the page while
          // they are (see service.ts).
          const whole = nothingStored && added.length === new Set(derived.events.map((e) => e.id)).size;
          const [rows, dismissals] = await Promise.all([whole ? ([] as unknown[]) : timelineRows(key), db.dismissals.where('contractId').equals(key).toArray()]);
          const checked = rows.filter((r) => v.is(timelineEventSchema, r));
          unreadableEvents = rows.length - checked.length;
          const events = orderTimeline(whole ? added : [...checked, ...fresh]);
          let assessed: { summary: ContractSummaryFields; value: T };
          try {
            assessed = assess(row, events, dismissals.filter((d) => v.is(dismissalSchema, d)));
          } catch (error) {
            // A fault in the rules must not cost the reading: it is stored, the fault reported.
            await putEvents(fresh);
            await db.contracts.put(row);
            return { contractId: key, added: added.length, assessFailed: error };
          }
          const stored: ContractRow = { ...row, ...assessed.summary };
          await putEvents(fresh);
          await db.contracts.put(stored);
          return { contractId: key, added: added.length, assessed: { state: stored, value: assessed.value } };
        });
        // Told after the commit: meta is outside the reading's transaction.
        if (replaced) await reportSkipped(1, `contract record (${replaced}), replaced by a new reading`);
        await reportSkipped(unreadableEvents, `events of contract ${result.contractId}`);
        return result;
      }),

    listContracts: () =>
      guarded('listing contracts', async () => {
        const [rows, total] = await db.transaction('r', db.contracts, async () => [
          await db.contracts.orderBy('[rank+lastActivityAt]').reverse().toArray(),
          await db.contracts.count(),
        ] as const);
        const items = rows.filter(isContractRow);
        // Rows without the index fields are not in the index at all: counted as unreadable too.
        await reportSkipped(total - items.length, 'contract records');
        return items;
      }),

    getContract: (contractId) =>
      guarded('reading a contract', async () => {
        const row = await db.contracts.get(contractId);
        if (row === undefined) return null;
        if (isContractRow(row)) return row;
        await reportSkipped(1, `contract record (${contractId})`);
        return null;
      }),

    contractForRoom: (roomId) =>
      guarded('reading a room', async () => {
        const link = await db.rooms.get(roomId);
        return typeof link?.contractId === 'string' ? link.contractId : null;
      }),

    getTimeline: (contractId) =>
      guarded('reading a timeline', async () => {
        const rows = await timelineRows(contractId);
        const items = rows.filter((row) => v.is(timelineEventSchema, row));
        await reportSkipped(rows.length - items.length, `events of contract ${contractId}`);
        return orderTimeline(items);
      }),

    setSummary: (contractId, summary) =>
      guarded('saving the summary of a contract', async () => {
        await db.contracts.update(contractId, { ...summary });
      }),

    setBaseline: (contractId, text, at = new Date().toISOString()) =>
      guarded('saving the agreed scope', () => {
        const trimmed = text.trim();
        if (trimmed === '') throw new StoreError('invalid', 'The agreed scope is empty.');
        if (trimmed.length > LIMITS.text) {
          throw new StoreError('invalid', `The agreed scope is longer than ${LIMITS.text} characters.`);
        }
        return db.transaction('rw', [db.contracts, db.events], async () => {
          const row = await db.contracts.get(contractId);
          if (!row) throw new StoreError('invalid', `No contract ${contractId} is stored.`);
          const agreement: Agreement = { source: 'manual', title: null, text: trimmed };
          const base = { contractId, observedAt: at };
          const time = { at, atSource: 'observed' as const };
          let event: TimelineEvent;
          if (!row.baseline) {
            event = { ...base, ...time, id: `${contractId}:agreement:${fingerprint(trimmed)}`, kind: 'agreement_seen', agreement };
          } else if (row.baseline.text.trim() === trimmed) {
            return { added: 0 };
          } else {
            // The freelancer's own edit of the scope is a fact of the timeline too.
            event = agreementChange(contractId, base, time, row.baseline, agreement);
          }
          const added = await addNewEvents([event]);
          await db.contracts.put({
            ...row,
            baseline: { ...agreement, seenAt: at, url: null },
            lastActivityAt: laterOf(row.lastActivityAt, activityKey(at)),
          });
          return { added: added.length };
        });
      }),

    dismiss: (dismissal) =>
      guarded('saving a dismissal', async () => {
        const checked = v.safeParse(dismissalSchema, dismissal);
        if (!checked.success) throw new StoreError('invalid', `The dismissal was refused: ${checked.issues[0].message}`);
        await db.dismissals.put(checked.output);
      }),

    listDismissals: (contractId) =>
      guarded('reading dismissals', async () => {
        const rows = contractId === undefined
          ? await db.dismissals.toArray()
          : await db.dismissals.where('contractId').equals(contractId).toArray();
        return rows.filter((row) => v.is(dismissalSchema, row));
      }),

    exportAll: (exportedAt = new Date().toISOString()) =>
      guarded('exporting', () =>
        db.transaction('r', [db.contracts, db.events, db.rooms, db.dismissals], async () => {
          const [contracts, events, rooms, dismissals] = await Promise.all([
            db.contracts.toArray(),
            db.events.toArray(),
            db.rooms.toArray(),
            db.dismissals.toArray(),
          ]);
          // Unreadable rows are left out: an export that could not be imported helps nobody.
          const readable = contracts.filter(isContractRow);
          return {
            format: EXPORT_FORMAT,
            version: EXPORT_VERSION,
            exportedAt,
            contracts: readable.map(stateOf),
            events: orderTimeline(events.filter((row) => v.is(timelineEventSchema, row))),
            rooms: rooms.map(({ roomId, contractId }) => ({ roomId, contractId })),
            dismissals: dismissals.filter((row) => v.is(dismissalSchema, row)),
          } as ScopeGuardExport;
        }),
      ),

    importAll: (json) =>
      guarded('importing', async () => {
        // Everything is checked before anything is written; then one transaction writes it all.
        const checked = checkExport(json);
        if (!checked.ok) throw new StoreError('invalid', `The import file was refused, nothing was changed: ${checked.problem}`);
        const file = checked.value;
        const contractIds = new Set(file.contracts.map((state) => state.id));
        for (const [index, event] of file.events.entries()) {
          if (!contractIds.has(event.contractId)) {
            throw new StoreError(
              'invalid',
              `The import file was refused, nothing was changed: events[${index}].contractId: "${event.contractId}" is not among the file's contracts`,
            );
          }
        }
        return db.transaction('rw', [db.contracts, db.events, db.rooms, db.dismissals], async () => {
          const result: ImportResult = { contracts: 0, contractsMerged: 0, events: 0, rooms: 0, dismissals: 0 };
          const added = await addNewEvents(file.events as TimelineEvent[]);
          result.events = added.length;
          const latest = new Map<string, string>();
          for (const event of added) {
            const key = activityKey(event.at);
            if (key > (latest.get(event.contractId) ?? '')) latest.set(event.contractId, key);
          }
          const existing = await db.contracts.bulkGet(file.contracts.map((state) => state.id));
          const rows = file.contracts.map((imported, index): ContractRow => {
            const current = existing[index];
            const state = current && isContractRow(current) ? mergeStates(current, imported as ContractState) : (imported as ContractState);
            if (current) result.contractsMerged++;
            else result.contracts++;
            const activity = latest.get(state.id) ?? '';
            return {
              ...stateOf(state),
              openWarnings: current?.openWarnings ?? 0,
              rank: current?.rank ?? 0,
              // UTC ISO strings: the latest sorts last as text.
              lastActivityAt: [current?.lastActivityAt ?? '', activity, activityKey(state.firstSeenAt)].sort().at(-1) ?? '',
            };
          });
          await db.contracts.bulkPut(rows);
          result.rooms = await addMissing<RoomRow>(db.rooms, file.rooms, (room) => room.roomId);
          result.dismissals = await addMissing<Dismissal>(db.dismissals, file.dismissals, (dismissal) => dismissal.warningId);
          return result;
        });
      }),

    deleteAll: () =>
      guarded('deleting all data', () =>
        db.transaction('rw', [db.contracts, db.events, db.rooms, db.dismissals, db.meta], async () => {
          await Promise.all([db.contracts.clear(), db.events.clear(), db.rooms.clear(), db.dismissals.clear()]);
          await db.meta.delete('lastError');
          errorOnRecord = 'none';
        }),
      ),

    lastError: () =>
      guarded('reading the last error', async () => {
        if (errorOnRecord === 'none') return null;
        const row = await db.meta.get('lastError');
        const found = row && row.key === 'lastError' ? row : null;
        errorOnRecord = found ? 'some' : 'none';
        return found;
      }),

    clearWriteError: () =>
      guarded('clearing a storage problem', async () => {
        if (errorOnRecord === 'none') return;
        const kept = await db.transaction('rw', db.meta, async () => {
          const row = await db.meta.get('lastError');
          if (row && row.key === 'lastError' && row.kind !== 'corrupt') await db.meta.delete('lastError');
          else return row && row.key === 'lastError';
          return false;
        });
        errorOnRecord = kept ? 'some' : 'none';
      }),
  };
}

/** Rows whose key is new are added; existing ones are kept as they are. */
async function addMissing<T>(
  table: { bulkGet(keys: string[]): Promise<(T | undefined)[]>; bulkAdd(items: readonly T[]): Promise<unknown> },
  items: readonly T[],
  keyOf: (item: T) => string,
): Promise<number> {
  const unique = new Map<string, T>();
  for (const item of items) if (!unique.has(keyOf(item))) unique.set(keyOf(item), item);
  const keys = [...unique.keys()];
  const existing = await table.bulkGet(keys);
  const fresh = keys.filter((_, index) => existing[index] === undefined).map((key) => unique.get(key) as T);
  if (fresh.length > 0) await table.bulkAdd(fresh);
  return fresh.length;
}

/**
 * Two states of one contract (the store's and an imported one): the terms and milestones of the one
 * seen last, the earliest first sighting, every room, and the baseline seen first (the agreed scope).
 */
export function mergeStates(current: ContractState, imported: ContractState): ContractState {
  const newer = compareTime(imported.lastSeenAt, current.lastSeenAt) > 0 ? imported : current;
  const roomIds = [...current.roomIds];
  for (const roomId of imported.roomIds) if (!roomIds.includes(roomId)) roomIds.push(roomId);
  let baseline = current.baseline ?? imported.baseline;
  if (current.baseline && imported.baseline && compareTime(imported.baseline.seenAt, current.baseline.seenAt) < 0) {
    baseline = imported.baseline;
  }
  return {
    id: current.id,
    contract: newer.contract ?? current.contract ?? imported.contract,
    milestones: newer.milestones,
    roomIds,
    baseline,
    firstSeenAt: earlierOf(current.firstSeenAt, imported.firstSeenAt),
    lastSeenAt: laterOf(current.lastSeenAt, imported.lastSeenAt),
    lastProblems: newer.lastProblems,
  };
}

/** The ContractState part of a row (no risk fields), as exported. */
function stateOf(state: ContractState): ContractState {
  const { id, contract, milestones, roomIds, baseline, firstSeenAt, lastSeenAt, lastProblems } = state;
  return { id, contract, milestones, roomIds, baseline, firstSeenAt, lastSeenAt, lastProblems };
}

function isContractRow(row: unknown): row is ContractRow {
  if (!v.is(contractStateSchema, row)) return false;
  const { rank, openWarnings, lastActivityAt } = row as Partial<ContractRow>;
  return typeof rank === 'number' && typeof openWarnings === 'number' && typeof lastActivityAt === 'string';
}
