import { describe, expect, it } from 'vitest';
import { ADVICE_TEXT, type Advice, adviceFor, SUMMARY_TEXT } from './advice';
import { READY_MESSAGE_LANGS } from './ready-messages';
import { SOURCES, UPWORK_SOURCE_HOSTS } from './sources';
import type { ContractState, Warning, WarningKind } from './types';

const state: ContractState = {
  id: '4242',
  contract: {
    id: '4242',
    title: 'Landing page for a bakery',
    clientName: 'Anna',
    type: 'fixed',
    budget: 500,
    currency: 'USD',
    startedOn: '2026-11-01',
    status: 'Active',
  },
  milestones: [],
  roomIds: [],
  baseline: null,
  firstSeenAt: '2026-11-01T09:00:00.000Z',
  lastSeenAt: '2026-11-26T09:00:00.000Z',
  lastProblems: [],
};

const hourlyState: ContractState = {
  ...state,
  contract: { ...(state.contract as NonNullable<ContractState['contract']>), type: 'hourly', weeklyLimit: 20 },
};

const REQUEST = 'Can you also add a blog section with 5 posts?';

function warning(kind: WarningKind, extra: Partial<Warning> = {}): Warning {
  return {
    id: `${kind}:x`,
    contractId: '4242',
    kind,
    severity: 'high',
    since: '2026-11-20T10:00:00.000Z',
    quote: REQUEST,
    messageId: 'm1',
    detail: { evidence: 'add a blog section', lang: 'en' },
    resolvesWhen: 'When paid.',
    ...extra,
  };
}

const WARNINGS: [Warning, ContractState][] = [
  [warning('unpaid_scope'), state],
  [warning('approval_blocked'), state],
  [
    warning('review_deadline', {
      quote: null,
      detail: { milestoneTitle: 'Design', deadline: '2026-12-04', daysLeft: 8, submittedOn: '2026-11-20' },
    }),
    state,
  ],
  [
    warning('terms_changed', {
      severity: 'medium',
      quote: 'One page plus a shop',
      detail: { field: 'description', before: 'One page', after: 'One page plus a shop' },
    }),
    state,
  ],
  [warning('hourly_over_limit', { severity: 'info', detail: { weeklyLimit: 20 } }), hourlyState],
];

const ALL_ADVICE: [WarningKind, Advice][] = WARNINGS.map(([w, s]) => [w.kind, adviceFor(w, s)]);

function allTexts(advice: Advice): string[] {
  return [advice.summary, ...advice.steps.map((s) => s.text), advice.jssNote.text, advice.readyMessage?.text ?? ''];
}

