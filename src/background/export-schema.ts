// The export file of Scope Guard ("scope-guard-export", version 1) and the checks an import goes
// through before anything is written. An import file is untrusted input: it may be hand-edited,
// truncated or made to harm (huge arrays, deep nesting, "__proto__" keys, HTML in text).
//
// Size policy: a text over TEXT_MAX characters, or an array over its cap, makes the whole file
// refused, with the path of the first one. Nothing is cut: a timeline kept for a dispute must be
// what the page showed, and a refused file is visible where a silently shortened quote is not.
// Exports never come near these caps (Upwork limits a message to a few thousand characters).

import * as v from 'valibot';
import { MILESTONE_STATUSES } from '../core/types';

export const EXPORT_FORMAT = 'scope-guard-export';
export const EXPORT_VERSION = 1;

export const LIMITS = {
  /** Message texts, descriptions, agreements, before/after values. */
  text: 100_000,
  /** Titles, names, statuses, problems. */
  short: 2_000,
  id: 256,
  url: 4_096,
  contracts: 50_000,
  events: 500_000,
  rooms: 100_000,
  dismissals: 100_000,
  milestonesPerContract: 1_000,
  roomsPerContract: 1_000,
  problems: 200,
  attachments: 200,
  /** Nesting of the file; an export is 6 levels deep. */
  depth: 24,
  /** A JSON text given as a string. */
  jsonChars: 300_000_000,
} as const;

const text = v.pipe(v.string(), v.maxLength(LIMITS.text, `is longer than ${LIMITS.text} characters`));
const short = v.pipe(v.string(), v.maxLength(LIMITS.short, `is longer than ${LIMITS.short} characters`));
const id = v.pipe(v.string(), v.minLength(1, 'is empty'), v.maxLength(LIMITS.id, `is longer than ${LIMITS.id} characters`));
const url = v.pipe(v.string(), v.maxLength(LIMITS.url, `is longer than ${LIMITS.url} characters`));
const time = v.pipe(
  v.string(),
  v.maxLength(64, 'is not a date'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'is not an ISO 8601 date'),
);
const amount = v.pipe(v.number(), v.finite('is not a finite number'));
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `has more than ${max} entries`));

export const contractSchema = v.object({
  id,
  title: short,
  clientName: v.nullable(short),
  type: v.picklist(['fixed', 'hourly']),
  budget: v.nullable(amount),
  currency: short,
  startedOn: v.nullable(short),
  status: v.nullable(short),
  hourlyRate: v.nullish(amount),
  weeklyLimit: v.nullish(amount),
  description: v.nullish(text),
});

export const agreementSchema = v.object({
  source: v.picklist(['job_post', 'proposal', 'offer', 'manual']),
  title: v.nullable(short),
  text,
});

export const messageSchema = v.object({
  id,
  sender: v.picklist(['client', 'freelancer', 'system']),
  author: v.nullable(short),
  sentAt: short,
  text,
  timeSource: v.optional(v.picklist(['title', 'day', 'none'])),
  attachments: v.optional(list(url, LIMITS.attachments)),
});

export const milestoneSnapshotSchema = v.object({
  key: short,
  title: short,
  amount: v.nullable(amount),
  currency: short,
  dueOn: v.nullable(short),
  status: v.picklist(MILESTONE_STATUSES),
  description: v.nullish(text),
});

export const timelineEventSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(1, 'is empty'), v.maxLength(LIMITS.id * 3, 'is too long')),
    contractId: id,
    kind: v.picklist([
      'contract_seen',
      'terms_changed',
      'milestone_added',
      'milestone_amount_changed',
      'milestone_status_changed',
      'milestone_description_changed',
      'milestone_removed',
      'agreement_seen',
      'message',
    ]),
    at: time,
    atSource: v.picklist(['page', 'observed']),
    observedAt: time,
    url: v.optional(url),
    milestone: v.optional(milestoneSnapshotSchema),
    field: v.optional(
      v.picklist(['title', 'description', 'budget', 'type', 'amount', 'status', 'milestone_description']),
    ),
    before: v.nullish(v.union([text, amount])),
    after: v.nullish(v.union([text, amount])),
    message: v.optional(messageSchema),
    agreement: v.optional(agreementSchema),
  }),
  v.check((event) => event.id.startsWith(`${event.contractId}:`), 'id does not start with its contractId'),
);

