import { describe, expect, it } from 'vitest';
import { contractRisk, type Detector, deriveWarnings, evidenceSentence, namedLike } from './rules';
import type {
  ContractState,
  Dismissal,
  Message,
  MilestoneSnapshot,
  MilestoneStatus,
  ScopeVerdict,
  Sender,
  TimelineEvent,
  Warning,
} from './types';

// ---- A fake detector built from plain data: text -> the words that decided each signal ----

type Signals = Partial<Record<'adds_scope' | 'offers_payment' | 'blocks_approval', string[]>> & {
  confidence?: number;
  lang?: string;
};

function fakeDetector(table: Record<string, Signals>, calls: Parameters<Detector>[] = []): Detector {
  return (text, context) => {
    calls.push([text, context]);
    const s = table[text] ?? {};
    const bySignal = {
      adds_scope: s.adds_scope ?? [],
      offers_payment: s.offers_payment ?? [],
      blocks_approval: s.blocks_approval ?? [],
    };
    const verdict: ScopeVerdict = {
      adds_scope: bySignal.adds_scope.length > 0,
      offers_payment: bySignal.offers_payment.length > 0,
      blocks_approval: bySignal.blocks_approval.length > 0,
      confidence: s.confidence ?? 0.9,
      evidence: [...bySignal.adds_scope, ...bySignal.offers_payment, ...bySignal.blocks_approval],
      evidenceBySignal: bySignal,
      lang: s.lang ?? 'en',
    };
    return verdict;
  };
}

// ---- Plain data builders ----

const CONTRACT_ID = '4242';
const NOW = '2026-11-26T12:00:00.000Z';

function state(overrides: Partial<ContractState> = {}): ContractState {
  return {
    id: CONTRACT_ID,
    contract: {
      id: CONTRACT_ID,
      title: 'Landing page for a bakery',
      clientName: 'Anna',
      type: 'fixed',
      budget: 500,
      currency: 'USD',
      startedOn: '2026-11-01',
      status: 'Active',
    },
    milestones: [milestone('Landing page design', 'funded')],
    roomIds: ['room_abc'],
    baseline: {
      source: 'offer',
      title: 'Landing page for a bakery',
      text: 'One responsive landing page with a hero, menu and contact section.',
      seenAt: '2026-11-01T09:00:00.000Z',
      url: null,
    },
    firstSeenAt: '2026-11-01T09:00:00.000Z',
    lastSeenAt: NOW,
    lastProblems: [],
    ...overrides,
  };
}

function hourly(weeklyLimit: number | null): ContractState {
  const base = state();
  return state({
    contract: { ...(base.contract as NonNullable<ContractState['contract']>), type: 'hourly', budget: null, weeklyLimit },
    milestones: [],
  });
}

function milestone(title: string, status: MilestoneStatus, amount = 500): MilestoneSnapshot {
  return {
    key: title.toLowerCase(),
    title,
    amount,
    currency: 'USD',
    dueOn: null,
    status,
  };
}

let seq = 0;
function event(kind: TimelineEvent['kind'], at: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  seq++;
  return {
    id: `${kind}:${seq}`,
    contractId: CONTRACT_ID,
    kind,
    at,
    atSource: 'page',
    observedAt: at,
    ...extra,
  };
}

function message(id: string, at: string, text: string, sender: Sender = 'client'): TimelineEvent {
  const m: Message = { id, sender, author: sender === 'client' ? 'Anna' : 'Me', sentAt: at, text };
  return event('message', at, { message: m });
}

function statusChange(at: string, title: string, status: MilestoneStatus, before?: MilestoneStatus) {
  return event('milestone_status_changed', at, {
    milestone: milestone(title, status),
    field: 'status',
    before: before ?? null,
    after: status,
  });
}

const seen = () => event('contract_seen', '2026-11-01T09:00:00.000Z', { atSource: 'observed' });

const BLOG = 'Looks great so far. Can you also add a blog section with 5 posts? Thanks!';
const BUGFIX = 'The contact button is broken on mobile, please fix it.';
const PAY = 'Sure, I will add a milestone for the blog.';
const BLOCK = 'I will only approve the milestone after you also build the blog.';
const detect = fakeDetector({
  [BLOG]: { adds_scope: ['add a blog section'] },
  [PAY]: { offers_payment: ['I will add a milestone'] },
  [BLOCK]: { blocks_approval: ['only approve the milestone after'], adds_scope: ['also build the blog'] },
  [BUGFIX]: {},
});

