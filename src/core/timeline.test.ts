import { describe, expect, it } from 'vitest';
import {
  contractKey,
  deriveEvents,
  fingerprint,
  mergeRoomIntoContract,
  milestoneKeys,
  orderTimeline,
  readsAllMilestones,
} from './timeline';
import type { ContractState, Message, Milestone, PageReading, TimelineEvent } from './types';

const T1 = '2026-11-01T10:00:00.000Z';
const T2 = '2026-11-02T10:00:00.000Z';
const T3 = '2026-11-03T10:00:00.000Z';

function milestone(title: string, extra: Partial<Milestone> = {}): Milestone {
  return { title, amount: 100, currency: 'USD', dueOn: null, status: 'funded', ...extra };
}

function message(id: string, text: string, extra: Partial<Message> = {}): Message {
  return { id, sender: 'client', author: 'Ann', sentAt: '2026-10-30T09:00:00.000Z', text, timeSource: 'title', ...extra };
}

function workroom(extra: Partial<PageReading> = {}): PageReading {
  return {
    kind: 'workroom',
    contractId: '123',
    roomId: null,
    contract: {
      id: '123',
      title: 'Logo design',
      clientName: 'Ann',
      type: 'fixed',
      budget: 300,
      currency: 'USD',
      startedOn: '2026-10-01',
      status: 'Active',
      description: 'Three logo concepts',
    },
    milestones: [milestone('Concepts'), milestone('Final files', { status: 'not_funded', amount: 200 })],
    messages: [],
    problems: [],
    tab: 'overview',
    ...extra,
  };
}

function room(extra: Partial<PageReading> = {}): PageReading {
  return {
    kind: 'room',
    contractId: null,
    roomId: 'room_abc',
    contract: null,
    milestones: [],
    messages: [],
    problems: [],
    ...extra,
  };
}

/** Runs readings in order, as the store would: previous state in, new events kept by id. */
function run(readings: PageReading[], times: string[] = []): { state: ContractState | null; events: TimelineEvent[] } {
  let state: ContractState | null = null;
  const events = new Map<string, TimelineEvent>();
  readings.forEach((reading, index) => {
    const known = new Set(
      [...events.values()].flatMap((event) => (event.message ? [event.message.id] : [])),
    );
    const result = deriveEvents(state, reading, times[index] ?? T1, known);
    if (!result) return;
    state = result.state;
    for (const event of result.events) if (!events.has(event.id)) events.set(event.id, event);
  });
  return { state, events: [...events.values()] };
}

const kinds = (events: TimelineEvent[]) => events.map((event) => event.kind);

describe('contractKey', () => {
  it('is the contract id, else the room id, else null', () => {
    expect(contractKey(workroom({ roomId: 'room_x' }))).toBe('123');
    expect(contractKey(room())).toBe('room_abc');
    expect(contractKey(room({ roomId: null, kind: 'contracts' }))).toBeNull();
  });
});

describe('milestoneKeys', () => {
  it('normalises titles and numbers repeats', () => {
    expect(milestoneKeys([{ title: ' Logo  Design ' }, { title: 'logo design' }, { title: 'Other' }, { title: 'LOGO design' }]))
      .toEqual(['logo design', 'logo design#2', 'other', 'logo design#3']);
  });
});

