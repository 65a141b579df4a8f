import { describe, expect, it } from 'vitest';
import { computeReminders, localTime, type Reminder, reminderContractId, zoneOffset } from './reminders';
import type { ContractState, MilestoneSnapshot, MilestoneStatus, TimelineEvent } from './types';

const ID = '4242';

function milestone(title: string, status: MilestoneStatus, dueOn: string | null = null): MilestoneSnapshot {
  return { key: title.toLowerCase(), title, amount: 500, currency: 'USD', dueOn, status };
}

function state(milestones: MilestoneSnapshot[], contract: Partial<NonNullable<ContractState['contract']>> = {}): ContractState {
  return {
    id: ID,
    contract: {
      id: ID,
      title: 'Bakery website',
      clientName: 'Anna',
      type: 'fixed',
      budget: 1000,
      currency: 'USD',
      startedOn: '2026-10-01',
      status: 'Active',
      ...contract,
    },
    milestones,
    roomIds: [],
    baseline: null,
    firstSeenAt: '2026-10-01T10:00:00.000Z',
    lastSeenAt: '2026-11-20T10:00:00.000Z',
    lastProblems: [],
  };
}

/** The status change the timeline records when a milestone is shown "Submitted <date>". */
function statusEvent(m: MilestoneSnapshot, at: string, before: MilestoneStatus | null): TimelineEvent {
  return {
    id: `${ID}:ms-status:${m.key}:${before}>${m.status}:${at}`,
    contractId: ID,
    kind: 'milestone_status_changed',
    at,
    atSource: 'page',
    observedAt: at,
    milestone: m,
    field: 'status',
    before,
    after: m.status,
  };
}

function added(m: MilestoneSnapshot, at: string): TimelineEvent {
  return { id: `${ID}:ms-added:${m.key}`, contractId: ID, kind: 'milestone_added', at, atSource: 'observed', observedAt: at, milestone: m };
}

const iso = (epoch: number) => new Date(epoch).toISOString();
const brief = (reminders: Reminder[]) => reminders.map((r) => [r.kind, r.day, iso(r.when)]);

describe('localTime', () => {
  it('gives 09:00 of the day in the zone, summer and winter', () => {
    expect(iso(localTime('2026-07-01', 9, 'America/New_York'))).toBe('2026-07-01T13:00:00.000Z');
    expect(iso(localTime('2026-12-01', 9, 'America/New_York'))).toBe('2026-12-01T14:00:00.000Z');
    expect(iso(localTime('2026-12-01', 9, 'Europe/Kyiv'))).toBe('2026-12-01T07:00:00.000Z');
    expect(iso(localTime('2026-12-01', 9, 'Asia/Kolkata'))).toBe('2026-12-01T03:30:00.000Z');
    expect(iso(localTime('2026-12-01', 9, 'Pacific/Auckland'))).toBe('2026-11-30T20:00:00.000Z');
    expect(iso(localTime('2026-12-01', 9, 'UTC'))).toBe('2026-12-01T09:00:00.000Z');
  });

  it('is right on the days the clocks change', () => {
    // New York: clocks go forward at 02:00 on 8 March 2026 and back at 02:00 on 1 November 2026.
    expect(iso(localTime('2026-03-08', 9, 'America/New_York'))).toBe('2026-03-08T13:00:00.000Z');
    expect(iso(localTime('2026-11-01', 9, 'America/New_York'))).toBe('2026-11-01T14:00:00.000Z');
    // Kyiv: forward on 29 March, back on 25 October 2026.
    expect(iso(localTime('2026-03-29', 9, 'Europe/Kyiv'))).toBe('2026-03-29T06:00:00.000Z');
    expect(iso(localTime('2026-10-25', 9, 'Europe/Kyiv'))).toBe('2026-10-25T07:00:00.000Z');
    expect(zoneOffset(Date.parse('2026-10-25T07:00:00.000Z'), 'Europe/Kyiv')).toBe(2 * 3600_000);
  });
});