function derive(s: ContractState, events: TimelineEvent[], extra: { dismissals?: Dismissal[] } = {}) {
  return deriveWarnings(s, events, { detect, now: NOW, ...extra });
}

const kinds = (ws: Warning[]) => ws.map((w) => w.kind);

// ---- unpaid_scope ----

describe('unpaid_scope', () => {
  it('warns about a client request for added scope, quoting the sentence that asks', () => {
    const { warnings, verdicts } = derive(state(), [seen(), message('m1', '2026-11-10T14:00:00.000Z', BLOG)]);
    expect(warnings).toHaveLength(1);
    const w = warnings[0] as Warning;
    expect(w).toMatchObject({
      id: 'unpaid_scope:m1',
      contractId: CONTRACT_ID,
      kind: 'unpaid_scope',
      severity: 'high',
      since: '2026-11-10T14:00:00.000Z',
      quote: 'Can you also add a blog section with 5 posts?',
      messageId: 'm1',
    });
    expect(w.resolvesWhen).toMatch(/milestone/);
    expect(verdicts.get('m1')?.adds_scope).toBe(true);
  });

  it('is resolved by a milestone added after the request', () => {
    const events = [
      seen(),
      message('m1', '2026-11-10T14:00:00.000Z', BLOG),
      event('milestone_added', '2026-11-11T08:00:00.000Z', { milestone: milestone('Extra work', 'not_funded', 150) }),
    ];
    expect(derive(state(), events).warnings).toEqual([]);
  });

  it('is not resolved by a milestone added before the request', () => {
    const events = [
      seen(),
      event('milestone_added', '2026-11-05T08:00:00.000Z', { milestone: milestone('Extra work', 'funded', 150) }),
      message('m1', '2026-11-10T14:00:00.000Z', BLOG),
    ];
    expect(kinds(derive(state(), events).warnings)).toEqual(['unpaid_scope']);
  });

  it('does not count the milestones already there when the contract was first seen', () => {
    // First reading after install: the old milestone is "added" at observation time, after the
    // (older) message; it is part of the deal, not a payment for the request.
    const events = [
      message('m1', '2026-10-20T14:00:00.000Z', BLOG),
      event('contract_seen', '2026-11-01T09:00:00.000Z', { atSource: 'observed' }),
      event('milestone_added', '2026-11-01T09:00:00.000Z', {
        atSource: 'observed',
        milestone: milestone('Landing page design', 'funded'),
      }),
    ];
    expect(kinds(derive(state(), events).warnings)).toEqual(['unpaid_scope']);
  });

  it('is resolved when a milestone amount is raised after the request, not when it is lowered', () => {
    const raised = event('milestone_amount_changed', '2026-11-12T08:00:00.000Z', {
      milestone: milestone('Landing page design', 'funded', 650),
      field: 'amount',
      before: 500,
      after: 650,
    });
    const lowered = event('milestone_amount_changed', '2026-11-12T08:00:00.000Z', {
      milestone: milestone('Landing page design', 'funded', 400),
      field: 'amount',
      before: 500,
      after: 400,
    });
    const request = message('m1', '2026-11-10T14:00:00.000Z', BLOG);
    expect(derive(state(), [seen(), request, raised]).warnings).toEqual([]);
    expect(kinds(derive(state(), [seen(), request, lowered]).warnings)).toEqual(['unpaid_scope']);
  });

  it('is resolved when the client offers to pay in a later message, or in the same one', () => {
    const later = [seen(), message('m1', '2026-11-10T14:00:00.000Z', BLOG), message('m2', '2026-11-10T15:00:00.000Z', PAY)];
    expect(derive(state(), later).warnings).toEqual([]);

    const both = 'Can you add a contact form? I will pay extra for it.';
    const sameDetect = fakeDetector({ [both]: { adds_scope: ['add a contact form'], offers_payment: ['pay extra'] } });
    const same = deriveWarnings(state(), [seen(), message('m3', '2026-11-10T14:00:00.000Z', both)], {
      detect: sameDetect,
      now: NOW,
    });
    expect(same.warnings).toEqual([]);
  });

  describe('a promised bonus', () => {
    // The fake detector quotes the sentence that offers pay, as the real one does.
    const BONUS_LATER = "I'll send you a bonus for it.";
    const BONUS_SAME = 'Can you add a contact form? There is a nice bonus in it for you.';
    const BONUS_ES = 'Te doy un bono por eso.';
    const MILESTONE_AND_BONUS = 'I will add a milestone for the blog, and a bonus on top.';
    const bonusDetect = fakeDetector({
      [BLOG]: { adds_scope: ['add a blog section'] },
      [BONUS_LATER]: { offers_payment: [BONUS_LATER] },
      [BONUS_SAME]: { adds_scope: ['add a contact form'], offers_payment: ['There is a nice bonus in it for you.'] },
      [BONUS_ES]: { offers_payment: [BONUS_ES], lang: 'es' },
      [MILESTONE_AND_BONUS]: { offers_payment: [MILESTONE_AND_BONUS] },
      [BLOCK]: { blocks_approval: ['only approve the milestone after'], adds_scope: ['also build the blog'] },
    });
    const run = (events: TimelineEvent[]) => deriveWarnings(state(), [seen(), ...events], { detect: bonusDetect, now: NOW });

    it('in a later message does not resolve the request; the warning keeps the words that decided it', () => {
      const { warnings, scopeRequests } = run([
        message('m1', '2026-11-10T14:00:00.000Z', BLOG),
        message('m2', '2026-11-10T15:00:00.000Z', BONUS_LATER),
      ]);
      expect(kinds(warnings)).toEqual(['unpaid_scope']);
      expect(warnings[0]?.detail).toMatchObject({ bonus: 'bonus', bonusQuote: BONUS_LATER });
      expect(warnings[0]?.resolvesWhen).toMatch(/bonus alone does not count/);
      expect(scopeRequests.map((r) => r.paid)).toEqual([false]);
    });

    it('in the same message does not resolve it either, in any language', () => {
      const same = run([message('m3', '2026-11-10T14:00:00.000Z', BONUS_SAME)]);
      expect(kinds(same.warnings)).toEqual(['unpaid_scope']);
      expect(same.warnings[0]?.detail?.bonus).toBe('bonus');
      const spanish = run([message('m1', '2026-11-10T14:00:00.000Z', BLOG), message('m2', '2026-11-11T09:00:00.000Z', BONUS_ES)]);
      expect(kinds(spanish.warnings)).toEqual(['unpaid_scope']);
      expect(spanish.warnings[0]?.detail?.bonus).toBe('bono');
    });

    it('with a milestone in the same offer resolves it, as an offer of a milestone does', () => {
      const events = [message('m1', '2026-11-10T14:00:00.000Z', BLOG), message('m2', '2026-11-10T15:00:00.000Z', MILESTONE_AND_BONUS)];
      expect(run(events).warnings).toEqual([]);
    });

    it('does not stop a milestone or a raised amount that follows from resolving it', () => {
      const request = message('m1', '2026-11-10T14:00:00.000Z', BLOG);
      const bonus = message('m2', '2026-11-10T15:00:00.000Z', BONUS_LATER);
      const added = event('milestone_added', '2026-11-11T08:00:00.000Z', { milestone: milestone('Extra work', 'not_funded', 150) });
      const raised = event('milestone_amount_changed', '2026-11-12T08:00:00.000Z', {
        milestone: milestone('Landing page design', 'funded', 650),
        field: 'amount',
        before: 500,
        after: 650,
      });
      expect(run([request, bonus, added]).warnings).toEqual([]);
      expect(run([request, bonus, raised]).warnings).toEqual([]);
    });

    it('made before the request is not attached to it', () => {
      const { warnings } = run([
        message('m2', '2026-11-09T15:00:00.000Z', BONUS_LATER),
        message('m1', '2026-11-10T14:00:00.000Z', BLOG),
      ]);
      expect(kinds(warnings)).toEqual(['unpaid_scope']);
      expect(warnings[0]?.detail?.bonus).toBeUndefined();
    });

    it('does not resolve a blocked approval', () => {
      const { warnings } = run([
        message('m1', '2026-11-15T10:00:00.000Z', BLOCK),
        message('m2', '2026-11-15T11:00:00.000Z', BONUS_LATER),
      ]);
      const blocked = warnings.find((w) => w.kind === 'approval_blocked');
      expect(blocked?.detail).toMatchObject({ bonus: 'bonus', bonusQuote: BONUS_LATER });
    });
  });

  it('is not resolved by an offer made before the request', () => {
    const events = [seen(), message('m2', '2026-11-09T15:00:00.000Z', PAY), message('m1', '2026-11-10T14:00:00.000Z', BLOG)];
    expect(kinds(derive(state(), events).warnings)).toEqual(['unpaid_scope']);
  });

  it('is not raised for a request named like an existing milestone', () => {
    const s = state({ milestones: [milestone('Landing page design', 'paid'), milestone('Blog section', 'not_funded')] });
    expect(derive(s, [seen(), message('m1', '2026-11-10T14:00:00.000Z', BLOG)]).warnings).toEqual([]);
  });

  it('is raised when no milestone is named like the request', () => {
    const s = state({ milestones: [milestone('Website design', 'funded'), milestone('Phase 2', 'not_funded')] });
    expect(kinds(derive(s, [seen(), message('m1', '2026-11-10T14:00:00.000Z', BLOG)]).warnings)).toEqual([
      'unpaid_scope',
    ]);
  });

  it('raises nothing for a bug fix within the agreed work', () => {
    const { warnings, verdicts } = derive(state(), [seen(), message('m1', '2026-11-10T14:00:00.000Z', BUGFIX)]);
    expect(warnings).toEqual([]);
    expect(verdicts.get('m1')?.adds_scope).toBe(false);
  });

  it('is never raised on an hourly contract', () => {
    const events = [seen(), message('m1', '2026-11-10T14:00:00.000Z', BLOG)];
    expect(derive(hourly(null), events).warnings).toEqual([]);
  });

  it('is raised when the contract type is unknown (a room not yet tied to a contract)', () => {
    const s = state({ id: 'room_abc', contract: null, milestones: [], baseline: null });
    expect(kinds(derive(s, [message('m1', '2026-11-10T14:00:00.000Z', BLOG)]).warnings)).toEqual(['unpaid_scope']);
  });

  it('ignores the freelancer’s own messages', () => {
    const { warnings, verdicts } = derive(state(), [seen(), message('f1', '2026-11-10T14:00:00.000Z', BLOG, 'freelancer')]);
    expect(warnings).toEqual([]);
    expect(verdicts.has('f1')).toBe(false);
  });

  it('raises one warning per request', () => {
    const other = 'One more thing: please translate the page into Spanish.';
    const d = fakeDetector({ [BLOG]: { adds_scope: ['add a blog section'] }, [other]: { adds_scope: ['translate the page'] } });
    const events = [seen(), message('m1', '2026-11-10T14:00:00.000Z', BLOG), message('m2', '2026-11-12T14:00:00.000Z', other)];
    const { warnings } = deriveWarnings(state(), events, { detect: d, now: NOW });
    expect(warnings.map((w) => w.id)).toEqual(['unpaid_scope:m1', 'unpaid_scope:m2']);
    expect(warnings[1]?.quote).toBe(other);
  });

  it('gives the detector the agreed scope and milestone titles as context', () => {
    const calls: Parameters<Detector>[] = [];
    const d = fakeDetector({}, calls);
    deriveWarnings(state(), [seen(), message('m1', '2026-11-10T14:00:00.000Z', BLOG)], { detect: d, now: NOW });
    expect(calls).toHaveLength(1);
    const context = calls[0]?.[1];
    expect(context?.agreedScope).toContain('One responsive landing page');
    expect(context?.agreedScope).toContain('Landing page design');
  });

  it('leaves out low-confidence verdicts at low sensitivity', () => {
    const d = fakeDetector({ [BLOG]: { adds_scope: ['add a blog section'], confidence: 0.5 } });
    const events = [seen(), message('m1', '2026-11-10T14:00:00.000Z', BLOG)];
    expect(deriveWarnings(state(), events, { detect: d, now: NOW, sensitivity: 'low' }).warnings).toEqual([]);
    expect(deriveWarnings(state(), events, { detect: d, now: NOW, sensitivity: 'high' }).warnings).toHaveLength(1);
    expect(deriveWarnings(state(), events, { detect: d, now: NOW, sensitivity: 'normal' }).warnings).toHaveLength(1);
    expect(deriveWarnings(state(), events, { detect: d, now: NOW }).warnings).toHaveLength(1);
  });

  it('lists every scope request with whether pay followed', () => {
    const events = [
      seen(),
      message('m1', '2026-11-10T14:00:00.000Z', BLOG),
      message('m2', '2026-11-10T15:00:00.000Z', PAY),
      message('m3', '2026-11-20T14:00:00.000Z', BLOG.replace('5', '6')),
    ];
    const d = fakeDetector({
      [BLOG]: { adds_scope: ['add a blog section'] },
      [BLOG.replace('5', '6')]: { adds_scope: ['add a blog section'] },
      [PAY]: { offers_payment: ['I will add a milestone'] },
    });
    const { scopeRequests, warnings } = deriveWarnings(state(), events, { detect: d, now: NOW });
    expect(scopeRequests.map((r) => [r.messageId, r.paid])).toEqual([
      ['m1', true],
      ['m3', false],
    ]);
    expect(warnings.map((w) => w.id)).toEqual(['unpaid_scope:m3']);
  });
});