describe('deriveEvents', () => {
  it('returns null for a page that belongs to no contract', () => {
    expect(deriveEvents(null, room({ roomId: null, kind: 'contracts' }), T1, new Set())).toBeNull();
  });

  it('records contract_seen and each milestone the first time', () => {
    const result = deriveEvents(null, workroom(), T1, new Set(), 'https://www.upwork.com/nx/wm/workroom/123/overview');
    expect(kinds(result!.events)).toEqual(['contract_seen', 'milestone_added', 'milestone_added']);
    expect(result!.events[0]).toMatchObject({ id: '123:seen', at: T1, atSource: 'observed', url: expect.stringContaining('/123/') });
    expect(result!.state).toMatchObject({ id: '123', firstSeenAt: T1, lastSeenAt: T1, lastProblems: [] });
    expect(result!.state.milestones.map((m) => m.key)).toEqual(['concepts', 'final files']);
  });

  it('adds nothing when the same reading comes again', () => {
    const first = deriveEvents(null, workroom(), T1, new Set())!;
    const second = deriveEvents(first.state, workroom(), T2, new Set())!;
    expect(second.events).toEqual([]);
    expect(second.state).toEqual({ ...first.state, lastSeenAt: T2 });
  });

  it('gives two tabs reading the same page at once the same event ids', () => {
    const first = deriveEvents(null, workroom(), T1, new Set())!;
    const tabA = deriveEvents(first.state, workroom({ milestones: [milestone('Concepts', { status: 'submitted' })], tab: 'milestones' }), T2, new Set())!;
    const tabB = deriveEvents(first.state, workroom({ milestones: [milestone('Concepts', { status: 'submitted' })], tab: 'milestones' }), T3, new Set())!;
    expect(tabA.events.map((e) => e.id)).toEqual(tabB.events.map((e) => e.id));
    expect(tabA.events).toHaveLength(1);
    // Interleaved through the store (serialised): the second sees the first one's state.
    const afterBoth = run([workroom(), workroom({ tab: 'milestones', milestones: [milestone('Concepts', { status: 'submitted' })] }), workroom({ tab: 'milestones', milestones: [milestone('Concepts', { status: 'submitted' })] })], [T1, T2, T3]);
    expect(kinds(afterBoth.events).filter((k) => k === 'milestone_status_changed')).toHaveLength(1);
  });

  it('records term changes with before and after', () => {
    const changed = workroom();
    changed.contract = { ...changed.contract!, title: 'Logo and brand', budget: 450, description: 'Three logo concepts and a brand book', type: 'fixed' };
    const { events } = run([workroom(), changed], [T1, T2]);
    const terms = events.filter((e) => e.kind === 'terms_changed');
    expect(terms.map((e) => [e.field, e.before, e.after])).toEqual([
      ['title', 'Logo design', 'Logo and brand'],
      ['description', 'Three logo concepts', 'Three logo concepts and a brand book'],
      ['budget', 300, 450],
    ]);
    expect(terms.every((e) => e.at === T2 && e.atSource === 'observed')).toBe(true);
  });

  it('records a change of contract type', () => {
    const hourly = workroom();
    hourly.contract = { ...hourly.contract!, type: 'hourly', budget: null };
    const { events, state } = run([workroom(), hourly]);
    expect(events.filter((e) => e.kind === 'terms_changed').map((e) => [e.field, e.before, e.after])).toEqual([['type', 'fixed', 'hourly']]);
    expect(state!.contract!.budget).toBeNull();
  });

  it('does not take a field the page did not show as a change', () => {
    const partial = workroom();
    partial.contract = { ...partial.contract!, budget: null, description: null, status: null };
    const { events, state } = run([workroom(), partial]);
    expect(kinds(events)).not.toContain('terms_changed');
    expect(state!.contract).toMatchObject({ budget: 300, description: 'Three logo concepts', status: 'Active' });
  });

  it('records milestone amount, status (with the page date) and description changes', () => {
    const later = workroom({
      milestones: [
        milestone('Concepts', { amount: 150, status: 'submitted', statusOn: '2026-11-20', description: 'Now with colour variants' }),
        milestone('Final files', { status: 'not_funded', amount: 200 }),
      ],
    });
    const { events } = run([workroom(), later], [T1, T2]);
    const amount = events.find((e) => e.kind === 'milestone_amount_changed')!;
    const status = events.find((e) => e.kind === 'milestone_status_changed')!;
    const description = events.find((e) => e.kind === 'milestone_description_changed')!;
    expect(amount).toMatchObject({ before: 100, after: 150, at: T2, atSource: 'observed', field: 'amount' });
    expect(status).toMatchObject({ before: 'funded', after: 'submitted', at: '2026-11-20', atSource: 'page', field: 'status' });
    expect(status.milestone).toMatchObject({ key: 'concepts', status: 'submitted', amount: 150 });
    expect(description).toMatchObject({ before: null, after: 'Now with colour variants', field: 'milestone_description' });
  });

  it('records a status change without a page date at the time it was observed', () => {
    const later = workroom({ milestones: [milestone('Concepts', { status: 'approved' }), milestone('Final files', { status: 'not_funded', amount: 200 })] });
    const { events } = run([workroom(), later], [T1, T2]);
    expect(events.find((e) => e.kind === 'milestone_status_changed')).toMatchObject({ at: T2, atSource: 'observed' });
  });

  it('keeps a resubmission after changes were requested as a new event', () => {
    const at = (status: Milestone['status'], statusOn: string) =>
      workroom({ milestones: [milestone('Concepts', { status, statusOn }), milestone('Final files', { status: 'not_funded', amount: 200 })] });
    const { events } = run([workroom(), at('submitted', '2026-11-10'), at('changes_requested', '2026-11-12'), at('submitted', '2026-11-15')]);
    expect(events.filter((e) => e.kind === 'milestone_status_changed').map((e) => [e.after, e.at])).toEqual([
      ['submitted', '2026-11-10'],
      ['changes_requested', '2026-11-12'],
      ['submitted', '2026-11-15'],
    ]);
  });

  it('records a dated status of a milestone seen for the first time', () => {
    const { events } = run([workroom({ milestones: [milestone('Concepts', { status: 'submitted', statusOn: '2026-11-20' })] })]);
    expect(events.find((e) => e.kind === 'milestone_status_changed')).toMatchObject({ before: null, after: 'submitted', at: '2026-11-20', atSource: 'page' });
  });

  it('takes an "unknown" status as the reader not knowing, not as a change', () => {
    const later = workroom({ milestones: [milestone('Concepts', { status: 'unknown' }), milestone('Final files', { status: 'not_funded', amount: 200 })] });
    const { events, state } = run([workroom(), later]);
    expect(kinds(events)).not.toContain('milestone_status_changed');
    expect(state!.milestones[0]!.status).toBe('funded');
  });

  it('records added and removed milestones from a complete overview, with repeats told apart', () => {
    const later = workroom({
      milestones: [milestone('Concepts'), milestone('Concepts', { amount: 50 }), milestone('Brand book', { amount: 400 })],
    });
    const { events, state } = run([workroom(), later], [T1, T2]);
    expect(events.filter((e) => e.kind === 'milestone_added').map((e) => e.milestone!.key)).toEqual(['concepts', 'final files', 'concepts#2', 'brand book']);
    const removed = events.filter((e) => e.kind === 'milestone_removed');
    expect(removed.map((e) => e.milestone!.key)).toEqual(['final files']);
    expect(removed[0]!.milestone).toMatchObject({ amount: 200, status: 'not_funded' });
    expect(state!.milestones.map((m) => m.key)).toEqual(['concepts', 'concepts#2', 'brand book']);
  });

  it('never removes milestones on a partial view: problems, another tab, a room, an empty list', () => {
    const one = [milestone('Concepts')];
    const partials: PageReading[] = [
      workroom({ milestones: one, problems: ['milestones list not found'] }),
      workroom({ milestones: one, tab: 'messages' }),
      workroom({ milestones: [] }),
      room({ contractId: '123' }),
    ];
    for (const partial of partials) {
      expect(readsAllMilestones(partial)).toBe(false);
      const { events, state } = run([workroom(), partial]);
      expect(kinds(events)).not.toContain('milestone_removed');
      expect(state!.milestones.map((m) => m.key)).toEqual(['concepts', 'final files']);
    }
  });

  it('keeps the previous state when a problematic reading misses the contract and milestones', () => {
    const broken = workroom({ contract: null, milestones: [], problems: ['layout not recognised'] });
    const first = deriveEvents(null, workroom(), T1, new Set())!;
    const result = deriveEvents(first.state, broken, T2, new Set())!;
    expect(result.events).toEqual([]);
    expect(result.state.contract).toEqual(first.state.contract);
    expect(result.state.milestones).toEqual(first.state.milestones);
    expect(result.state.lastProblems).toEqual(['layout not recognised']);
  });

  it('takes the first agreement as baseline and a different later one as a change of terms', () => {
    const jobPost = { source: 'job_post' as const, title: 'Logo', text: 'Three logo concepts.' };
    const offer = { source: 'offer' as const, title: 'Logo', text: 'Three logo concepts and a brand book.' };
    const first = deriveEvents(null, workroom({ agreement: jobPost }), T1, new Set(), 'https://u/1')!;
    expect(first.state.baseline).toEqual({ ...jobPost, seenAt: T1, url: 'https://u/1' });
    expect(first.events.find((e) => e.kind === 'agreement_seen')).toMatchObject({ agreement: jobPost });
    const again = deriveEvents(first.state, workroom({ agreement: { ...jobPost, text: ' Three  logo concepts. ' } }), T2, new Set())!;
    expect(again.events).toEqual([]);
    const changed = deriveEvents(first.state, workroom({ agreement: offer }), T2, new Set())!;
    expect(changed.state.baseline).toEqual(first.state.baseline);
    expect(changed.events).toEqual([
      expect.objectContaining({ kind: 'terms_changed', field: 'description', before: jobPost.text, after: offer.text, agreement: offer }),
    ]);
    // The same different agreement read again carries the same id (the store keeps one).
    const changedAgain = deriveEvents(changed.state, workroom({ agreement: offer }), T3, new Set())!;
    expect(changedAgain.events.map((e) => e.id)).toEqual(changed.events.map((e) => e.id));
  });

  it('records one event per message, with the page time when the page showed it', () => {
    const messages = [
      message('story_1', 'Hi', { timeSource: 'title', sentAt: '2026-10-30T09:00:00.000Z' }),
      message('story_2', 'Also', { timeSource: 'day', sentAt: '2026-10-31T00:00:00.000Z' }),
      message('story_3', 'And', { timeSource: 'none', sentAt: '2026-10-31T00:00:01.000Z' }),
      message('story_4', 'Bad', { timeSource: 'none', sentAt: 'yesterday' }),
    ];
    const { events } = run([workroom({ tab: 'messages', messages })], [T1]);
    const byId = Object.fromEntries(events.filter((e) => e.kind === 'message').map((e) => [e.id, [e.at, e.atSource]]));
    expect(byId).toEqual({
      '123:msg:story_1': ['2026-10-30T09:00:00.000Z', 'page'],
      '123:msg:story_2': ['2026-10-31T00:00:00.000Z', 'page'],
      '123:msg:story_3': ['2026-10-31T00:00:01.000Z', 'observed'],
      '123:msg:story_4': [T1, 'observed'],
    });
  });

  it('skips messages already known', () => {
    const first = deriveEvents(null, workroom({ messages: [message('story_1', 'Hi')] }), T1, new Set())!;
    const second = deriveEvents(first.state, workroom({ messages: [message('story_1', 'Hi'), message('story_2', 'More')] }), T2, new Set(['story_1']))!;
    expect(second.events.map((e) => e.id)).toEqual(['123:msg:story_2']);
  });

  it('gives a message seen in the workroom Messages tab and in its room the same event', () => {
    const fromTab = workroom({ tab: 'messages', milestones: [], roomId: 'room_abc', messages: [message('story_1', 'Can you add a banner?')] });
    const fromRoom = room({ contractId: '123', messages: [message('story_1', 'Can you add a banner?')] });
    const { events, state } = run([fromTab, fromRoom], [T1, T2]);
    expect(events.filter((e) => e.kind === 'message')).toHaveLength(1);
    expect(state!.id).toBe('123');
    expect(state!.roomIds).toEqual(['room_abc']);
  });

  it('keys a room without a contract link by its room id', () => {
    const { state, events } = run([room({ messages: [message('story_1', 'Hello')] })]);
    expect(state).toMatchObject({ id: 'room_abc', contract: null, roomIds: ['room_abc'] });
    expect(events.map((e) => e.id)).toEqual(['room_abc:seen', 'room_abc:msg:story_1']);
  });

  it('refuses a state of another contract', () => {
    const first = deriveEvents(null, workroom(), T1, new Set())!;
    expect(() => deriveEvents(first.state, room(), T2, new Set())).toThrow(/123/);
  });
});

