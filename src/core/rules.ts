// The rules: a contract's timeline -> the warnings that stand now, each with what resolves it.
// Pure and synchronous. The scope detector is a parameter, so the rules are tested with plain data.

import { type BonusPromise, bonusPromise } from './bonus';
import type {
  ContractState,
  Dismissal,
  Message,
  MilestoneSnapshot,
  ScopeVerdict,
  Severity,
  TimelineEvent,
  Warning,
} from './types';

/** The scope detector, as the rules call it (`detectScope` from ./scope fits this shape). */
export type Detector = (
  text: string,
  context?: { agreedScope?: string | null; lang?: string | null },
) => ScopeVerdict;

/**
 * How readily a detector verdict becomes a warning. The detector applies the same setting itself,
 * so 'high' and 'normal' (and omitted) take its verdict as given; 'low' also asks for confidence.
 */
export type RuleSensitivity = 'low' | 'normal' | 'high';

export interface DeriveOptions {
  detect: Detector;
  /** ISO 8601: the moment the warnings are computed for (days left to a deadline). */
  now: string;
  dismissals?: Dismissal[];
  sensitivity?: RuleSensitivity;
}

export interface DerivedWarnings {
  /** Ordered by severity (high first), then since (oldest first). */
  warnings: Warning[];
  /** Verdict of every client message, by message id, so the UI can mark each one. */
  verdicts: Map<string, ScopeVerdict>;
  /** Every client request for added scope (any contract type), and whether pay for it followed. */
  scopeRequests: ScopeRequest[];
}

export interface ScopeRequest {
  messageId: string;
  at: string;
  quote: string;
  /**
   * A milestone was added or raised after it, the client offered pay, or a milestone is named like
   * it. A promised bonus alone is not pay for it (bonuses are not protected).
   */
  paid: boolean;
}

const MIN_CONFIDENCE: Record<RuleSensitivity, number> = { high: 0, normal: 0, low: 0.6 };

/** The client has 14 days to review a submission (Upwork Help: Milestones for fixed-price jobs). */
export const REVIEW_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
const QUOTE_MAX = 280;

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, info: 2 };

/** What resolves each warning, in plain words (kept together so they can move to _locales). */
export const RESOLVES_WHEN = {
  unpaid_scope:
    'A milestone is added for this work, a milestone amount is raised, or the client offers to pay for it. A promised bonus alone does not count: bonuses are not protected.',
  approval_blocked:
    'The client approves or pays the submitted milestone, or a milestone or payment is offered for the extra work. A promised bonus alone does not count: bonuses are not protected.',
  review_deadline:
    'The client approves the milestone, or the 14-day review ends and the payment is released automatically.',
  terms_changed:
    'The milestone amounts or budget are changed to match the new terms, or you agree with the client on them.',
  hourly_over_limit:
    'Informational: the client raises the weekly limit, or you agree on the extra hours before logging them.',
} as const;

// ---- Time ----

function time(iso: string | null | undefined): number {
  if (!iso) return Number.NaN;
  return Date.parse(iso);
}

function isAfter(a: string, b: string): boolean {
  return time(a) > time(b);
}

function dayOf(iso: string): string {
  const t = time(iso);
  return Number.isNaN(t) ? iso.slice(0, 10) : new Date(t).toISOString().slice(0, 10);
}

/** YYYY-MM-DD plus whole calendar days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / DAY_MS);
}

export function byTime(a: TimelineEvent, b: TimelineEvent): number {
  const d = time(a.at) - time(b.at);
  if (d !== 0 && !Number.isNaN(d)) return d;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// ---- Words ----

// Words that say nothing about *which* work is meant: a milestone titled "Website" or "Phase 2"
// must not swallow every request that mentions the website.
const GENERIC_WORDS = new Set(
  (
    'the and for with from that this these those into onto also please can could would will you your ' +
    'our are was were have has had need needs want wants like just more one two three some any all ' +
    'add adding added make making new extra additional another other too very then than now what ' +
    'milestone milestones phase part stage step final first second third initial work task tasks job ' +
    'project website site app page pages design fix fixes change changes update updates revision ' +
    'revisions deliverable deliverables delivery version item items thing things stuff'
  ).split(' '),
);

function significantWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (raw.length < 3 || /^\d+$/.test(raw)) continue;
    const word = raw.length > 4 && raw.endsWith('s') ? raw.slice(0, -1) : raw;
    if (GENERIC_WORDS.has(word) || GENERIC_WORDS.has(raw)) continue;
    words.add(word);
  }
  return words;
}

/** A milestone is "named like" a request when its title's distinctive words are in the request. */
export function namedLike(requestText: string, milestoneTitle: string): boolean {
  const title = significantWords(milestoneTitle);
  if (title.size === 0) return false;
  const request = significantWords(requestText);
  let shared = 0;
  for (const word of title) if (request.has(word)) shared++;
  return shared >= Math.min(2, title.size);
}