// ---- approval_blocked ----

describe('approval_blocked', () => {
  it('warns when the client ties approval to extra work', () => {
    const { warnings } = derive(state(), [seen(), message('m1', '2026-11-15T10:00:00.000Z', BLOCK)]);
    const blocked = warnings.find((w) => w.kind === 'approval_blocked');
    expect(blocked).toMatchObject({
      id: 'approval_blocked:m1',
      severity: 'high',
      quote: BLOCK,
      since: '2026-11-15T10:00:00.000Z',
    });
  });

  it('is resolved when a milestone is approved or paid afterwards', () => {
    const events = [
      seen(),
      message('m1', '2026-11-15T10:00:00.000Z', BLOCK),
      statusChange('2026-11-16T10:00:00.000Z', 'Landing page design', 'paid', 'submitted'),
    ];
    expect(kinds(derive(state(), events).warnings)).not.toContain('approval_blocked');
  });

  it('is resolved when a milestone is offered for the extra work', () => {
    const events = [
      seen(),
      message('m1', '2026-11-15T10:00:00.000Z', BLOCK),
      event('milestone_added', '2026-11-16T10:00:00.000Z', { milestone: milestone('Blog', 'not_funded', 200) }),
    ];
    expect(derive(state(), events).warnings).toEqual([]);
  });

  it('warns when changes are requested on submitted work in a message that adds scope', () => {
    const events = [
      seen(),
      statusChange('2026-11-14T10:00:00.000Z', 'Landing page design', 'submitted', 'funded'),
      message('m1', '2026-11-15T09:00:00.000Z', BLOG),
      statusChange('2026-11-15T09:05:00.000Z', 'Landing page design', 'changes_requested', 'submitted'),
    ];
    const s = state({ milestones: [milestone('Landing page design', 'changes_requested')] });
    const { warnings } = derive(s, events);
    expect(kinds(warnings).sort()).toEqual(['approval_blocked', 'unpaid_scope']);
    expect(warnings.find((w) => w.kind === 'approval_blocked')).toMatchObject({
      id: 'approval_blocked:m1',
      quote: 'Can you also add a blog section with 5 posts?',
      detail: expect.objectContaining({ milestoneKey: 'landing page design' }),
    });
  });

  it('does not warn when changes are requested without added scope', () => {
    const events = [
      seen(),
      statusChange('2026-11-14T10:00:00.000Z', 'Landing page design', 'submitted', 'funded'),
      message('m1', '2026-11-15T09:00:00.000Z', BUGFIX),
      statusChange('2026-11-15T09:05:00.000Z', 'Landing page design', 'changes_requested', 'submitted'),
    ];
    const s = state({ milestones: [milestone('Landing page design', 'changes_requested')] });
    expect(derive(s, events).warnings).toEqual([]);
  });
});

