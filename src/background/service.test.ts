// The background's handlers over a real (fake-indexeddb) store, with the browser APIs replaced by
// a recording environment: what each message does to the store, the badge and the views.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import type { PageReading, Severity } from '../core/types';
import type { HandlerContext } from '../protocol/router';
import type { PagePreview, RecentPage, ResponseMap, StoreTrouble } from '../protocol/views';
import { createDb } from './db';
import { type Environment, createHandlers } from './service';
import { createStore } from './store';

const WORKROOM = 'https://www.upwork.com/nx/wm/workroom/555/overview';
const ROOM = 'https://www.upwork.com/ab/messages/rooms/room_abc123';

const workroom: PageReading = {
  kind: 'workroom',
  contractId: '555',
  roomId: null,
  contract: {
    id: '555',
    title: 'Bakery landing page',
    clientName: 'Crumb & Co',
    type: 'fixed',
    budget: 900,
    currency: 'USD',
    startedOn: '2026-11-02',
    status: 'Active',
  },
  milestones: [{ title: 'Landing page', amount: 900, currency: 'USD', dueOn: '2026-11-30', status: 'funded' }],
  messages: [],
  problems: [],
  tab: 'overview',
};

const room: PageReading = {
  kind: 'room',
  contractId: '555',
  roomId: 'room_abc123',
  contract: null,
  milestones: [],
  messages: [
    { id: 'story_1', sender: 'client', author: 'Jamie', sentAt: '2026-11-21T10:12:00', text: 'Could you also add an online ordering page with our menu?', timeSource: 'title' },
    { id: 'story_2', sender: 'freelancer', author: 'Ana', sentAt: '2026-11-21T11:00:00', text: 'Let me look at it.', timeSource: 'title' },
  ],
  problems: [],
};

function setup() {
  const store = createStore(createDb({ indexedDB: new IDBFactory(), IDBKeyRange, name: `service-${Math.random()}` }));
  // Each assessment reads the contract's timeline once, or runs inside a reading's transaction:
  // counting both counts assessments.
  let assessments = 0;
  const getTimeline = store.getTimeline;
  store.getTimeline = (contractId) => {
    assessments++;
    return getTimeline(contractId);
  };
  const ingest = store.ingest;
  store.ingest = ((reading, observedAt, url, assess) =>
    ingest(reading, observedAt, url, assess && ((state, events, dismissals) => {
      assessments++;
      return assess(state, events, dismissals);
    }))) as typeof store.ingest;
  const announced: (string | null)[] = [];
  const badges: { tabId: number | null; count: number; severity: Severity | null }[] = [];
  let changes = 0;
  let pages: RecentPage[] = [];
  let trouble: StoreTrouble | null = null;
  let settings: Settings = DEFAULT_SETTINGS;
  const env: Environment = {
    store,
    settings: async () => settings,
    now: () => '2026-11-22T12:00:00.000Z',
    locale: () => 'en-US',
    setBadge: async (tabId, count, severity) => void badges.push({ tabId, count, severity }),
    announceChange: async (from = null) => {
      changes++;
      announced.push(from);
    },
    recentPages: async () => pages,
    rememberPage: async (page) => {
      pages = [page, ...pages.filter((p) => p.url !== page.url)];
    },
    trouble: async () => trouble,
    reportTrouble: async (error) => {
      trouble = { kind: 'unknown', message: String(error), at: 'now' };
    },
    clearTrouble: async () => {
      trouble = null;
    },
  };
  const handlers = createHandlers(env);
  const fromTab = (url: string, tabId = 7): HandlerContext => ({ sender: { id: 'me', url, tab: { id: tabId, url } }, tabId, fromContentScript: true });
  const fromPopup: HandlerContext = { sender: { id: 'me', url: 'chrome-extension://me/src/popup/index.html' }, tabId: null, fromContentScript: false };
  return {
    env,
    handlers,
    badges,
    changes: () => changes,
    announced,
    assessments: () => assessments,
    fromTab,
    fromPopup,
    setSettings: (s: Partial<Settings>) => {
      settings = { ...settings, ...s };
    },
  };
}

type Handlers = ReturnType<typeof setup>['handlers'];
const read = (h: Handlers, url: string, reading: PageReading, context: HandlerContext): Promise<ResponseMap['page.reading']> =>
  h['page.reading']({ url, reading }, context) as Promise<ResponseMap['page.reading']>;

