// What the freelancer can do about a warning, from Upwork's published rules only. Every statement
// carries the Upwork page it comes from (sources.ts). Nothing here promises a Job Success Score
// outcome: Upwork does not publish the formula.
//
// The texts are English and live in the two tables below (ADVICE_TEXT, SUMMARY_TEXT) so that they
// can move to _locales later; the ready-to-send messages are translated (ready-messages.ts).

import { readyMessage } from './ready-messages';
import { type Source, type SourceId, sourcesFor } from './sources';
import type { ContractState, Warning, WarningKind } from './types';

export type { Source } from './sources';

export interface AdviceStep {
  text: string;
  sources: Source[];
}

export interface Advice {
  summary: string;
  steps: AdviceStep[];
  /** A message to copy and send, in the client's language when it is one of the eight supported. */
  readyMessage?: { lang: string; text: string };
  jssNote: { text: string; sources: Source[] };
}

export interface AdviceOptions {
  /** The interface language. Only English advice texts exist for now. */
  lang?: string;
  /** The client's language; otherwise the language detected in the client's message. */
  clientLang?: string;
  freelancerName?: string;
}

interface Statement {
  text: string;
  sources: readonly SourceId[];
}

/** Every statement of the advice, with where it comes from. `{name}` marks a value filled in. */
export const ADVICE_TEXT = {
  notObliged: {
    text: 'You are not obliged to do more than was agreed. Once an offer is accepted, its terms change only if both you and the client agree.',
    sources: ['changeTerms'],
  },
  proposeMilestone: {
    text: "Propose a new milestone for the extra work, or ask to raise the active milestone's amount, from the contract's milestones. The client accepts or declines it; the request does not expire.",
    sources: ['proposeMilestoneChanges'],
  },
  fundFirst: {
    text: 'Only money the client has deposited is protected; Upwork cannot help collect money that was promised but not deposited. Ask the client to fund the new milestone before you start the extra work.',
    sources: ['fixedPriceProtection'],
  },
  submitOriginal: {
    text: 'Submit the work you agreed to for payment on its milestone. The client then has 14 days to approve it or request changes; if they take no action, the payment is released to you automatically.',
    sources: ['milestonesFixedPrice', 'fixedPriceProtection'],
  },
  requestChangesRestarts: {
    text: '"Request changes" ends the review. When you submit the work again, a new 14-day review starts.',
    sources: ['milestonesFixedPrice', 'requestChangesSearch'],
  },
  reviewWindow: {
    text: 'The client has 14 days from your submission, until {deadline}, to approve the work or request changes. If they take no action by then, the payment is released to you automatically.',
    sources: ['milestonesFixedPrice', 'fixedPriceProtection'],
  },
  disputeOptions: {
    text: 'If the client does not release payment for work delivered as agreed, you can file a dispute. If the client ends the contract and asks for a refund of the money in escrow, you have 7 days to accept or dispute it, and a dispute is filed within 7 days of the contract ending.',
    sources: ['disputeNonRelease', 'disputeReleaseNote'],
  },
  dormant: {
    text: 'A fixed-price contract with money in escrow and no activity for 90 days becomes dormant, and Upwork starts closing it. Adding or changing a milestone counts as activity; messages alone do not.',
    sources: ['dormantContracts'],
  },
  weeklyLimit: {
    text: 'On an hourly contract the extra work is paid by the hour, but only hours within the weekly limit ({limit}) are billed and protected. Only the client can raise the limit: agree on a higher limit, or on a bonus for the extra hours, before you log them.',
    sources: ['weeklyLimit'],
  },
  jss: {
    text: 'Upwork does not publish the exact Job Success Score formula, so no one can tell you for certain how a choice changes your score. What Upwork has said: the score looks at jobs from the last 24 months. Since November 2020, contracts that end without feedback are left out of it, while contracts ended with feedback are counted. A contract left open with no payment for several months can start to count. Top Rated freelancers can ask to remove one contract from the score, once every 10 jobs and at most once every 3 months. Ending the contract with feedback, ending it without feedback and leaving it open are each possible; weigh them with these facts in mind.',
    sources: ['jobSuccessScore', 'noFeedbackContracts', 'jobSuccessScoreChanges', 'topRatedRemoval'],
  },
} as const satisfies Record<string, Statement>;

export type AdviceStatementId = keyof typeof ADVICE_TEXT;