// ---- review_deadline ----

describe('review_deadline', () => {
  const submitted = state({ milestones: [milestone('Landing page design', 'submitted')] });

  it('counts 14 days from the submission', () => {
    const events = [seen(), statusChange('2026-11-20T10:00:00.000Z', 'Landing page design', 'submitted', 'funded')];
    const { warnings } = derive(submitted, events);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      id: 'review_deadline:landing page design:2026-11-20',
      kind: 'review_deadline',
      severity: 'info',
      since: '2026-11-20T10:00:00.000Z',
      quote: null,
      detail: expect.objectContaining({ deadline: '2026-12-04', daysLeft: 8, submittedOn: '2026-11-20' }),
    });
  });

  it('shows days left as negative once the deadline has passed', () => {
    const events = [seen(), statusChange('2026-11-01T10:00:00.000Z', 'Landing page design', 'submitted', 'funded')];
    expect(derive(submitted, events).warnings[0]?.detail).toMatchObject({ deadline: '2026-11-15', daysLeft: -11 });
  });

  it('stops while changes are requested, and a resubmission starts a new 14 days', () => {
    const history = [
      seen(),
      statusChange('2026-11-10T10:00:00.000Z', 'Landing page design', 'submitted', 'funded'),
      statusChange('2026-11-12T10:00:00.000Z', 'Landing page design', 'changes_requested', 'submitted'),
    ];
    const requested = state({ milestones: [milestone('Landing page design', 'changes_requested')] });
    expect(derive(requested, history).warnings).toEqual([]);

    const resubmitted = [
      ...history,
      statusChange('2026-11-25T10:00:00.000Z', 'Landing page design', 'submitted', 'changes_requested'),
    ];
    const { warnings } = derive(submitted, resubmitted);
    expect(warnings.map((w) => w.id)).toEqual(['review_deadline:landing page design:2026-11-25']);
    expect(warnings[0]?.detail).toMatchObject({ deadline: '2026-12-09', daysLeft: 13 });
  });

  it('is gone once the milestone is approved or paid', () => {
    const events = [
      seen(),
      statusChange('2026-11-20T10:00:00.000Z', 'Landing page design', 'submitted', 'funded'),
      statusChange('2026-11-22T10:00:00.000Z', 'Landing page design', 'approved', 'submitted'),
    ];
    const approved = state({ milestones: [milestone('Landing page design', 'approved')] });
    expect(derive(approved, events).warnings).toEqual([]);
  });
});