describe('computeReminders: review of a submitted milestone', () => {
  const submitted = milestone('Design', 'submitted', '2026-11-15');
  const contract = { state: state([submitted]), events: [added({ ...submitted, status: 'funded' }, '2026-11-01T10:00:00.000Z'), statusEvent(submitted, '2026-11-20', 'funded')] };

  it('reminds at 09:00 local the day before the 14-day review ends and on the day', () => {
    const reminders = computeReminders([contract], { now: '2026-11-21T12:00:00.000Z', timeZone: 'Europe/Kyiv' }).filter((r) => r.kind.startsWith('review'));
    expect(brief(reminders)).toEqual([
      ['review_ends_tomorrow', '2026-12-03', '2026-12-03T07:00:00.000Z'],
      ['review_ends_today', '2026-12-04', '2026-12-04T07:00:00.000Z'],
    ]);
    expect(reminders.map((r) => r.name)).toEqual([
      'reminder:4242:review_ends_tomorrow:2026-12-04:design',
      'reminder:4242:review_ends_today:2026-12-04:design',
    ]);
    expect(reminders[0]).toMatchObject({ contractId: ID, deadline: '2026-12-04', contractTitle: 'Bakery website', milestoneTitle: 'Design' });
  });

  it('follows the time zone given', () => {
    const [first] = computeReminders([contract], { now: '2026-11-21T12:00:00.000Z', timeZone: 'America/Los_Angeles' });
    expect(first && iso(first.when)).toBe('2026-12-03T17:00:00.000Z');
  });

  it('never schedules in the past', () => {
    // 2026-12-03 09:00 in Kyiv is 07:00 UTC: one minute later only the day itself is left.
    const later = computeReminders([contract], { now: '2026-12-03T07:01:00.000Z', timeZone: 'Europe/Kyiv' }).filter((r) => r.kind.startsWith('review'));
    expect(brief(later)).toEqual([['review_ends_today', '2026-12-04', '2026-12-04T07:00:00.000Z']]);
    expect(computeReminders([contract], { now: '2026-12-04T07:00:00.000Z', timeZone: 'Europe/Kyiv' }).filter((r) => r.kind.startsWith('review'))).toEqual([]);
  });

  it('gives the same names when computed again, and new ones after a resubmission', () => {
    const options = { now: '2026-11-21T12:00:00.000Z', timeZone: 'UTC' };
    const names = (c: typeof contract) => computeReminders([c], options).filter((r) => r.kind.startsWith('review')).map((r) => r.name);
    expect(names(contract)).toEqual(names({ ...contract, events: [...contract.events].reverse() }));
    const changes = { ...submitted, status: 'changes_requested' as const };
    const resubmitted = {
      state: state([submitted]),
      events: [...contract.events, statusEvent(changes, '2026-11-22', 'submitted'), statusEvent(submitted, '2026-11-24', 'changes_requested')],
    };
    expect(names(resubmitted)).toEqual([
      'reminder:4242:review_ends_tomorrow:2026-12-08:design',
      'reminder:4242:review_ends_today:2026-12-08:design',
    ]);
  });

  it('has none once the milestone is approved or paid', () => {
    const paid = { ...submitted, status: 'paid' as const };
    const reminders = computeReminders([{ state: state([paid]), events: [...contract.events, statusEvent(paid, '2026-11-25', 'submitted')] }], {
      now: '2026-11-26T00:00:00.000Z',
      timeZone: 'UTC',
    });
    expect(reminders.filter((r) => r.kind.startsWith('review'))).toEqual([]);
  });
});

describe('computeReminders: dormancy', () => {
  const now = '2026-11-21T12:00:00.000Z';

  it('reminds on days 76, 83 and 90 after the last due date, and of the freelancer’s 7 days after', () => {
    const milestones = [milestone('Design', 'paid', '2026-10-01'), milestone('Build', 'funded', '2026-11-15'), milestone('Launch', 'not_funded', '2026-11-30')];
    const reminders = computeReminders([{ state: state(milestones), events: [] }], { now, timeZone: 'Asia/Kolkata' });
    // The last due date is 30 November, even though that milestone is not funded.
    expect(brief(reminders)).toEqual([
      ['dormancy_notice', '2027-02-14', '2027-02-14T03:30:00.000Z'],
      ['dormancy_notice', '2027-02-21', '2027-02-21T03:30:00.000Z'],
      ['dormant', '2027-02-28', '2027-02-28T03:30:00.000Z'],
      ['dormant_response_opens', '2027-03-07', '2027-03-07T03:30:00.000Z'],
      ['dormant_response_ends', '2027-03-13', '2027-03-13T03:30:00.000Z'],
    ]);
    expect(reminders.map((r) => r.dayNumber)).toEqual([76, 83, 90, 97, 103]);
    expect(reminders.map((r) => r.deadline)).toEqual(['2027-02-28', '2027-02-28', '2027-02-28', '2027-03-14', '2027-03-14']);
    expect(reminders[0]?.name).toBe('reminder:4242:dormancy_notice:76:2026-11-30');
  });

  it('needs funds still held, a fixed price, a due date and a contract not ended', () => {
    const held = [milestone('Build', 'funded', '2026-11-15')];
    const none = (s: ContractState) => computeReminders([{ state: s, events: [] }], { now, timeZone: 'UTC' });
    expect(none(state(held))).toHaveLength(5);
    expect(none(state([milestone('Build', 'paid', '2026-11-15')]))).toEqual([]);
    expect(none(state([milestone('Build', 'not_funded', '2026-11-15')]))).toEqual([]);
    expect(none(state([milestone('Build', 'funded', null)]))).toEqual([]);
    expect(none(state(held, { type: 'hourly', budget: null }))).toEqual([]);
    expect(none(state(held, { status: 'Ended' }))).toEqual([]);
    expect(none({ ...state(held), contract: null })).toEqual([]);
  });

  it('leaves out the days already past', () => {
    const reminders = computeReminders([{ state: state([milestone('Build', 'funded', '2026-09-01')]), events: [] }], { now, timeZone: 'UTC' });
    // Day 76 is 16 November 2026, day 83 is 23 November.
    expect(reminders.map((r) => r.dayNumber)).toEqual([83, 90, 97, 103]);
  });
});