/** What each warning means, in one sentence (no Upwork rule, so no source). */
export const SUMMARY_TEXT = {
  unpaid_scope: 'The client asked for work beyond what was agreed, and no milestone or payment for it has followed.',
  approval_blocked: 'The client ties approval or payment of your work to extra work.',
  review_deadline_open:
    'Your submission for {milestone} is in the client\'s 14-day review, which ends on {deadline} ({daysLeft} days left).',
  review_deadline_tomorrow:
    "Your submission for {milestone} is in the client's 14-day review, which ends tomorrow ({deadline}).",
  review_deadline_today: "The client's 14-day review of {milestone} ends today ({deadline}).",
  review_deadline_past:
    "The client's 14-day review of {milestone} ended on {deadline}; check that the payment was released.",
  terms_changed: "The contract's {field} changed after the contract started, and no amount changed with it.",
  hourly_over_limit: 'The client asked for more work on an hourly contract that has a weekly limit.',
  milestoneFallback: 'your milestone',
  limitHours: '{hours} hours a week',
  limitFallback: 'as set by the client',
  fieldTitle: 'title',
  fieldDescription: 'description',
  fieldMilestoneDescription: 'milestone description',
} as const;

/** The steps offered for each kind of warning, in order. */
const STEPS: Record<WarningKind, readonly AdviceStatementId[]> = {
  unpaid_scope: ['notObliged', 'proposeMilestone', 'fundFirst', 'submitOriginal'],
  approval_blocked: [
    'submitOriginal',
    'requestChangesRestarts',
    'notObliged',
    'proposeMilestone',
    'fundFirst',
    'disputeOptions',
  ],
  review_deadline: ['reviewWindow', 'requestChangesRestarts', 'dormant'],
  terms_changed: ['notObliged', 'proposeMilestone', 'fundFirst'],
  hourly_over_limit: ['weeklyLimit'],
};

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

function statement(id: AdviceStatementId, values: Record<string, string | number>): AdviceStep {
  const s: Statement = ADVICE_TEXT[id];
  return { text: fill(s.text, values), sources: sourcesFor(s.sources) };
}

function detailString(warning: Warning, key: string): string | null {
  const value = warning.detail?.[key];
  return value === undefined || value === null || value === '' ? null : String(value);
}

function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

export function adviceFor(warning: Warning, state: ContractState, options: AdviceOptions = {}): Advice {
  const milestone = detailString(warning, 'milestoneTitle');
  const deadline = detailString(warning, 'deadline') ?? '';
  const daysLeft = Number(warning.detail?.daysLeft ?? 0);
  const limit = state.contract?.weeklyLimit;
  const values: Record<string, string | number> = {
    milestone: milestone ? `"${milestone}"` : SUMMARY_TEXT.milestoneFallback,
    deadline,
    daysLeft,
    limit:
      typeof limit === 'number' && limit > 0
        ? fill(SUMMARY_TEXT.limitHours, { hours: limit })
        : SUMMARY_TEXT.limitFallback,
    field: fieldName(detailString(warning, 'field')),
  };

  const summaryKey = warning.kind === 'review_deadline' ? reviewSummaryKey(daysLeft) : warning.kind;
  const advice: Advice = {
    summary: fill(SUMMARY_TEXT[summaryKey], values),
    steps: STEPS[warning.kind].map((id) => statement(id, values)),
    jssNote: statement('jss', values),
  };

  const message = readyMessageFor(warning, state, options);
  if (message) advice.readyMessage = message;
  return advice;
}

function reviewSummaryKey(daysLeft: number): keyof typeof SUMMARY_TEXT {
  if (daysLeft > 1) return 'review_deadline_open';
  if (daysLeft === 1) return 'review_deadline_tomorrow';
  if (daysLeft === 0) return 'review_deadline_today';
  return 'review_deadline_past';
}

function fieldName(field: string | null): string {
  if (field === 'title') return SUMMARY_TEXT.fieldTitle;
  if (field === 'milestone_description') return SUMMARY_TEXT.fieldMilestoneDescription;
  return SUMMARY_TEXT.fieldDescription;
}

/** A milestone proposal to send, for the warnings about extra work on a fixed-price contract. */
function readyMessageFor(
  warning: Warning,
  state: ContractState,
  options: AdviceOptions,
): { lang: string; text: string } | undefined {
  if (warning.kind !== 'unpaid_scope' && warning.kind !== 'approval_blocked') return undefined;
  if (state.contract?.type === 'hourly' || !warning.quote) return undefined;
  const request = warning.quote;
  const evidence = detailString(warning, 'evidence');
  return readyMessage(options.clientLang ?? detailString(warning, 'lang'), {
    clientName: state.contract?.clientName ?? null,
    agreed: state.contract?.title ?? state.baseline?.title ?? null,
    request,
    work: shorten(evidence ?? request, 100),
    askApproval: warning.kind === 'approval_blocked',
    freelancerName: options.freelancerName ?? null,
  });
}