// Phrases that would promise a Job Success Score outcome, or any outcome at all.
const PROMISES = [
  /will not (affect|hurt|lower|harm|change|count against|impact)/i,
  /won['’]t (affect|hurt|lower|harm|change|count|impact)/i,
  /(does not|doesn['’]t|cannot|can['’]t|never) (affect|hurt|lower|harm|impact) (your )?(jss|job success|score)/i,
  /guarantee/i,
  /no (effect|impact) on (your )?(jss|job success|score)/i,
  /(safe|safer|best) for your (jss|job success|score)/i,
  /will (raise|improve|increase|lower|drop|protect|keep) (your )?(jss|job success|score)/i,
  /(protects?|keeps?) your (jss|job success|score)/i,
];

describe('advice', () => {
  it.each(ALL_ADVICE)('%s: every statement carries at least one source', (_kind, advice) => {
    expect(advice.steps.length).toBeGreaterThan(0);
    for (const step of advice.steps) expect(step.sources.length).toBeGreaterThan(0);
    expect(advice.jssNote.sources.length).toBeGreaterThan(0);
  });

  it.each(ALL_ADVICE)('%s: every source is https on upwork.com', (_kind, advice) => {
    for (const source of [...advice.steps.flatMap((s) => s.sources), ...advice.jssNote.sources]) {
      const url = new URL(source.url);
      expect(url.protocol).toBe('https:');
      expect(UPWORK_SOURCE_HOSTS as readonly string[]).toContain(url.hostname);
      expect(source.title.length).toBeGreaterThan(0);
    }
  });

  it.each(ALL_ADVICE)('%s: promises no Job Success Score outcome', (_kind, advice) => {
    for (const text of allTexts(advice)) for (const promise of PROMISES) expect(text).not.toMatch(promise);
    expect(advice.jssNote.text).toMatch(/does not publish/);
  });

  it.each(ALL_ADVICE)('%s: fills every placeholder', (_kind, advice) => {
    for (const text of allTexts(advice)) expect(text).not.toMatch(/\{\w+\}|undefined|null|NaN/);
  });

  it('no table text promises an outcome either', () => {
    const texts = [...Object.values(ADVICE_TEXT).map((s) => s.text), ...Object.values(SUMMARY_TEXT)];
    for (const text of texts) for (const promise of PROMISES) expect(text).not.toMatch(promise);
  });

  it('cites every source in the table, and only sources from it', () => {
    const cited = new Set(Object.values(ADVICE_TEXT).flatMap((s) => [...s.sources]));
    expect([...cited].sort()).toEqual(Object.keys(SOURCES).sort());
  });

  it('says what Upwork publishes about the review, milestones, funding, disputes and dormancy', () => {
    const text = (kind: WarningKind) =>
      (ALL_ADVICE.find(([k]) => k === kind)?.[1]?.steps ?? []).map((s) => s.text).join('\n');
    const blocked = text('approval_blocked');
    expect(blocked).toMatch(/14 days.*released to you automatically/s);
    expect(blocked).toMatch(/"Request changes" ends the review.*new 14-day review/s);
    expect(blocked).toMatch(/not obliged to do more than was agreed/);
    expect(blocked).toMatch(/Propose a new milestone/);
    expect(blocked).toMatch(/raise the active milestone's amount/);
    expect(blocked).toMatch(/fund the extra work .* before you start/);
    expect(blocked).toMatch(/7 calendar days to accept or dispute/);
    expect(text('review_deadline')).toMatch(/90 days after the last milestone's due date/);
    expect(text('review_deadline')).toMatch(/days 76 and 83/);
    expect(text('review_deadline')).toContain('2026-12-04');
    expect(text('hourly_over_limit')).toContain('20 hours a week');
    expect(text('hourly_over_limit')).toMatch(/bonus is not protected/);
  });

  it.each(['unpaid_scope', 'approval_blocked', 'terms_changed'] as const)(
    '%s: says that only one milestone is funded at a time, after the proposal',
    (kind) => {
      const steps = (ALL_ADVICE.find(([k]) => k === kind)?.[1]?.steps ?? []).map((s) => s.text);
      const funded = steps.findIndex((t) => /Only one milestone is funded at a time/.test(t));
      expect(funded).toBeGreaterThan(steps.findIndex((t) => /Propose a new milestone/.test(t)));
    },
  );

  it('explains the Job Success Score facts Upwork has published', () => {
    const { text, sources } = (ALL_ADVICE[0] as [WarningKind, Advice])[1].jssNote;
    expect(text).toMatch(/24 months/);
    expect(text).toMatch(/updated daily/);
    expect(text).toMatch(/November 2020.*without feedback/s);
    expect(text).toMatch(/no payment and no feedback does not affect/);
    expect(sources.map((s) => s.url)).toContain(SOURCES.jobSuccessScore.url);
  });

  // Top Rated freelancers could ask Upwork to remove a contract's feedback from the score until
  // 3 September 2024 (README-advice.md); the score now updates daily, so there is no "run" to wait for.
  it('mentions neither the ended feedback-removal perk nor a Job Success Score "run"', () => {
    const texts = [
      ...Object.values(ADVICE_TEXT).map((s) => s.text),
      ...Object.values(SUMMARY_TEXT),
      ...ALL_ADVICE.flatMap(([, advice]) => allTexts(advice)),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/top rated|remov\w* (one |a )?(contract|job|feedback)|feedback removal|once every 10|every 3 months/i);
      expect(text).not.toMatch(/\b(next|JSS|score) (run|update|recalculation)\b|\bwait (for|until)\b.*\b(score|JSS)\b|every (two|2) weeks/i);
    }
    for (const source of Object.values(SOURCES)) expect(`${source.title} ${source.url}`).not.toMatch(/top.?rated|205212/i);
  });

  it('gives every statement in the table at least one source, each one from the sources table', () => {
    for (const [id, statement] of Object.entries(ADVICE_TEXT)) {
      expect(statement.sources.length, id).toBeGreaterThan(0);
      for (const source of statement.sources) expect(Object.keys(SOURCES), id).toContain(source);
    }
  });

  it('summarises the review deadline with its date and days left, today, or passed', () => {
    const w = (daysLeft: number) =>
      warning('review_deadline', { quote: null, detail: { milestoneTitle: 'Design', deadline: '2026-12-04', daysLeft } });
    expect(adviceFor(w(8), state).summary).toBe(
      'Your submission for "Design" is in the client\'s 14-day review, which ends on 2026-12-04 (8 days left).',
    );
    expect(adviceFor(w(1), state).summary).toContain('ends tomorrow (2026-12-04)');
    expect(adviceFor(w(0), state).summary).toContain('ends today');
    expect(adviceFor(w(-2), state).summary).toContain('ended on 2026-12-04');
  });
});

describe('ready message', () => {
  it('is offered for extra work on a fixed-price contract, quoting the request', () => {
    const advice = adviceFor(warning('unpaid_scope'), state, { freelancerName: 'Sam' });
    expect(advice.readyMessage?.lang).toBe('en');
    expect(advice.readyMessage?.text).toContain(REQUEST);
    expect(advice.readyMessage?.text).toContain('Landing page for a bakery');
    expect(advice.readyMessage?.text).toContain('Hi Anna,');
    expect(advice.readyMessage?.text.trim().endsWith('Sam')).toBe(true);
  });

  it.each(READY_MESSAGE_LANGS)('is written in %s when the client wrote in it', (lang) => {
    const w = warning('unpaid_scope', { detail: { evidence: 'add a blog section', lang } });
    const fromDetection = adviceFor(w, state).readyMessage;
    expect(fromDetection?.lang).toBe(lang);
    expect(fromDetection?.text).toContain(REQUEST);
    const fromOption = adviceFor(warning('approval_blocked'), state, { clientLang: lang }).readyMessage;
    expect(fromOption?.lang).toBe(lang);
    expect(fromOption?.text).toContain(REQUEST);
  });

  it('is English when the client language is not one of the eight', () => {
    const w = warning('unpaid_scope', { detail: { evidence: 'x', lang: 'und' } });
    expect(adviceFor(w, state).readyMessage?.lang).toBe('en');
  });

  it('is not offered for the review deadline, hourly work or a quote-less warning', () => {
    expect(adviceFor((WARNINGS[2] as [Warning, ContractState])[0], state).readyMessage).toBeUndefined();
    expect(adviceFor(warning('hourly_over_limit'), hourlyState).readyMessage).toBeUndefined();
    expect(adviceFor(warning('unpaid_scope', { quote: null }), state).readyMessage).toBeUndefined();
  });
});

describe('a promised bonus', () => {
  const bonusWarning = (kind: WarningKind) =>
    warning(kind, {
      detail: { evidence: 'add a blog section', lang: 'en', bonus: 'bonus', bonusQuote: "I'll send you a bonus for it." },
    });

  it.each(['unpaid_scope', 'approval_blocked'] as const)(
    '%s: adds a step saying a bonus is not protected, quoting the promise, with its source',
    (kind) => {
      const advice = adviceFor(bonusWarning(kind), state);
      const texts = advice.steps.map((s) => s.text);
      const at = texts.findIndex((t) => /A bonus is not protected/.test(t));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(texts[at]).toContain('"I\'ll send you a bonus for it"');
      expect(advice.steps[at]?.sources.map((s) => s.url)).toEqual([SOURCES.bonusPayments.url]);
      // Before the step that asks to fund the work first.
      expect(at).toBeLessThan(texts.findIndex((t) => /fund the extra work/.test(t)));
      for (const text of allTexts(advice)) expect(text).not.toMatch(/\{\w+\}|undefined|null/);
    },
  );

  it('says so in the summary of unpaid extra work', () => {
    expect(adviceFor(bonusWarning('unpaid_scope'), state).summary).toMatch(/offered a bonus/);
  });

  it('adds nothing when no bonus was promised', () => {
    for (const [, advice] of ALL_ADVICE) {
      for (const step of advice.steps) expect(step.text).not.toMatch(/A bonus is not protected/);
    }
  });
});