describe('reminderContractId', () => {
  it('reads the contract from an alarm name, and nothing from other names', () => {
    expect(reminderContractId('reminder:4242:dormant:90:2026-11-30')).toBe('4242');
    expect(reminderContractId('reminder:room_ab12:review_ends_today:2026-12-04:x')).toBe('room_ab12');
    expect(reminderContractId('something-else')).toBeNull();
  });
});

describe('computeReminders: refund requests and ended contracts, dated by Upwork’s system stories', () => {
  let n = 0;
  function story(text: string, at: string, sender: 'system' | 'client' = 'system', timeSource: 'title' | 'day' | 'none' = 'title'): TimelineEvent {
    n++;
    return {
      id: `${ID}:msg:${n}`,
      contractId: ID,
      kind: 'message',
      at,
      atSource: timeSource === 'none' ? 'observed' : 'page',
      observedAt: '2026-11-30T10:00:00.000Z',
      message: { id: `story_${n}`, sender, author: sender === 'system' ? '' : 'Anna', sentAt: at, text, timeSource },
    };
  }
  const run = (events: TimelineEvent[], now = '2026-11-20T00:00:00.000Z') =>
    brief(computeReminders([{ state: state([]), events }], { now, timeZone: 'UTC' }).filter((r) => /refund|dispute/.test(r.kind)));

  it('reminds the day before and on the 7th day after a refund request, in several languages', () => {
    for (const text of [
      'Anna requested a refund of $300.00',
      'Refund request: $300.00',
      'Anna solicitó un reembolso de 300,00 US$',
      'Anna a demandé un remboursement de 300 $',
      'Anna hat eine Rückerstattung beantragt',
      'Клієнт запитав повернення коштів',
    ]) {
      expect(run([story(text, '2026-11-21T10:12:00')]), text).toEqual([
        ['refund_response_ends_tomorrow', '2026-11-27', '2026-11-27T09:00:00.000Z'],
        ['refund_response_ends_today', '2026-11-28', '2026-11-28T09:00:00.000Z'],
      ]);
    }
  });

  it('gives no reminder for a client only saying they will ask, a story with no shown time, or a request later withdrawn', () => {
    expect(run([story('If this is not fixed I will request a refund.', '2026-11-21T10:12:00', 'client')])).toEqual([]);
    expect(run([story('Anna requested a refund of $300.00', '2026-11-30T10:00:00.000Z', 'system', 'none')])).toEqual([]);
    expect(run([story('Anna requested a refund of $300.00', '2026-11-21T10:12:00'), story('Anna withdrew the refund request', '2026-11-22T09:00:00')])).toEqual([]);
    expect(run([story('Anna requested a refund of $300.00', '2026-11-21T10:12:00'), story('A refund of $300.00 was issued', '2026-11-23T09:00:00')])).toEqual([]);
  });

  it('reminds the day before the dispute window closes, 7 days after the contract ended', () => {
    expect(run([story('Anna ended the contract', '2026-11-24T16:00:00')])).toEqual([['dispute_window_ends_tomorrow', '2026-11-30', '2026-11-30T09:00:00.000Z']]);
    expect(run([story('El contrato finalizado por Anna', '2026-11-24T16:00:00')])).toEqual([['dispute_window_ends_tomorrow', '2026-11-30', '2026-11-30T09:00:00.000Z']]);
  });

  it('leaves out what is already past', () => {
    expect(run([story('Anna requested a refund of $300.00', '2026-11-21T10:12:00')], '2026-11-27T12:00:00.000Z')).toEqual([
      ['refund_response_ends_today', '2026-11-28', '2026-11-28T09:00:00.000Z'],
    ]);
  });
});