describe('mergeRoomIntoContract', () => {
  const roomRun = run([room({ messages: [message('story_1', 'Hello'), message('story_2', 'One more thing')] })], [T1]);
  const contractRun = run([workroom({ messages: [message('story_2', 'One more thing')], tab: 'messages', milestones: [] })], [T2]);

  it('moves the messages to the contract under the ids the contract gives them', () => {
    const merged = mergeRoomIntoContract(roomRun.state!, roomRun.events, contractRun.state, '123');
    expect(merged.events.map((e) => e.id)).toEqual(['123:seen', '123:msg:story_1', '123:msg:story_2']);
    expect(merged.events.every((e) => e.contractId === '123')).toBe(true);
    expect(merged.state).toMatchObject({ id: '123', roomIds: ['room_abc'], firstSeenAt: T1, lastSeenAt: T2 });
    expect(merged.state.contract).toEqual(contractRun.state!.contract);
    // What the contract already had keeps its id: the store adds only story_1.
    const existing = new Set(contractRun.events.map((e) => e.id));
    expect(merged.events.filter((e) => !existing.has(e.id)).map((e) => e.id)).toEqual(['123:msg:story_1']);
  });

  it('becomes the contract state when the contract was not seen yet, and re-seeing adds nothing', () => {
    const merged = mergeRoomIntoContract(roomRun.state!, roomRun.events, null, '123');
    expect(merged.state).toMatchObject({ id: '123', roomIds: ['room_abc'], firstSeenAt: T1 });
    const again = deriveEvents(merged.state, room({ contractId: '123', messages: [message('story_1', 'Hello')] }), T3, new Set())!;
    expect(again.events.map((e) => e.id)).toEqual(['123:msg:story_1']);
    expect(new Set(merged.events.map((e) => e.id)).has(again.events[0]!.id)).toBe(true);
  });
});

describe('orderTimeline', () => {
  const event = (id: string, at: string, observedAt: string): TimelineEvent => ({
    id,
    contractId: '1',
    kind: 'message',
    at,
    atSource: 'page',
    observedAt,
  });

  it('orders by time, then by observation, then by id; a bare date is its midnight', () => {
    const ordered = orderTimeline([
      event('d', '2026-11-02T00:00:01.000Z', T1),
      event('c', '2026-11-02', T2),
      event('b', '2026-11-02', T1),
      event('a', '2026-11-02', T1),
      event('z', '2026-11-01T23:59:59.000Z', T3),
      event('bad', 'not a date', T1),
    ]);
    expect(ordered.map((e) => e.id)).toEqual(['z', 'a', 'b', 'c', 'd', 'bad']);
  });
});

describe('fingerprint', () => {
  it('is stable, ignores spacing and tells texts apart', () => {
    expect(fingerprint('a  b')).toBe(fingerprint(' a b '));
    expect(fingerprint('a b')).not.toBe(fingerprint('a c'));
    expect(fingerprint('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});