describe('background handlers', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });

  it('stores a workroom, then warns in the room about the unpaid request, with the badge on the tab', async () => {
    const first = await read(t.handlers, WORKROOM, workroom, t.fromTab(WORKROOM));
    expect(first.contractId).toBe('555');
    expect(first.view.warnings).toEqual([]);
    const second = await read(t.handlers, ROOM, room, t.fromTab(ROOM));
    expect(second.added).toBe(2);
    expect(second.view.warnings.map((w) => w.kind)).toEqual(['unpaid_scope']);
    expect(second.view.warnings[0]?.quote).toContain('online ordering page');
    expect(second.view.warnings[0]?.advice.readyMessage?.text).toContain('online ordering page');
    // Dated by the background, so that the page builds no date format of its own.
    expect(second.view.warnings[0]?.sinceText).toBe('Nov 21, 2026');
    expect(second.view.markers.map((m) => m.messageId)).toEqual(['story_1']);
    expect(t.badges).toContainEqual({ tabId: 7, count: 1, severity: 'high' });
    expect(t.badges.at(-1)).toEqual({ tabId: null, count: 1, severity: 'high' });
    expect(t.changes()).toBeGreaterThan(0);
  });

  it('assesses a contract once per reading, and names the reader in the change notice', async () => {
    await read(t.handlers, WORKROOM, workroom, t.fromTab(WORKROOM));
    const before = t.assessments();
    const ack = (await t.handlers['page.reading']({ url: ROOM, reading: room, from: 'reader-1' }, t.fromTab(ROOM))) as ResponseMap['page.reading'];
    expect(t.assessments() - before).toBe(1);
    expect(ack.view.warnings.map((w) => w.kind)).toEqual(['unpaid_scope']);
    expect(ack.view.markers.map((m) => m.messageId)).toEqual(['story_1']);
    expect(t.announced.at(-1)).toBe('reader-1');
    // The same answer as a page.view asked afterwards (what the tab used to ask again).
    const view = await t.handlers['page.view']({ contractId: '555', roomId: null }, t.fromTab(ROOM));
    expect(view).toEqual(ack.view);
  });

  it('answers a reading before the badge and the change notice, and a failure there fails nothing', async () => {
    const later: (() => Promise<void>)[] = [];
    const env = t.env;
    const handlers = createHandlers({ ...env, afterReply: (work) => void later.push(work), setBadge: async () => Promise.reject(new Error('no badge')) });
    await read(handlers, WORKROOM, workroom, t.fromTab(WORKROOM));
    const changesBefore = t.changes();
    const ack = await read(handlers, ROOM, room, t.fromTab(ROOM));
    expect(ack.added).toBe(2);
    expect(ack.view.warnings.map((w) => w.kind)).toEqual(['unpaid_scope']);
    expect(t.changes()).toBe(changesBefore);
    // What was acknowledged is stored, with its summary, before any of the follow-up runs.
    const list = (await handlers['contracts.list']({}, t.fromPopup)) as ResponseMap['contracts.list'];
    expect(list.contracts[0]?.openWarnings).toBe(1);
    await expect(later[1]?.()).rejects.toThrow('no badge');
  });

  it("sends the assessment to the reading's tab before its events are written: the reply carries the same view, or the failure", async () => {
    const previews: { tabId: number; preview: PagePreview }[] = [];
    const preview = (tabId: number, p: PagePreview) => void previews.push({ tabId, preview: p });
    const handlers = createHandlers({ ...t.env, preview });
    // Not for a reading that names no reader (nothing to match it with in the page).
    await read(handlers, WORKROOM, workroom, t.fromTab(WORKROOM));
    expect(previews).toEqual([]);
    const before = t.assessments();
    const ack = (await handlers['page.reading']({ url: ROOM, reading: room, from: 'reader-1' }, t.fromTab(ROOM, 9))) as ResponseMap['page.reading'];
    expect(t.assessments() - before).toBe(1);
    expect(ack.view.warnings.map((w) => w.kind)).toEqual(['unpaid_scope']);
    expect(previews).toEqual([{ tabId: 9, preview: { type: 'page.preview', from: 'reader-1', view: { ...ack.view, trouble: null } } }]);

    // A write that fails after the preview: the reading is refused, so the page shows the failure.
    const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange, name: `service-fail-${Math.random()}` });
    db.events.bulkPut = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as never;
    const failing = createHandlers({ ...t.env, store: createStore(db), preview });
    await expect(failing['page.reading']({ url: ROOM, reading: room, from: 'reader-2' }, t.fromTab(ROOM, 10))).rejects.toThrow(/quota|space|full/i);
    expect(previews.at(-1)?.preview.from).toBe('reader-2');
    expect(previews.at(-1)?.preview.view.warnings.map((w) => w.kind)).toEqual(['unpaid_scope']);
    expect(await createStore(db).getTimeline('555')).toEqual([]);
  });

  it('adds nothing when the same reading comes again', async () => {
    await read(t.handlers, ROOM, room, t.fromTab(ROOM));
    const again = await read(t.handlers, ROOM, room, t.fromTab(ROOM, 8));
    expect(again.added).toBe(0);
  });

  it('dismisses a warning for good, and a new request raises a new one', async () => {
    await read(t.handlers, WORKROOM, workroom, t.fromTab(WORKROOM));
    const { view } = await read(t.handlers, ROOM, room, t.fromTab(ROOM));
    const warning = view.warnings[0];
    await t.handlers['warning.dismiss']({ contractId: '555', warningId: warning?.id as string, reason: 'dismissReasonAgreed' }, t.fromPopup);
    const after = (await t.handlers['page.view']({ contractId: '555', roomId: null }, t.fromPopup)) as ResponseMap['page.view'];
    expect(after.warnings).toEqual([]);
    const list = (await t.handlers['contracts.list']({}, t.fromPopup)) as ResponseMap['contracts.list'];
    expect(list.contracts[0]?.openWarnings).toBe(0);
    const more: PageReading = {
      ...room,
      messages: [{ id: 'story_3', sender: 'client', author: 'Jamie', sentAt: '2026-11-22T09:00:00', text: 'Please also add a gift card page.', timeSource: 'title' }],
    };
    const next = await read(t.handlers, ROOM, more, t.fromTab(ROOM));
    expect(next.view.warnings.map((w) => w.messageId)).toEqual(['story_3']);
  });

  it('refuses a content script reading for a page other than its own or another contract', async () => {
    await expect(read(t.handlers, WORKROOM, workroom, t.fromTab('https://www.upwork.com/nx/wm/workroom/999/overview'))).rejects.toThrow(/other than/);
    const other = 'https://www.upwork.com/nx/wm/workroom/999/overview';
    await expect(read(t.handlers, other, workroom, t.fromTab(other))).rejects.toThrow(/another contract/);
    const list = (await t.handlers['contracts.list']({}, t.fromPopup)) as ResponseMap['contracts.list'];
    expect(list.contracts).toEqual([]);
  });

  it('gives hourly contracts no unpaid-scope warning', async () => {
    const hourly: PageReading = {
      ...workroom,
      contract: { ...(workroom.contract as NonNullable<PageReading['contract']>), type: 'hourly', budget: null },
      milestones: [],
    };
    await read(t.handlers, WORKROOM, hourly, t.fromTab(WORKROOM));
    const { view } = await read(t.handlers, ROOM, room, t.fromTab(ROOM));
    expect(view.warnings.map((w) => w.kind)).not.toContain('unpaid_scope');
  });

  it('dumps contracts with their open warnings and events for replay', async () => {
    await read(t.handlers, WORKROOM, workroom, t.fromTab(WORKROOM));
    await read(t.handlers, ROOM, room, t.fromTab(ROOM));
    const dump = (await t.handlers['state.dump']({}, t.fromPopup)) as ResponseMap['state.dump'];
    expect(dump.contracts.map((c) => [c.id, c.title])).toEqual([['555', 'Bakery landing page']]);
    expect(dump.contracts[0]?.warnings.map((w) => [w.kind, w.since])).toEqual([['unpaid_scope', '2026-11-21T10:12:00']]);
    expect(dump.contracts[0]?.events.filter((e) => e.kind === 'message')).toHaveLength(2);
  });

  it('exports, deletes and imports back the same timeline', async () => {
    await read(t.handlers, WORKROOM, workroom, t.fromTab(WORKROOM));
    await read(t.handlers, ROOM, room, t.fromTab(ROOM));
    const before = (await t.handlers['state.dump']({}, t.fromPopup)) as ResponseMap['state.dump'];
    const { json } = (await t.handlers['data.export']({}, t.fromPopup)) as ResponseMap['data.export'];
    await t.handlers['data.delete']({ confirm: true }, t.fromPopup);
    expect(((await t.handlers['state.dump']({}, t.fromPopup)) as ResponseMap['state.dump']).contracts).toEqual([]);
    await t.handlers['data.import']({ json }, t.fromPopup);
    expect(await t.handlers['state.dump']({}, t.fromPopup)).toEqual(before);
    await expect(t.handlers['data.import']({ json: '{not json' }, t.fromPopup)).rejects.toThrow(/not JSON/);
  });
});
