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

/**
 * Every statement of the advice, with where it comes from. `{name}` marks a value filled in.
 * README-advice.md records what each statement was checked against, and when.
 */
export const ADVICE_TEXT = {
  notObliged: {
    text: 'You are not obliged to do more than was agreed. Once an offer is accepted, its terms change only if both you and the client agree.',
    sources: ['changeTerms'],
  },
  proposeMilestone: {
    text: "Propose a new milestone for the extra work, or ask to raise the active milestone's amount, from the contract's milestones. The client accepts or declines; the request does not expire. If the client accepts a higher amount, the increase is deposited for that milestone.",
    sources: ['proposeMilestoneChanges'],
  },
  oneFunded: {
    text: "Only one milestone is funded at a time: the next one can be funded only after the current one is paid. A new milestone for the extra work is therefore funded later; raising the active milestone's amount gets the extra work funded now.",
    sources: ['milestonesFixedPrice', 'addEditMilestones'],
  },
  fundFirst: {
    text: 'Only money the client has deposited is protected; Upwork cannot help collect money that was promised but not deposited. Ask the client to fund the extra work (the new milestone or the higher amount) before you start it.',
    sources: ['fixedPriceProtection'],
  },
  bonusNotProtected: {
    text: 'The client offered a bonus ({bonus}). A bonus is not protected: bonus payments are not covered by Upwork Payment Protection and cannot be disputed, so a promised bonus may never be paid. Unless it has already reached you, ask for a new milestone or a higher milestone amount instead, funded before you start.',
    sources: ['bonusPayments'],
  },
  submitOriginal: {
    text: 'Submit the work you agreed to for payment on its milestone. The client then has 14 days to approve it or request changes; if they take no action, the payment is released to you automatically.',
    sources: ['milestonesFixedPrice', 'fixedPriceProtection'],
  },
  requestChangesRestarts: {
    text: '"Request changes" ends the review. When you submit the work again, a new 14-day review starts.',
    sources: ['reviewMilestone'],
  },
  reviewWindow: {
    text: 'The client has 14 days from your submission, until {deadline}, to approve the work or request changes. If they take no action by then, the payment is released to you automatically.',
    sources: ['milestonesFixedPrice', 'fixedPriceProtection'],
  },
  disputeOptions: {
    text: 'If the client does not release payment for work delivered as agreed, you can file a dispute. If the client ends the contract and asks for a refund of the funds still held, you have 7 calendar days to accept or dispute it; without a dispute in those 7 days, the remaining funds go back to the client.',
    sources: ['disputeNonRelease', 'disputeReleaseNote'],
  },
  dormant: {
    text: 'A fixed-price contract that still holds funds goes dormant 90 days after the last milestone\'s due date if nothing happens on it: Upwork sends notices on days 76 and 83, marks it dormant on day 90 and starts closing it, and if neither of you acts then, the funds go back to the client. Adding a milestone or changing one keeps the contract open; messages are not listed among what counts.',
    sources: ['dormantContracts'],
  },
  weeklyLimit: {
    text: 'On an hourly contract the extra work is paid by the hour, but only hours within the weekly limit ({limit}) are billed and protected. Only the client can raise the limit: agree on a higher limit before you log the extra hours. The client can also pay hours over the limit as a bonus, but a bonus is not protected.',
    sources: ['weeklyLimit', 'bonusPayments'],
  },
  jss: {
    text: 'Upwork does not publish the exact Job Success Score formula, so no one can tell you for certain how a choice changes your score. What Upwork has said: the score looks at jobs from the last 24 months and is updated daily. Since November 2020, contracts that end without feedback are left out of it, while contracts ended with feedback are counted; Upwork\'s current help says a contract with no payment and no feedback does not affect the score, while an older article says a contract left open with no payment for several months can start to count. Ending the contract with feedback, ending it without feedback and leaving it open are each possible; weigh them with these facts in mind.',
    sources: ['jobSuccessScore', 'noFeedbackContracts', 'jobSuccessScoreFactors', 'jobSuccessScoreChanges'],
  },
} as const satisfies Record<string, Statement>;

export type AdviceStatementId = keyof typeof ADVICE_TEXT;

/** What each warning means, in one sentence (no Upwork rule, so no source). */
export const SUMMARY_TEXT = {
  unpaid_scope: 'The client asked for work beyond what was agreed, and no milestone or payment for it has followed.',
  unpaid_scope_bonus:
    'The client asked for work beyond what was agreed and offered a bonus for it, but no milestone or higher amount has followed.',
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
  unpaid_scope: ['notObliged', 'proposeMilestone', 'oneFunded', 'fundFirst', 'submitOriginal'],
  approval_blocked: [
    'submitOriginal',
    'requestChangesRestarts',
    'notObliged',
    'proposeMilestone',
    'oneFunded',
    'fundFirst',
    'disputeOptions',
  ],
  review_deadline: ['reviewWindow', 'requestChangesRestarts', 'dormant'],
  terms_changed: ['notObliged', 'proposeMilestone', 'oneFunded', 'fundFirst'],
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

  // A promised bonus (rules.ts, bonus.ts) is said plainly, right after the ask for a milestone.
  const bonus = detailString(warning, 'bonus');
  const steps: AdviceStatementId[] = [...STEPS[warning.kind]];
  if (bonus && (warning.kind === 'unpaid_scope' || warning.kind === 'approval_blocked')) {
    const said = detailString(warning, 'bonusQuote')?.replace(/[\s.!?。！？।]+$/u, '');
    values.bonus = `"${shorten(said || bonus, 160)}"`;
    steps.splice(steps.indexOf('fundFirst'), 0, 'bonusNotProtected');
  }
  const summaryKey =
    warning.kind === 'review_deadline'
      ? reviewSummaryKey(daysLeft)
      : warning.kind === 'unpaid_scope' && bonus
        ? 'unpaid_scope_bonus'
        : warning.kind;
  const advice: Advice = {
    summary: fill(SUMMARY_TEXT[summaryKey], values),
    steps: steps.map((id) => statement(id, values)),
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
