// The timeline: successive readings of a contract's pages turned into events, idempotently.
// Pure and synchronous. Every event id is derived from the fact it records (never from the time
// it was observed), so the same reading twice, or two tabs sending it at once, record each fact
// once: the store keeps the first event of an id and ignores the rest.

import type {
  Agreement,
  Contract,
  ContractState,
  Message,
  Milestone,
  MilestoneSnapshot,
  PageReading,
  TimelineEvent,
} from './types';

export interface Derivation {
  /** What is known of the contract after this reading. */
  state: ContractState;
  /** Facts this reading revealed, in reading order; the store adds those whose id is new. */
  events: TimelineEvent[];
}

/** The key a reading is stored under: its contract id, else its room id; null when neither. */
export function contractKey(reading: PageReading): string | null {
  return reading.contractId || reading.roomId || null;
}

/** A milestone's identity across readings: its title, lower case, spacing collapsed. */
export function normaliseMilestoneTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Keys for a list of milestones in page order: the normalised title, "#2", "#3"… for repeats. */
export function milestoneKeys(milestones: readonly Pick<Milestone, 'title'>[]): string[] {
  const seen = new Map<string, number>();
  return milestones.map(({ title }) => {
    const base = normaliseMilestoneTitle(title);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}

export function messageEventId(contractId: string, messageId: string): string {
  return `${contractId}:msg:${messageId}`;
}

/**
 * Whether a reading shows the whole milestone list, so that a milestone missing from it was
 * removed: only the workroom's overview tab (the tab a workroom reading defaults to), only with
 * no problem about milestones, and never an empty list (a fixed-price contract always has at
 * least one milestone, so an empty list means the list was not read).
 */
export function readsAllMilestones(reading: PageReading): boolean {
  return (
    reading.kind === 'workroom' &&
    (reading.tab ?? 'overview') === 'overview' &&
    reading.milestones.length > 0 &&
    !reading.problems.some((problem) => /milestone/i.test(problem))
  );
}

/**
 * The state after one reading, and the events it revealed.
 * `knownMessageIds`: ids of messages already on this contract's timeline (they are skipped).
 * Returns null for a reading that belongs to no contract or room (the contracts list, unknown pages).
 */
export function deriveEvents(
  previous: ContractState | null,
  reading: PageReading,
  observedAt: string,
  knownMessageIds: ReadonlySet<string>,
  url: string | null = null,
): Derivation | null {
  const key = contractKey(reading);
  if (key === null) return null;
  if (previous && previous.id !== key) {
    throw new Error(`deriveEvents: state of ${previous.id} given for a reading of ${key}`);
  }
  const events: TimelineEvent[] = [];
  const base = { contractId: key, observedAt, ...(url ? { url } : {}) };
  const observed = { at: observedAt, atSource: 'observed' as const };

  if (!previous) {
    events.push({ ...base, ...observed, id: `${key}:seen`, kind: 'contract_seen' });
  }

  const contract = mergeContract(previous?.contract ?? null, reading.contract);
  if (previous?.contract && reading.contract) {
    for (const change of termChanges(previous.contract, reading.contract)) {
      events.push({
        ...base,
        ...observed,
        id: `${key}:terms:${change.field}:${fingerprint(change.before)}>${fingerprint(change.after)}`,
        kind: 'terms_changed',
        ...change,
      });
    }
  }

  const milestones = deriveMilestones(previous?.milestones ?? [], reading, key, base, events);

  let baseline = previous?.baseline ?? null;
  if (reading.agreement && reading.agreement.text.trim() !== '') {
    const agreement = reading.agreement;
    if (!baseline) {
      baseline = { ...agreement, seenAt: observedAt, url };
      events.push({
        ...base,
        ...observed,
        id: `${key}:agreement:${fingerprint(agreement.text)}`,
        kind: 'agreement_seen',
        agreement,
      });
    } else if (!sameText(baseline.text, agreement.text)) {
      events.push(agreementChange(key, base, observed, baseline, agreement));
    }
  }

  for (const message of reading.messages) {
    if (knownMessageIds.has(message.id)) continue;
    events.push({
      ...base,
      ...messageTime(message, observedAt),
      id: messageEventId(key, message.id),
      kind: 'message',
      message,
    });
  }

  const roomIds = [...(previous?.roomIds ?? [])];
  if (reading.roomId && !roomIds.includes(reading.roomId)) roomIds.push(reading.roomId);

  const state: ContractState = {
    id: key,
    contract,
    milestones,
    roomIds,
    baseline,
    firstSeenAt: previous?.firstSeenAt ?? observedAt,
    lastSeenAt: laterOf(previous?.lastSeenAt ?? observedAt, observedAt),
    lastProblems: [...reading.problems],
  };
  return { state, events };
}

/**
 * The event recording that the agreed baseline was replaced by another text (read from a page or
 * typed by the freelancer): a terms_changed of the description, never a silent overwrite.
 */
export function agreementChange(
  contractId: string,
  base: { contractId: string; observedAt: string; url?: string },
  time: { at: string; atSource: 'page' | 'observed' },
  baseline: Agreement,
  agreement: Agreement,
): TimelineEvent {
  return {
    ...base,
    ...time,
    id: `${contractId}:terms:description:${fingerprint(baseline.text)}>${fingerprint(agreement.text)}`,
    kind: 'terms_changed',
    field: 'description',
    before: baseline.text,
    after: agreement.text,
    agreement,
  };
}

function messageTime(message: Message, observedAt: string): Pick<TimelineEvent, 'at' | 'atSource'> {
  const pageTime = message.timeSource === 'title' || message.timeSource === 'day';
  // The reader's sentAt keeps messages in page order even when the page shows no time for them;
  // atSource says whether the page itself showed that time.
  if (!Number.isNaN(Date.parse(message.sentAt))) {
    return { at: message.sentAt, atSource: pageTime ? 'page' : 'observed' };
  }
  return { at: observedAt, atSource: 'observed' };
}

function mergeContract(previous: Contract | null, read: Contract | null): Contract | null {
  if (!read) return previous;
  if (!previous) return { ...read };
  const sameType = previous.type === read.type;
  // A field the page did not show this time keeps what an earlier reading established.
  return {
    ...previous,
    ...read,
    title: read.title.trim() !== '' ? read.title : previous.title,
    clientName: read.clientName ?? previous.clientName,
    budget: read.budget ?? (sameType ? previous.budget : null),
    startedOn: read.startedOn ?? previous.startedOn,
    status: read.status ?? previous.status,
    hourlyRate: read.hourlyRate ?? (sameType ? previous.hourlyRate : null),
    weeklyLimit: read.weeklyLimit ?? (sameType ? previous.weeklyLimit : null),
    description: read.description ?? previous.description ?? null,
  };
}

interface TermChange {
  field: 'title' | 'description' | 'budget' | 'type';
  before: string | number | null;
  after: string | number | null;
}

function termChanges(before: Contract, after: Contract): TermChange[] {
  const changes: TermChange[] = [];
  if (after.title.trim() !== '' && !sameText(before.title, after.title)) {
    changes.push({ field: 'title', before: before.title, after: after.title });
  }
  if (after.description != null && after.description.trim() !== '') {
    if (before.description != null && !sameText(before.description, after.description)) {
      changes.push({ field: 'description', before: before.description, after: after.description });
    }
  }
  if (before.type !== after.type) {
    changes.push({ field: 'type', before: before.type, after: after.type });
  }
  // A budget the page did not show is no change (a reader that missed it must not raise one).
  if (after.budget !== null && before.budget !== after.budget) {
    changes.push({ field: 'budget', before: before.budget, after: after.budget });
  }
  return changes;
}

function deriveMilestones(
  previous: readonly MilestoneSnapshot[],
  reading: PageReading,
  key: string,
  base: { contractId: string; observedAt: string; url?: string },
  events: TimelineEvent[],
): MilestoneSnapshot[] {
  const observed = { at: base.observedAt, atSource: 'observed' as const };
  const keys = milestoneKeys(reading.milestones);
  const byKey = new Map(previous.map((snapshot) => [snapshot.key, snapshot]));
  const read = new Map<string, MilestoneSnapshot>();

  reading.milestones.forEach((milestone, index) => {
    const msKey = keys[index] as string;
    const before = byKey.get(msKey);
    const after = snapshotOf(msKey, milestone, before);
    read.set(msKey, after);
    const statusTime = milestone.statusOn
      ? { at: milestone.statusOn, atSource: 'page' as const }
      : observed;
    const fact = `${key}:ms`;

    if (!before) {
      events.push({ ...base, ...observed, id: `${fact}-added:${msKey}`, kind: 'milestone_added', milestone: after });
      // A status shown with its date ("Submitted Nov 20") is a dated fact worth its own event.
      if (milestone.statusOn) {
        events.push({
          ...base,
          ...statusTime,
          id: `${fact}-status:${msKey}:${after.status}:${milestone.statusOn}`,
          kind: 'milestone_status_changed',
          milestone: after,
          field: 'status',
          before: null,
          after: after.status,
        });
      }
      return;
    }
    if (milestone.amount !== null && before.amount !== milestone.amount) {
      events.push({
        ...base,
        ...observed,
        id: `${fact}-amount:${msKey}:${before.amount}>${milestone.amount}`,
        kind: 'milestone_amount_changed',
        milestone: after,
        field: 'amount',
        before: before.amount,
        after: milestone.amount,
      });
    }
    if (milestone.status !== 'unknown' && before.status !== milestone.status) {
      events.push({
        ...base,
        ...statusTime,
        id: `${fact}-status:${msKey}:${before.status}>${milestone.status}:${milestone.statusOn ?? ''}`,
        kind: 'milestone_status_changed',
        milestone: after,
        field: 'status',
        before: before.status,
        after: milestone.status,
      });
    }
    const description = milestone.description;
    if (description != null && description.trim() !== '' && !sameText(before.description ?? '', description)) {
      events.push({
        ...base,
        ...observed,
        id: `${fact}-description:${msKey}:${fingerprint(before.description ?? '')}>${fingerprint(description)}`,
        kind: 'milestone_description_changed',
        milestone: after,
        field: 'milestone_description',
        before: before.description ?? null,
        after: description,
      });
    }
  });

  if (!readsAllMilestones(reading)) {
    // A partial view: update what it shows, keep everything else as it was, in the old order.
    const merged = previous.map((snapshot) => read.get(snapshot.key) ?? snapshot);
    for (const [msKey, snapshot] of read) if (!byKey.has(msKey)) merged.push(snapshot);
    return merged;
  }
  for (const snapshot of previous) {
    if (read.has(snapshot.key)) continue;
    events.push({
      ...base,
      ...observed,
      id: `${key}:ms-removed:${snapshot.key}:${fingerprint(JSON.stringify(snapshot))}`,
      kind: 'milestone_removed',
      milestone: snapshot,
    });
  }
  return [...read.values()];
}

function snapshotOf(key: string, milestone: Milestone, before: MilestoneSnapshot | undefined): MilestoneSnapshot {
  return {
    key,
    title: milestone.title,
    amount: milestone.amount ?? before?.amount ?? null,
    currency: milestone.currency || before?.currency || '',
    dueOn: milestone.dueOn ?? before?.dueOn ?? null,
    // "unknown" is the reader not recognising the status, not a change of it.
    status: milestone.status === 'unknown' && before ? before.status : milestone.status,
    description: milestone.description ?? before?.description ?? null,
  };
}

/**
 * A room first stored under its own id turned out to belong to a contract: its state and events
 * move to the contract. Event ids are rewritten from `room_…:` to `<contractId>:`, the same ids the
 * contract would have given them, so a message seen again later is not duplicated.
 */
export function mergeRoomIntoContract(
  room: ContractState,
  roomEvents: readonly TimelineEvent[],
  contract: ContractState | null,
  contractId: string,
): Derivation {
  const prefix = `${room.id}:`;
  const events = roomEvents.map((event) => ({
    ...event,
    id: event.id.startsWith(prefix) ? `${contractId}:${event.id.slice(prefix.length)}` : `${contractId}:${event.id}`,
    contractId,
  }));
  const roomIds = [...(contract?.roomIds ?? [])];
  for (const roomId of [...room.roomIds, room.id]) if (!roomIds.includes(roomId)) roomIds.push(roomId);
  const state: ContractState = contract
    ? {
        ...contract,
        roomIds,
        baseline: earlierBaseline(contract.baseline, room.baseline),
        firstSeenAt: earlierOf(contract.firstSeenAt, room.firstSeenAt),
        lastSeenAt: laterOf(contract.lastSeenAt, room.lastSeenAt),
      }
    : { ...room, id: contractId, roomIds };
  return { state, events };
}

function earlierBaseline(a: ContractState['baseline'], b: ContractState['baseline']): ContractState['baseline'] {
  if (!a || !b) return a ?? b;
  return compareTime(b.seenAt, a.seenAt) < 0 ? b : a;
}

/** Chronological by `at`, ties by observedAt, then by id: the same order on every machine. */
export function orderTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) => compareTime(a.at, b.at) || compareTime(a.observedAt, b.observedAt) || compareText(a.id, b.id),
  );
}

/** Compares ISO 8601 times (a bare date is its UTC midnight); unparseable ones sort last. */
export function compareTime(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  const na = Number.isNaN(ta);
  const nb = Number.isNaN(tb);
  if (na || nb) return na && nb ? compareText(a, b) : na ? 1 : -1;
  return ta - tb;
}

export function laterOf(a: string, b: string): string {
  return compareTime(a, b) >= 0 ? a : b;
}

export function earlierOf(a: string, b: string): string {
  return compareTime(a, b) <= 0 ? a : b;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

/**
 * A short, stable fingerprint of a value for event ids (two FNV-1a 32-bit hashes, 16 hex digits);
 * whitespace runs are collapsed so a re-rendered page gives the same id.
 */
export function fingerprint(value: string | number | null | undefined): string {
  const text = value == null ? '' : String(value).replace(/\s+/g, ' ').trim();
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