/** The sentence of `text` that holds `evidence`, or the evidence itself, or the text (short). */
export function evidenceSentence(text: string, evidence: string | undefined): string {
  const clean = text.trim();
  if (evidence) {
    const needle = evidence.trim().toLowerCase();
    const sentences = clean.split(/(?<=[.!?。！？؟।])\s+|\n+/u);
    const found = sentences.find((s) => s.toLowerCase().includes(needle));
    if (found) return shorten(found.trim(), QUOTE_MAX);
    return shorten(evidence.trim(), QUOTE_MAX);
  }
  return shorten(clean, QUOTE_MAX);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

// ---- The rules ----

interface ClientMessage {
  message: Message;
  at: string;
  verdict: ScopeVerdict;
}

export function deriveWarnings(
  state: ContractState,
  events: TimelineEvent[],
  options: DeriveOptions,
): DerivedWarnings {
  const sorted = [...events].sort(byTime);
  const firstSeen = firstSeenAt(state, sorted);
  const minConfidence = options.sensitivity ? MIN_CONFIDENCE[options.sensitivity] : 0;
  const agreedScope = agreedScopeOf(state, sorted);

  const verdicts = new Map<string, ScopeVerdict>();
  const clientMessages: ClientMessage[] = [];
  for (const event of sorted) {
    const message = event.message;
    if (event.kind !== 'message' || !message || message.sender !== 'client') continue;
    if (verdicts.has(message.id)) continue;
    const verdict = options.detect(message.text, { agreedScope, lang: null });
    verdicts.set(message.id, verdict);
    clientMessages.push({ message, at: event.at, verdict });
  }
  const confident = (v: ScopeVerdict) => v.confidence >= minConfidence;
  const requests = clientMessages.filter((m) => m.verdict.adds_scope && confident(m.verdict));

  const facts = new PaymentFacts(sorted, clientMessages.filter((m) => confident(m.verdict)), firstSeen);
  const titles = milestoneTitles(state, sorted);
  const scopeRequests: ScopeRequest[] = requests.map((request) => {
    const quote = evidenceSentence(request.message.text, addsScopeEvidence(request));
    const paid =
      facts.paidAfter(request.at, request.message.id) || titles.some((title) => namedLike(quote, title));
    return { messageId: request.message.id, at: request.at, quote, paid };
  });
  const type = state.contract?.type ?? null;
  const warnings: Warning[] = [];

  if (type !== 'hourly') {
    warnings.push(...unpaidScope(state, requests, scopeRequests, facts));
  }
  warnings.push(...approvalBlocked(state, sorted, clientMessages, confident, facts));
  warnings.push(...reviewDeadline(state, sorted, options.now));
  warnings.push(...termsChanged(state, sorted, firstSeen));
  if (type === 'hourly' && (state.contract?.weeklyLimit ?? 0) > 0) {
    warnings.push(...hourlyOverLimit(state, requests));
  }

  const dismissed = new Set(
    (options.dismissals ?? [])
      .filter((d) => d.contractId === state.id || state.roomIds.includes(d.contractId))
      .map((d) => d.warningId),
  );
  const seen = new Set<string>();
  const kept = warnings.filter((w) => {
    if (dismissed.has(w.id) || seen.has(w.id)) return false;
    seen.add(w.id);
    return true;
  });
  kept.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      time(a.since) - time(b.since) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { warnings: kept, verdicts, scopeRequests };
}

/** For ordering the contract list: any high beats any medium beats any info, then the count. */
export function contractRisk(warnings: readonly Warning[]): number {
  if (warnings.length === 0) return 0;
  const top = Math.min(...warnings.map((w) => SEVERITY_RANK[w.severity]));
  return (3 - top) * 1000 + Math.min(warnings.length, 999);
}

function firstSeenAt(state: ContractState, sorted: TimelineEvent[]): string {
  const seen = sorted.find((e) => e.kind === 'contract_seen');
  if (seen && (!state.firstSeenAt || isAfter(state.firstSeenAt, seen.at))) return seen.at;
  return state.firstSeenAt;
}

function agreedScopeOf(state: ContractState, sorted: TimelineEvent[]): string | null {
  const parts: string[] = [];
  if (state.baseline?.title) parts.push(state.baseline.title);
  if (state.baseline?.text) parts.push(state.baseline.text);
  else if (state.contract?.description) parts.push(state.contract.description);
  for (const title of milestoneTitles(state, sorted)) parts.push(title);
  return parts.length > 0 ? parts.join('\n') : null;
}

function milestoneTitles(state: ContractState, sorted: TimelineEvent[]): string[] {
  const titles = new Set(state.milestones.map((m) => m.title));
  for (const e of sorted) if (e.kind === 'milestone_added' && e.milestone) titles.add(e.milestone.title);
  return [...titles];
}

/** What counts as paying for extra work, and when it happened. */
class PaymentFacts {
  /** Milestones added after the contract was first seen (the ones there at first are the deal). */
  readonly addedMilestones: TimelineEvent[];
  readonly raises: TimelineEvent[];
  /** Offers of protected pay: a milestone, a raised amount or price, or pay not named a bonus. */
  readonly offers: ClientMessage[];
  /** Offers that are a bonus and nothing else: they resolve nothing, and the advice says why. */
  readonly bonusPromises: { message: ClientMessage; bonus: BonusPromise }[] = [];

  constructor(sorted: TimelineEvent[], clientMessages: ClientMessage[], firstSeen: string) {
    this.addedMilestones = sorted.filter(
      (e) => e.kind === 'milestone_added' && !(e.atSource === 'observed' && !isAfter(e.at, firstSeen)),
    );
    this.raises = sorted.filter(
      (e) =>
        (e.kind === 'milestone_amount_changed' || (e.kind === 'terms_changed' && e.field === 'budget')) &&
        typeof e.after === 'number' &&
        (typeof e.before !== 'number' || e.after > e.before),
    );
    this.offers = [];
    for (const m of clientMessages) {
      if (!m.verdict.offers_payment) continue;
      const bonus = bonusPromise(m.verdict);
      if (bonus) this.bonusPromises.push({ message: m, bonus });
      else this.offers.push(m);
    }
  }

  /** Paid for after `at`: a milestone added, an amount raised, or the client offered pay. */
  paidAfter(at: string, messageId: string | null): boolean {
    return (
      this.addedMilestones.some((e) => isAfter(e.at, at)) ||
      this.raises.some((e) => isAfter(e.at, at)) ||
      this.offers.some((m) => m.message.id === messageId || isAfter(m.at, at))
    );
  }

  /** The first bonus promised for a request at `at` (in the same message or a later one). */
  bonusAfter(at: string, messageId: string | null): BonusPromise | null {
    const found = this.bonusPromises.find(({ message: m }) => m.message.id === messageId || isAfter(m.at, at));
    return found?.bonus ?? null;
  }
}

/** The warning's detail fields for a promised bonus: the words that decided it, and the sentence. */
function bonusDetail(bonus: BonusPromise | null): Record<string, string> {
  return bonus ? { bonus: bonus.words.join(', '), bonusQuote: shorten(bonus.quote, QUOTE_MAX) } : {};
}

function addsScopeEvidence(request: ClientMessage): string | undefined {
  return request.verdict.evidenceBySignal.adds_scope[0] ?? request.verdict.evidence[0];
}

function unpaidScope(
  state: ContractState,
  requests: ClientMessage[],
  outcomes: ScopeRequest[],
  facts: PaymentFacts,
): Warning[] {
  const warnings: Warning[] = [];
  requests.forEach((request, i) => {
    const outcome = outcomes[i];
    if (!outcome || outcome.paid) return;
    const evidence = addsScopeEvidence(request);
    const quote = outcome.quote;
    warnings.push({
      id: `unpaid_scope:${request.message.id}`,
      contractId: state.id,
      kind: 'unpaid_scope',
      severity: 'high',
      since: request.at,
      quote,
      messageId: request.message.id,
      detail: {
        evidence: evidence ?? null,
        lang: request.verdict.lang,
        ...bonusDetail(facts.bonusAfter(request.at, request.message.id)),
      },
      resolvesWhen: RESOLVES_WHEN.unpaid_scope,
    });
  });
  return warnings;
}

function approvalBlocked(
  state: ContractState,
  sorted: TimelineEvent[],
  clientMessages: ClientMessage[],
  confident: (v: ScopeVerdict) => boolean,
  facts: PaymentFacts,
): Warning[] {
  const statusEvents = sorted.filter((e) => e.kind === 'milestone_status_changed' && e.milestone);
  const approvedAfter = (at: string, key: string | null) =>
    statusEvents.some(
      (e) =>
        (key === null || e.milestone?.key === key) &&
        (e.milestone?.status === 'approved' || e.milestone?.status === 'paid') &&
        isAfter(e.at, at),
    );
  const warnings: Warning[] = [];
  const raise = (m: ClientMessage, milestoneKey: string | null, evidence: string | undefined) => {
    if (approvedAfter(m.at, milestoneKey) || facts.paidAfter(m.at, m.message.id)) return;
    warnings.push({
      id: `approval_blocked:${m.message.id}`,
      contractId: state.id,
      kind: 'approval_blocked',
      severity: 'high',
      since: m.at,
      quote: evidenceSentence(m.message.text, evidence),
      messageId: m.message.id,
      detail: {
        milestoneKey,
        evidence: evidence ?? null,
        lang: m.verdict.lang,
        ...bonusDetail(facts.bonusAfter(m.at, m.message.id)),
      },
      resolvesWhen: RESOLVES_WHEN.approval_blocked,
    });
  };

  // The client ties approval, payment or closing to something.
  for (const m of clientMessages) {
    if (!m.verdict.blocks_approval || !confident(m.verdict)) continue;
    const evidence = m.verdict.evidenceBySignal.blocks_approval[0] ?? m.verdict.evidence[0];
    raise(m, null, evidence);
  }

  // The client asks for changes to submitted work, and the message asking adds scope.
  const lastStatus = new Map<string, string>();
  const submittedAt = new Map<string, string>();
  for (const e of statusEvents) {
    const milestone = e.milestone as MilestoneSnapshot;
    const before = typeof e.before === 'string' ? e.before : lastStatus.get(milestone.key);
    if (milestone.status === 'submitted') submittedAt.set(milestone.key, e.at);
    if (milestone.status === 'changes_requested' && before === 'submitted') {
      const from = submittedAt.get(milestone.key) ?? e.at;
      const until = time(e.at) + DAY_MS;
      const asking = clientMessages.filter(
        (m) =>
          m.verdict.adds_scope &&
          confident(m.verdict) &&
          time(m.at) >= time(from) &&
          time(m.at) <= until,
      );
      for (const m of asking) raise(m, milestone.key, addsScopeEvidence(m));
    }
    lastStatus.set(milestone.key, milestone.status);
  }
  return warnings;
}

/** A submitted milestone whose client review is running: when it was submitted and when the review ends. */
export interface ReviewPeriod {
  milestoneKey: string;
  milestone: MilestoneSnapshot | undefined;
  submission: TimelineEvent;
  /** YYYY-MM-DD. */
  submittedOn: string;
  /** YYYY-MM-DD: the day the payment is released automatically if the client does nothing. */
  deadline: string;
}

/**
 * Every milestone that stands submitted now, with the submission that started its review (the
 * first "submitted" after the last other status: a resubmission after changes starts a new one).
 */
export function reviewPeriods(state: ContractState, events: readonly TimelineEvent[]): ReviewPeriod[] {
  const byKey = new Map<string, TimelineEvent[]>();
  for (const e of [...events].sort(byTime)) {
    if (!e.milestone || (e.kind !== 'milestone_status_changed' && e.kind !== 'milestone_added')) continue;
    const list = byKey.get(e.milestone.key) ?? [];
    list.push(e);
    byKey.set(e.milestone.key, list);
  }
  const current = new Map(state.milestones.map((m) => [m.key, m] as const));
  const keys = current.size > 0 ? [...current.keys()] : [...byKey.keys()];
  const periods: ReviewPeriod[] = [];
  for (const key of keys) {
    const history = byKey.get(key) ?? [];
    const status = current.get(key)?.status ?? history.at(-1)?.milestone?.status;
    if (status !== 'submitted') continue;
    let submission: TimelineEvent | undefined;
    for (const e of history) {
      if (e.milestone?.status === 'submitted') submission ??= e;
      else submission = undefined;
    }
    if (!submission) continue;
    const submittedOn = dayOf(submission.at);
    periods.push({
      milestoneKey: key,
      milestone: current.get(key) ?? submission.milestone,
      submission,
      submittedOn,
      deadline: addDays(submittedOn, REVIEW_DAYS),
    });
  }
  return periods;
}

function reviewDeadline(state: ContractState, sorted: TimelineEvent[], now: string): Warning[] {
  const today = dayOf(now);
  return reviewPeriods(state, sorted).map(({ milestoneKey: key, milestone, submission, submittedOn, deadline }) => ({
    id: `review_deadline:${key}:${submittedOn}`,
    contractId: state.id,
    kind: 'review_deadline',
    severity: 'info',
    since: submission.at,
    quote: null,
    detail: {
      milestoneKey: key,
      milestoneTitle: milestone?.title ?? null,
      amount: milestone?.amount ?? null,
      currency: milestone?.currency ?? null,
      submittedOn,
      deadline,
      daysLeft: daysBetween(today, deadline),
      dateSource: submission.atSource,
    },
    resolvesWhen: RESOLVES_WHEN.review_deadline,
  }));
}

function termsChanged(state: ContractState, sorted: TimelineEvent[], firstSeen: string): Warning[] {
  const amountChanges = sorted.filter(
    (e) => e.kind === 'milestone_amount_changed' || (e.kind === 'terms_changed' && e.field === 'budget'),
  );
  const warnings: Warning[] = [];
  for (const e of sorted) {
    const isTerms = e.kind === 'terms_changed' && (e.field === 'title' || e.field === 'description');
    if (!isTerms && e.kind !== 'milestone_description_changed') continue;
    if (!isAfter(e.at, firstSeen)) continue;
    if (amountChanges.some((a) => time(a.at) >= time(e.at))) continue;
    const field = e.kind === 'milestone_description_changed' ? 'milestone_description' : (e.field ?? null);
    const after = e.after ?? e.milestone?.description ?? null;
    warnings.push({
      id: `terms_changed:${e.id}`,
      contractId: state.id,
      kind: 'terms_changed',
      severity: 'medium',
      since: e.at,
      quote: after === null ? null : shorten(String(after), QUOTE_MAX),
      detail: {
        field,
        milestoneKey: e.milestone?.key ?? null,
        before: e.before === undefined || e.before === null ? null : shorten(String(e.before), 2000),
        after: after === null ? null : shorten(String(after), 2000),
      },
      resolvesWhen: RESOLVES_WHEN.terms_changed,
    });
  }
  return warnings;
}

function hourlyOverLimit(state: ContractState, requests: ClientMessage[]): Warning[] {
  return requests.map((request) => {
    const evidence = addsScopeEvidence(request);
    return {
      id: `hourly_over_limit:${request.message.id}`,
      contractId: state.id,
      kind: 'hourly_over_limit',
      severity: 'info',
      since: request.at,
      quote: evidenceSentence(request.message.text, evidence),
      messageId: request.message.id,
      detail: { weeklyLimit: state.contract?.weeklyLimit ?? null, evidence: evidence ?? null },
      resolvesWhen: RESOLVES_WHEN.hourly_over_limit,
    };
  });
}