// ---- terms_changed ----

describe('terms_changed', () => {
  const changed = () =>
    event('terms_changed', '2026-11-12T10:00:00.000Z', {
      field: 'description',
      before: 'One responsive landing page.',
      after: 'One responsive landing page plus a blog and a shop.',
    });

  it('warns about a description changed with no amount change', () => {
    const { warnings } = derive(state(), [seen(), changed()]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      kind: 'terms_changed',
      severity: 'medium',
      quote: 'One responsive landing page plus a blog and a shop.',
      detail: expect.objectContaining({ field: 'description', before: 'One responsive landing page.' }),
    });
  });

  it('does not warn when an amount changed with it', () => {
    const raise = event('milestone_amount_changed', '2026-11-12T10:00:00.000Z', {
      milestone: milestone('Landing page design', 'funded', 900),
      field: 'amount',
      before: 500,
      after: 900,
    });
    expect(derive(state(), [seen(), changed(), raise]).warnings).toEqual([]);
  });

  it('warns about a milestone description changed after the contract was first seen', () => {
    const e = event('milestone_description_changed', '2026-11-12T10:00:00.000Z', {
      milestone: { ...milestone('Landing page design', 'funded'), description: 'Design plus three extra pages' },
      field: 'milestone_description',
      before: 'Design',
      after: 'Design plus three extra pages',
    });
    expect(derive(state(), [seen(), e]).warnings[0]).toMatchObject({
      kind: 'terms_changed',
      detail: expect.objectContaining({ field: 'milestone_description', milestoneKey: 'landing page design' }),
    });
  });

  it('ignores changes at or before the contract was first seen', () => {
    const early = event('terms_changed', '2026-11-01T09:00:00.000Z', { field: 'title', before: 'a', after: 'b' });
    expect(derive(state(), [seen(), early]).warnings).toEqual([]);
  });
});

