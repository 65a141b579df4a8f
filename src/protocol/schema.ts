// Schemas of everything that crosses between contexts. The background validates every message
// against these before acting on it; anything else is rejected and changes nothing.
import * as v from 'valibot';
import { MAX_AGREEMENT_TEXT, MAX_MESSAGE_TEXT, MAX_MESSAGES_PER_READING, MAX_MILESTONES_PER_READING, MAX_SHORT_TEXT, cappedLength } from '../core/cap';
import { MILESTONE_STATUSES } from '../core/types';
import { type PageElement, isPageElement } from '../upwork/page-tree';
import { READER_ID } from './change-notice';

/** A content script's random id (change-notice.ts). */
const readerIdSchema = v.pipe(v.string(), v.regex(READER_ID));

const short = v.pipe(v.string(), v.maxLength(cappedLength(MAX_SHORT_TEXT)));
const nullableShort = v.nullable(short);
const isoDate = v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)));
// Page times are wall-clock times as shown ("2026-11-20T14:07:00"); observed times carry a zone.
const isoDateTime = v.pipe(
  v.string(),
  v.maxLength(40),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/, 'not an ISO 8601 date-time'),
);
const amount = v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e10)));
const currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/));
const contractId = v.pipe(v.string(), v.regex(/^\d{1,30}$/));
// `room_<hex>`, or a bare UUID (the 2026 room URLs).
const roomId = v.pipe(v.string(), v.regex(/^(room_[0-9a-zA-Z_-]{1,80}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/));
const pageUrl = v.pipe(v.string(), v.maxLength(4096), v.startsWith('https://www.upwork.com/'));

export { MAX_MESSAGES_PER_READING, MAX_MILESTONES_PER_READING };

export const contractSchema = v.object({
  id: contractId,
  title: short,
  clientName: nullableShort,
  type: v.picklist(['fixed', 'hourly']),
  budget: amount,
  currency,
  startedOn: isoDate,
  status: nullableShort,
  hourlyRate: v.optional(amount),
  weeklyLimit: v.optional(v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(168)))),
  description: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(cappedLength(MAX_AGREEMENT_TEXT))))),
});

export const milestoneSchema = v.object({
  title: short,
  amount,
  currency,
  dueOn: isoDate,
  status: v.picklist(MILESTONE_STATUSES),
  statusText: v.optional(short),
  statusOn: v.optional(isoDate),
  description: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(cappedLength(MAX_AGREEMENT_TEXT))))),
});

export const messageSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  sender: v.picklist(['client', 'freelancer', 'system']),
  author: nullableShort,
  sentAt: isoDateTime,
  text: v.pipe(v.string(), v.maxLength(cappedLength(MAX_MESSAGE_TEXT))),
  timeSource: v.optional(v.picklist(['title', 'day', 'none'])),
  attachments: v.optional(v.pipe(v.array(short), v.maxLength(50))),
});

export const agreementSchema = v.object({
  source: v.picklist(['job_post', 'proposal', 'offer', 'manual']),
  title: nullableShort,
  text: v.pipe(v.string(), v.maxLength(cappedLength(MAX_AGREEMENT_TEXT))),
});

export const readingSchema = v.object({
  kind: v.picklist(['workroom', 'room', 'contracts', 'unknown']),
  contractId: v.nullable(contractId),
  roomId: v.nullable(roomId),
  contract: v.nullable(contractSchema),
  milestones: v.pipe(v.array(milestoneSchema), v.maxLength(MAX_MILESTONES_PER_READING)),
  messages: v.pipe(v.array(messageSchema), v.maxLength(MAX_MESSAGES_PER_READING)),
  problems: v.pipe(v.array(short), v.maxLength(50)),
  contracts: v.optional(
    v.pipe(
      v.array(v.object({ id: contractId, title: short, clientName: nullableShort, status: nullableShort })),
      v.maxLength(2000),
    ),
  ),
  tab: v.optional(nullableShort),
  freelancerName: v.optional(nullableShort),
  agreement: v.optional(v.nullable(agreementSchema)),
});

const contractRef = v.object({ contractId: v.nullable(contractId), roomId: v.nullable(roomId) });
const anyContractKey = v.union([contractId, roomId]);

/** Every request each message type accepts. */
export const requestSchemas = {
  // From content scripts on https://www.upwork.com tabs.
  // `from`: the sending content script's id, echoed in the change notice the reading causes.
  'page.reading': v.object({ url: pageUrl, reading: readingSchema, from: v.optional(readerIdSchema) }),
  'page.view': contractRef,
  'warning.dismiss': v.object({
    contractId: anyContractKey,
    warningId: v.pipe(v.string(), v.maxLength(400)),
    reason: v.pipe(v.string(), v.maxLength(500)),
  }),
  // The page's structure (upwork/page-tree.ts), made into the sanitized copy for a bug report.
  'page.sanitize': v.object({ url: pageUrl, tree: v.custom<PageElement>(isPageElement, 'not a page structure') }),
  // From this extension's own pages (popup, options) only.
  'contracts.list': v.object({}),
  'contract.detail': v.object({ contractId: anyContractKey }),
  'contract.setBaseline': v.object({
    contractId: anyContractKey,
    text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_AGREEMENT_TEXT)),
  }),
  'contract.exportTimeline': v.object({ contractId: anyContractKey, format: v.picklist(['markdown', 'csv']) }),
  'data.export': v.object({}),
  'data.import': v.object({ json: v.pipe(v.string(), v.maxLength(200_000_000)) }),
  'data.delete': v.object({ confirm: v.literal(true) }),
  'state.dump': v.object({}),
  // After the reminders setting changed: bring the alarms in line (and say which are set).
  'reminders.sync': v.object({}),
} as const;

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<T extends MessageType> = v.InferOutput<(typeof requestSchemas)[T]>;

/** Message types a content script may send; all others need one of the extension's own pages. */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<MessageType> = new Set(['page.reading', 'page.view', 'warning.dismiss', 'page.sanitize']);

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(requestSchemas, type);
}