export const baselineSchema = v.object({
  ...agreementSchema.entries,
  seenAt: time,
  url: v.nullable(url),
});

export const contractStateSchema = v.object({
  id,
  contract: v.nullable(contractSchema),
  milestones: list(milestoneSnapshotSchema, LIMITS.milestonesPerContract),
  roomIds: list(id, LIMITS.roomsPerContract),
  baseline: v.nullable(baselineSchema),
  firstSeenAt: time,
  lastSeenAt: time,
  lastProblems: list(short, LIMITS.problems),
});

export const roomSchema = v.object({ roomId: id, contractId: id });

export const dismissalSchema = v.object({
  warningId: v.pipe(v.string(), v.minLength(1, 'is empty'), v.maxLength(LIMITS.id * 3, 'is too long')),
  contractId: id,
  reason: short,
  at: time,
});

export const exportSchema = v.object({
  format: v.literal(EXPORT_FORMAT, `is not "${EXPORT_FORMAT}" (not a Scope Guard export)`),
  version: v.literal(EXPORT_VERSION, `is not ${EXPORT_VERSION} (made by another version of Scope Guard)`),
  exportedAt: time,
  contracts: list(contractStateSchema, LIMITS.contracts),
  events: list(timelineEventSchema, LIMITS.events),
  rooms: list(roomSchema, LIMITS.rooms),
  dismissals: list(dismissalSchema, LIMITS.dismissals),
});

export type ScopeGuardExport = v.InferOutput<typeof exportSchema>;

const ARRAY_CAPS: Record<string, number> = {
  contracts: LIMITS.contracts,
  events: LIMITS.events,
  rooms: LIMITS.rooms,
  dismissals: LIMITS.dismissals,
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks an import file and returns it typed, or the first problem in words with its path
 * ("events[3].message.text: is longer than 100000 characters"). Cheap structural checks come first,
 * so that a huge or deeply nested file is refused before it is walked item by item.
 */
export function checkExport(input: unknown): { ok: true; value: ScopeGuardExport } | { ok: false; problem: string } {
  let value = input;
  if (typeof value === 'string') {
    if (value.length > LIMITS.jsonChars) return { ok: false, problem: `the file is larger than ${LIMITS.jsonChars} characters` };
    try {
      value = JSON.parse(value);
    } catch (error) {
      return { ok: false, problem: `the file is not JSON (${(error as Error).message})` };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: 'the file is not a Scope Guard export (expected a JSON object)' };
  }
  for (const [name, cap] of Object.entries(ARRAY_CAPS)) {
    const array = (value as Record<string, unknown>)[name];
    if (Array.isArray(array) && array.length > cap) {
      return { ok: false, problem: `${name}: has ${array.length} entries, more than the ${cap} allowed` };
    }
  }
  const structural = walk(value, '', 0);
  if (structural) return { ok: false, problem: structural };
  const result = v.safeParse(exportSchema, value, { abortEarly: true });
  if (!result.success) return { ok: false, problem: describeIssue(result.issues[0]) };
  return { ok: true, value: result.output };
}

/** Forbidden keys and nesting depth, anywhere in the file (JSON.parse keeps "__proto__" as a key). */
function walk(value: unknown, path: string, depth: number): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (depth > LIMITS.depth) return `${path || 'the file'}: nested deeper than ${LIMITS.depth} levels`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = walk(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return `${path || 'the file'}: is not plain data`;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return `${here}: the key "${key}" is not allowed`;
    const found = walk((value as Record<string, unknown>)[key], here, depth + 1);
    if (found) return found;
  }
  return null;
}

function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'the file is not a Scope Guard export';
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return `${path || 'the file'}: ${issue.message}`;
}