// ---- hourly_over_limit ----

describe('hourly_over_limit', () => {
  it('notes a scope request on an hourly contract with a weekly limit', () => {
    const { warnings } = derive(hourly(20), [seen(), message('m1', '2026-11-10T14:00:00.000Z', BLOG)]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      id: 'hourly_over_limit:m1',
      kind: 'hourly_over_limit',
      severity: 'info',
      detail: expect.objectContaining({ weeklyLimit: 20 }),
    });
  });

  it('says nothing without a weekly limit, or on a fixed-price contract', () => {
    const events = [seen(), message('m1', '2026-11-10T14:00:00.000Z', BLOG)];
    expect(derive(hourly(null), events).warnings).toEqual([]);
    expect(kinds(derive(state(), events).warnings)).toEqual(['unpaid_scope']);
  });
});

// ---- dismissals, ordering, risk ----

describe('dismissals', () => {
  const dismissal = (warningId: string, contractId = CONTRACT_ID): Dismissal => ({
    warningId,
    contractId,
    reason: 'agreed by phone',
    at: '2026-11-11T00:00:00.000Z',
  });

  it('keep a dismissed warning out, and a new request raises a new warning', () => {
    const first = [seen(), message('m1', '2026-11-10T14:00:00.000Z', BLOG)];
    const dismissals = [dismissal('unpaid_scope:m1')];
    expect(derive(state(), first, { dismissals }).warnings).toEqual([]);

    const again = 'Also, can you add a blog section for recipes?';
    const d = fakeDetector({ [BLOG]: { adds_scope: ['add a blog section'] }, [again]: { adds_scope: ['add a blog section'] } });
    const events = [...first, message('m2', '2026-11-20T14:00:00.000Z', again)];
    const { warnings } = deriveWarnings(state(), events, { detect: d, now: NOW, dismissals });
    expect(warnings.map((w) => w.id)).toEqual(['unpaid_scope:m2']);
  });

  it('of another contract do not apply', () => {
    const events = [seen(), message('m1', '2026-11-10T14:00:00.000Z', BLOG)];
    expect(derive(state(), events, { dismissals: [dismissal('unpaid_scope:m1', '999')] }).warnings).toHaveLength(1);
  });
});

