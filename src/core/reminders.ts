// Deadline reminders: the contract timelines in the store -> the reminders to fire, each at 09:00
// local time on its day. Pure: the background turns each one into one browser alarm named by
// `name`, and a notification when it fires. Computed from stored data only; nothing is sent.
//
// The dates are Upwork's rules as the advice states them (README-advice.md):
// - review: the client has 14 days after a submission; then the payment is released
//   automatically (`milestonesFixedPrice`). Reminded the day before and on the day.
// - dormancy: a fixed-price contract that still holds funds goes dormant 90 days after the last
//   milestone's due date; Upwork sends notices on days 76 and 83 and marks it dormant on day 90
//   (`dormantContracts`). Then the client, then the freelancer have 7 days each to respond;
//   without a response the funds go back to the client. Reminded on days 76, 83, 90, on day 97
//   (the freelancer's 7 days begin) and on day 103 (they end the next day).
// - refund request: the freelancer has 7 days to respond to it or dispute it (`disputeNonRelease`).
//   Reminded the day before and on the last day.
// - contract ended: a dispute is filed within 7 days of the contract ending. Reminded the day
//   before the last day.
//   Both are dated only by the system story Upwork posts in the room ("… requested a refund",
//   "… ended the contract") with its time shown on the page: a story without a shown time, or a
//   client merely saying they will ask for a refund, gives no reminder (a reminder must not guess
//   its day). A later story saying the request was withdrawn, declined or refunded ends it.

import { addDays, byTime, reviewPeriods } from './rules';
import type { ContractState, MilestoneSnapshot, MilestoneStatus, TimelineEvent } from './types';

export const REMINDER_PREFIX = 'reminder:';
/** Every reminder fires at this hour of the freelancer's local time. */
export const REMINDER_HOUR = 9;

export const DORMANT_DAYS = 90;
export const DORMANCY_NOTICE_DAYS = [76, 83] as const;
/** Days each side has to respond after the contract is marked dormant (client first, then freelancer). */
export const DORMANT_RESPONSE_DAYS = 7;
/** Days to respond to a refund request, and to file a dispute after a contract ends. */
export const REFUND_RESPONSE_DAYS = 7;
export const DISPUTE_DAYS = 7;

export type ReminderKind =
  | 'review_ends_tomorrow'
  | 'review_ends_today'
  | 'dormancy_notice'
  | 'dormant'
  | 'dormant_response_opens'
  | 'dormant_response_ends'
  | 'refund_response_ends_tomorrow'
  | 'refund_response_ends_today'
  | 'dispute_window_ends_tomorrow';

export interface Reminder {
  /** One alarm per reminder: stable for the same fact, new when the fact changes. */
  name: string;
  contractId: string;
  kind: ReminderKind;
  /** YYYY-MM-DD: the day it fires (local). */
  day: string;
  /** Epoch ms: REMINDER_HOUR:00 on `day` in the time zone given. */
  when: number;
  /** YYYY-MM-DD: the day the reminder is about (review end, dormancy day, end of a response window). */
  deadline: string;
  contractTitle: string | null;
  /** Review reminders: the submitted milestone. */
  milestoneTitle: string | null;
  /** Dormancy reminders: days since the last milestone due date (76, 83, 90, 97, 103). */
  dayNumber?: number;
}

export interface ContractTimeline {
  state: ContractState;
  events: readonly TimelineEvent[];
}

export interface ReminderOptions {
  /** Epoch ms or ISO 8601: reminders at or before this moment are left out. */
  now: number | string;
  /** IANA zone of the freelancer ("Europe/Kyiv"); the background passes the browser's own. */
  timeZone: string;
}

/** Money the client funded and not yet released (Upwork's "escrow", now "project funds"). */
const HELD_STATUSES: ReadonlySet<MilestoneStatus> = new Set(['funded', 'submitted', 'changes_requested']);
/** Contract status words that say it is over: no dormancy for it. */
const ENDED = /\b(ended|closed|completed|cancell?ed)\b/i;

