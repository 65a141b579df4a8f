// The alarms kept for reminders, over a real (fake-indexeddb) store and a recording alarms API.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Reminder } from '../core/reminders';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import type { PageReading } from '../core/types';
import { createDb } from './db';
import { type AlarmInfo, type AlarmsApi, createReminders } from './reminders';
import { createStore } from './store';

const URL_555 = 'https://www.upwork.com/nx/wm/workroom/555/overview';

function workroom(id: string, status: 'funded' | 'submitted' | 'paid', statusOn?: string): PageReading {
  return {
    kind: 'workroom',
    contractId: id,
    roomId: null,
    contract: { id, title: `Contract ${id}`, clientName: 'Crumb & Co', type: 'fixed', budget: 900, currency: 'USD', startedOn: '2026-11-02', status: 'Active' },
    milestones: [{ title: 'Landing page', amount: 900, currency: 'USD', dueOn: '2026-11-30', status, ...(statusOn ? { statusOn } : {}) }],
    messages: [],
    problems: [],
    tab: 'overview',
  };
}

function setup() {
  const store = createStore(createDb({ indexedDB: new IDBFactory(), IDBKeyRange, name: `reminders-${Math.random()}` }));
  const alarms = new Map<string, number>();
  const log: string[] = [];
  const api: AlarmsApi = {
    getAll: async () => [...alarms].map(([name, scheduledTime]): AlarmInfo => ({ name, scheduledTime })),
    create: (name, { when }) => {
      log.push(`create ${name}`);
      alarms.set(name, when);
    },
    clear: async (name) => {
      log.push(`clear ${name}`);
      return alarms.delete(name);
    },
  };
  let settings: Settings = DEFAULT_SETTINGS;
  let now = Date.parse('2026-11-22T12:00:00.000Z');
  const shown: Reminder[] = [];
  const reminders = createReminders({
    store,
    settings: async () => settings,
    now: () => now,
    timeZone: () => 'Europe/Kyiv',
    alarms: api,
    notify: async (reminder) => void shown.push(reminder),
  });
  return {
    store,
    alarms,
    log,
    reminders,
    shown,
    set settings(value: Settings) {
      settings = value;
    },
    set now(value: number) {
      now = value;
    },
  };
}

const named = (alarms: Map<string, number>) => [...alarms].map(([name, when]) => [name, new Date(when).toISOString()]).sort();

describe('reminder alarms', () => {
  it('creates one alarm per reminder, at 09:00 local, and leaves them alone when nothing changed', async () => {
    const t = setup();
    await t.store.ingest(workroom('555', 'submitted', '2026-11-20'), '2026-11-21T10:00:00.000Z', URL_555);
    await t.store.ingest(workroom('777', 'paid'), '2026-11-21T10:00:00.000Z', null);
    await t.reminders.sync();
    expect(named(t.alarms)).toEqual([
      ['reminder:555:dormancy_notice:76:2026-11-30', '2027-02-14T07:00:00.000Z'],
      ['reminder:555:dormancy_notice:83:2026-11-30', '2027-02-21T07:00:00.000Z'],
      ['reminder:555:dormant:90:2026-11-30', '2027-02-28T07:00:00.000Z'],
      ['reminder:555:dormant_response_ends:103:2026-11-30', '2027-03-13T07:00:00.000Z'],
      ['reminder:555:dormant_response_opens:97:2026-11-30', '2027-03-07T07:00:00.000Z'],
      ['reminder:555:review_ends_today:2026-12-04:landing page', '2026-12-04T07:00:00.000Z'],
      ['reminder:555:review_ends_tomorrow:2026-12-04:landing page', '2026-12-03T07:00:00.000Z'],
    ]);
    t.log.length = 0;
    await t.reminders.sync();
    await t.reminders.sync('555');
    expect(t.log).toEqual([]);
  });

  it('replaces a contract’s alarms when its timeline changes, and keeps other alarms', async () => {
    const t = setup();
    t.alarms.set('someone-else', 1);
    await t.store.ingest(workroom('555', 'submitted', '2026-11-20'), '2026-11-21T10:00:00.000Z', URL_555);
    await t.reminders.sync('555');
    await t.store.ingest(workroom('555', 'paid', '2026-11-23'), '2026-11-23T10:00:00.000Z', URL_555);
    await t.reminders.sync('555');
    // Paid: no review, no funds held, so no dormancy either.
    expect(named(t.alarms)).toEqual([['someone-else', '1970-01-01T00:00:00.001Z']]);
  });

  it('clears every reminder alarm when reminders are turned off, and brings them back when on', async () => {
    const t = setup();
    await t.store.ingest(workroom('555', 'submitted', '2026-11-20'), '2026-11-21T10:00:00.000Z', URL_555);
    await t.reminders.sync();
    expect(t.alarms.size).toBe(7);
    t.settings = { ...DEFAULT_SETTINGS, reminders: false };
    expect(await t.reminders.sync()).toEqual([]);
    expect(t.alarms.size).toBe(0);
    t.settings = DEFAULT_SETTINGS;
    await t.reminders.sync();
    expect(t.alarms.size).toBe(7);
  });

  it('shows a fired reminder only if it still stands, is on time, and reminders are on', async () => {
    const t = setup();
    await t.store.ingest(workroom('555', 'submitted', '2026-11-20'), '2026-11-21T10:00:00.000Z', URL_555);
    await t.reminders.sync();
    const name = 'reminder:555:review_ends_tomorrow:2026-12-04:landing page';
    const alarm = { name, scheduledTime: t.alarms.get(name) as number };
    t.now = alarm.scheduledTime + 1000;
    expect(await t.reminders.fire(alarm)).toMatchObject({ kind: 'review_ends_tomorrow', contractTitle: 'Contract 555', milestoneTitle: 'Landing page' });
    expect(t.shown).toHaveLength(1);

    t.now = alarm.scheduledTime + 13 * 3600_000;
    expect(await t.reminders.fire(alarm)).toBeNull();

    t.now = alarm.scheduledTime + 1000;
    expect(await t.reminders.fire({ name: 'other-alarm', scheduledTime: alarm.scheduledTime })).toBeNull();
    t.settings = { ...DEFAULT_SETTINGS, reminders: false };
    expect(await t.reminders.fire(alarm)).toBeNull();
    t.settings = DEFAULT_SETTINGS;

    await t.store.ingest(workroom('555', 'paid', '2026-12-01'), '2026-12-01T10:00:00.000Z', URL_555);
    expect(await t.reminders.fire(alarm)).toBeNull();
    expect(t.shown).toHaveLength(1);
  });

  it('clears the alarms of deleted data', async () => {
    const t = setup();
    await t.store.ingest(workroom('555', 'submitted', '2026-11-20'), '2026-11-21T10:00:00.000Z', URL_555);
    await t.reminders.sync();
    await t.store.deleteAll();
    await t.reminders.sync();
    expect(t.alarms.size).toBe(0);
  });
});