describe('ordering', () => {
  it('orders by severity, then since, whatever the order of the events', () => {
    const s = state({ milestones: [milestone('Landing page design', 'submitted')] });
    const events = [
      seen(),
      statusChange('2026-11-20T10:00:00.000Z', 'Landing page design', 'submitted', 'funded'),
      event('terms_changed', '2026-11-05T10:00:00.000Z', { field: 'title', before: 'Landing page', after: 'Landing page and shop' }),
      message('m2', '2026-11-12T14:00:00.000Z', BLOG),
      message('m1', '2026-11-15T10:00:00.000Z', BLOCK),
    ];
    const expected = ['unpaid_scope', 'approval_blocked', 'unpaid_scope', 'terms_changed', 'review_deadline'];
    expect(kinds(derive(s, events).warnings)).toEqual(expected);
    expect(kinds(derive(s, [...events].reverse()).warnings)).toEqual(expected);
  });
});

describe('contractRisk', () => {
  const w = (severity: Warning['severity'], n: number): Warning[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `${severity}:${i}`,
      contractId: CONTRACT_ID,
      kind: 'unpaid_scope',
      severity,
      since: NOW,
      quote: null,
      resolvesWhen: '',
    }));

  it('ranks any high above any number of medium, medium above info, then by count', () => {
    expect(contractRisk([])).toBe(0);
    expect(contractRisk(w('high', 1))).toBeGreaterThan(contractRisk(w('medium', 50)));
    expect(contractRisk(w('medium', 1))).toBeGreaterThan(contractRisk(w('info', 50)));
    expect(contractRisk(w('info', 1))).toBeGreaterThan(0);
    expect(contractRisk([...w('high', 2), ...w('info', 1)])).toBeGreaterThan(contractRisk(w('high', 2)));
  });
});

describe('helpers', () => {
  it('namedLike needs the distinctive words of the title', () => {
    expect(namedLike('Can you also add a blog section?', 'Blog section')).toBe(true);
    expect(namedLike('Please add a logo animation', 'Logo')).toBe(true);
    expect(namedLike('Add a contact form to the website', 'Website design')).toBe(false);
    expect(namedLike('Add a blog', 'Milestone 2')).toBe(false);
  });

  it('evidenceSentence finds the sentence holding the evidence', () => {
    expect(evidenceSentence('Hi! Nice work. Could you add dark mode? Thanks', 'add dark mode')).toBe(
      'Could you add dark mode?',
    );
    expect(evidenceSentence('नमस्ते। कृपया एक ब्लॉग भी जोड़ दें। धन्यवाद', 'ब्लॉग भी जोड़')).toBe('कृपया एक ब्लॉग भी जोड़ दें।');
  });
});