export function computeReminders(contracts: readonly ContractTimeline[], options: ReminderOptions): Reminder[] {
  const now = typeof options.now === 'number' ? options.now : Date.parse(options.now);
  const reminders: Reminder[] = [];
  for (const { state, events } of contracts) {
    for (const draft of [...reviewReminders(state, events), ...dormancyReminders(state), ...systemStoryReminders(state, events)]) {
      const when = localTime(draft.day, REMINDER_HOUR, options.timeZone);
      if (!(when > now)) continue;
      reminders.push({ ...draft, when, contractTitle: state.contract?.title ?? null });
    }
  }
  return reminders.sort((a, b) => a.when - b.when || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

type Draft = Omit<Reminder, 'when' | 'contractTitle'>;

function reviewReminders(state: ContractState, events: readonly TimelineEvent[]): Draft[] {
  if (state.contract && state.contract.type !== 'fixed') return [];
  return reviewPeriods(state, events).flatMap(({ milestoneKey, milestone, deadline }) =>
    (
      [
        ['review_ends_tomorrow', addDays(deadline, -1)],
        ['review_ends_today', deadline],
      ] as const
    ).map(([kind, day]) => ({
      name: `${REMINDER_PREFIX}${state.id}:${kind}:${deadline}:${milestoneKey}`,
      contractId: state.id,
      kind,
      day,
      deadline,
      milestoneTitle: milestone?.title ?? null,
    })),
  );
}

function dormancyReminders(state: ContractState): Draft[] {
  const contract = state.contract;
  if (contract?.type !== 'fixed') return [];
  if (contract.status && ENDED.test(contract.status)) return [];
  if (!state.milestones.some((m) => HELD_STATUSES.has(m.status))) return [];
  const lastDue = lastDueDate(state.milestones);
  if (!lastDue) return [];
  const dormantOn = addDays(lastDue, DORMANT_DAYS);
  const responseEnds = addDays(dormantOn, 2 * DORMANT_RESPONSE_DAYS);
  const plan: [ReminderKind, number, string][] = [
    ...DORMANCY_NOTICE_DAYS.map((n): [ReminderKind, number, string] => ['dormancy_notice', n, dormantOn]),
    ['dormant', DORMANT_DAYS, dormantOn],
    ['dormant_response_opens', DORMANT_DAYS + DORMANT_RESPONSE_DAYS, responseEnds],
    ['dormant_response_ends', DORMANT_DAYS + 2 * DORMANT_RESPONSE_DAYS - 1, responseEnds],
  ];
  return plan.map(([kind, dayNumber, deadline]) => ({
    // Named by the last due date: a new or moved milestone due date replaces the whole series.
    name: `${REMINDER_PREFIX}${state.id}:${kind}:${dayNumber}:${lastDue}`,
    contractId: state.id,
    kind,
    day: addDays(lastDue, dayNumber),
    deadline,
    milestoneTitle: null,
    dayNumber,
  }));
}

// Upwork's system stories, in the languages the readers know. Their exact wording is not public:
// these anchor on the words any wording of the fact needs ("refund" + a request, "contract" + ended).
const REFUND_REQUESTED = [
  /\brequest(?:ed|s)?\s+(?:a\s+|for\s+a\s+)?refund\b|\brefund\s+(?:was\s+)?request(?:ed)?\b/i,
  /\b(?:solicit[óo]|pidi[óo])\s+(?:un\s+)?reembolso\b|\bsolicitud\s+de\s+reembolso\b/i,
  /\b(?:solicitou|pediu)\s+(?:um\s+)?reembolso\b|\b(?:pedido|solicitação)\s+de\s+reembolso\b/i,
  /\ba\s+demandé\s+un\s+remboursement\b|\bdemande\s+de\s+remboursement\b/i,
  /\bRückerstattung\s+(?:beantragt|angefordert)|\bRückerstattungsanfrage\b/i,
  /запросил[аи]?\s+возврат|запрос\s+на\s+возврат/i,
  /запит(?:ав|ала)?\s+(?:на\s+)?повернення|запросив(?:ла)?\s+повернення/i,
];
/** A refund request that is over: withdrawn, cancelled, declined, or the refund made. */
const REFUND_SETTLED =
  /\b(?:withdr[ae]w|withdrawn|cancell?ed|declined|rejected|refunded|refund\b[^!?\n]{0,40}?\b(?:issued|sent|completed|processed))\b|\b(?:retir|cancel|rechaz)(?:ó|ada|ado)\b|\breembolsad[oa]\b|\b(?:annulée?|refusée?|remboursée?)\b|\b(?:zurückgezogen|abgelehnt|storniert|erstattet)\b|отмен|отклон|возвращен|скасов|відхил|повернено/i;
const CONTRACT_ENDED = [
  /\b(?:ended|closed|terminated)\s+(?:the|this|your)\s+contract\b|\bcontract\s+(?:was\s+|has\s+been\s+)?(?:ended|closed|terminated)\b/i,
  /\b(?:finalizó|cerró|terminó)\s+(?:el\s+)?contrato\b|\bcontrato\s+(?:finalizado|cerrado|terminado)\b/i,
  /\bencerrou\s+o\s+contrato\b|\bcontrato\s+(?:encerrado|finalizado)\b/i,
  /\ba\s+(?:mis\s+fin\s+au|clôturé\s+le|terminé\s+le)\s+contrat\b|\bcontrat\s+(?:terminé|clôturé)\b/i,
  /\bhat\s+den\s+Vertrag\s+beendet\b|\bVertrag\s+(?:wurde\s+)?(?:beendet|geschlossen)\b/i,
  /завершил[аи]?\s+контракт|контракт\s+(?:был\s+)?(?:завершён|завершен|закрыт)/i,
  /завершив(?:ла)?\s+контракт|контракт\s+(?:було\s+)?(?:завершено|закрито)/i,
];

/** The day of a system story whose time the page showed; null otherwise. */
function shownDay(e: TimelineEvent): string | null {
  const m = e.message;
  if (e.kind !== 'message' || !m || m.sender !== 'system' || e.atSource !== 'page' || m.timeSource === 'none') return null;
  return /^\d{4}-\d{2}-\d{2}/.test(e.at) ? e.at.slice(0, 10) : null;
}

function systemStoryReminders(state: ContractState, events: readonly TimelineEvent[]): Draft[] {
  let refundDay: string | null = null;
  let endedDay: string | null = null;
  for (const e of [...events].sort(byTime)) {
    const day = shownDay(e);
    const text = e.message?.text ?? '';
    if (!day || !text) continue;
    if (REFUND_REQUESTED.some((re) => re.test(text))) refundDay = REFUND_SETTLED.test(text) ? null : day;
    else if (refundDay && /refund|reembols|rembours|erstatt|возврат|поверн/i.test(text) && REFUND_SETTLED.test(text)) refundDay = null;
    if (CONTRACT_ENDED.some((re) => re.test(text))) endedDay = day;
  }
  const drafts: Draft[] = [];
  if (refundDay) {
    const deadline = addDays(refundDay, REFUND_RESPONSE_DAYS);
    for (const [kind, day] of [
      ['refund_response_ends_tomorrow', addDays(deadline, -1)],
      ['refund_response_ends_today', deadline],
    ] as const) {
      drafts.push({ name: `${REMINDER_PREFIX}${state.id}:${kind}:${refundDay}`, contractId: state.id, kind, day, deadline, milestoneTitle: null });
    }
  }
  if (endedDay) {
    const deadline = addDays(endedDay, DISPUTE_DAYS);
    const kind = 'dispute_window_ends_tomorrow';
    drafts.push({ name: `${REMINDER_PREFIX}${state.id}:${kind}:${endedDay}`, contractId: state.id, kind, day: addDays(deadline, -1), deadline, milestoneTitle: null });
  }
  return drafts;
}

function lastDueDate(milestones: readonly MilestoneSnapshot[]): string | null {
  let last: string | null = null;
  for (const m of milestones) if (m.dueOn && /^\d{4}-\d{2}-\d{2}$/.test(m.dueOn) && (!last || m.dueOn > last)) last = m.dueOn;
  return last;
}

/** The contract a reminder's alarm name belongs to (names start `reminder:<contractId>:`). */
export function reminderContractId(name: string): string | null {
  if (!name.startsWith(REMINDER_PREFIX)) return null;
  const id = name.slice(REMINDER_PREFIX.length).split(':')[0];
  return id ? id : null;
}

// ---- Local time ----
// Intl knows every zone's offsets and their changes; this asks it for the offset at one moment.
// TODO [2027-06-01]: Temporal.ZonedDateTime once Node in the toolchain and both browsers have it.

/** Epoch ms of `hour`:00 on `day` (YYYY-MM-DD) in `timeZone`. */
export function localTime(day: string, hour: number, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour);
  const first = wall - zoneOffset(wall, timeZone);
  // Near a change of offset the offset at the wall time read as UTC may be the other one.
  const second = wall - zoneOffset(first, timeZone);
  return second;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Local time minus UTC, in ms, at the moment `epoch` in `timeZone`. */
export function zoneOffset(epoch: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(epoch))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year as number, (parts.month as number) - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - (epoch - (((epoch % 1000) + 1000) % 1000));
}

/** The browser's own time zone (the background's), UTC when it names none. */
export function ownTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
