// The router is the one door into the background: every sender tier against every message type,
// malformed and oversized payloads, and readings that claim another tab's contract, wired to the
// real handlers over a real store (fake-indexeddb) so that "no side effects" is checked on data.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { PageReading } from '../core/types';
import { createDb, type ScopeGuardDb } from '../background/db';
import { createHandlers, type Environment } from '../background/service';
import { createStore, type Store } from '../background/store';
import type { Envelope } from './envelope';
import { createRouter, type Handlers, onceLogger, type SenderInfo } from './router';
import { CONTENT_SCRIPT_TYPES, type MessageType, requestSchemas } from './schema';
import type { RecentPage, ResponseMap } from './views';

const RUNTIME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME_ID}/`;
const WORKROOM = 'https://www.upwork.com/nx/wm/workroom/38123456/overview';
const OTHER_WORKROOM = 'https://www.upwork.com/nx/wm/workroom/99999999/overview';
const ROOM = 'https://www.upwork.com/ab/messages/rooms/room_abc123';

const SENDERS = {
  popup: { id: RUNTIME_ID, url: `${ORIGIN}src/popup/index.html` },
  optionsTab: { id: RUNTIME_ID, url: `${ORIGIN}src/options/index.html`, tab: { id: 3, url: `${ORIGIN}src/options/index.html` }, frameId: 0 },
  contentScript: { id: RUNTIME_ID, url: WORKROOM, tab: { id: 7, url: WORKROOM }, frameId: 0 },
  contentScriptOtherOrigin: { id: RUNTIME_ID, url: 'https://evil.example/nx/wm/workroom/38123456/overview', tab: { id: 8, url: 'https://evil.example/' } },
  contentScriptLookalike: { id: RUNTIME_ID, url: 'https://www.upwork.com.evil.example/nx/wm/workroom/1/overview', tab: { id: 9 } },
  contentScriptHttp: { id: RUNTIME_ID, url: 'http://www.upwork.com/nx/wm/workroom/1/overview', tab: { id: 9 } },
  otherExtension: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/bg.js' },
  otherExtensionPretendingUrl: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: `${ORIGIN}src/popup/index.html` },
  webPage: { url: WORKROOM, tab: { id: 7, url: WORKROOM } },
  noSender: {},
  // One of our pages framed inside an Upwork tab (it is not web-accessible, but were it ever).
  framedExtensionPage: { id: RUNTIME_ID, url: `${ORIGIN}src/popup/index.html`, tab: { id: 7, url: WORKROOM }, frameId: 3 },
} satisfies Record<string, SenderInfo>;

function reading(contractId = '38123456', extra: Partial<PageReading> = {}): PageReading {
  return {
    kind: 'workroom',
    contractId,
    roomId: null,
    contract: {
      id: contractId,
      title: 'Logo design',
      clientName: 'Ann',
      type: 'fixed',
      budget: 300,
      currency: 'USD',
      startedOn: '2026-10-01',
      status: 'Active',
    },
    milestones: [{ title: 'Concepts', amount: 300, currency: 'USD', dueOn: null, status: 'funded' }],
    messages: [],
    problems: [],
    ...extra,
  };
}

/** A valid request for every type, so each test can vary one thing. */
const VALID: { [T in MessageType]: unknown } = {
  'page.reading': { url: WORKROOM, reading: reading() },
  'page.view': { contractId: '38123456', roomId: null },
  'warning.dismiss': { contractId: '38123456', warningId: 'w1', reason: 'agreed' },
  'page.sanitize': { url: WORKROOM, tree: ['html', [], ['body', [], 'Budget']] },
  'contracts.list': {},
  'contract.detail': { contractId: '38123456' },
  'contract.setBaseline': { contractId: '38123456', text: 'Three logo concepts' },
  'contract.exportTimeline': { contractId: '38123456', format: 'markdown' },
  'data.export': {},
  'data.import': { json: '{}' },
  'data.delete': { confirm: true },
  'state.dump': {},
  'reminders.sync': {},
};
const TYPES = Object.keys(requestSchemas) as MessageType[];

describe('router with recording handlers', () => {
  let calls: { type: string; tabId: number | null; fromContentScript: boolean }[];
  let logged: string[];
  let route: (message: unknown, sender: SenderInfo) => Promise<Envelope<unknown>>;

  beforeEach(() => {
    calls = [];
    logged = [];
    const handlers = Object.fromEntries(
      TYPES.map((type) => [type, (_data: unknown, context: { tabId: number | null; fromContentScript: boolean }) => {
        calls.push({ type, tabId: context.tabId, fromContentScript: context.fromContentScript });
        return 'handled';
      }]),
    ) as unknown as Handlers<ResponseMap>;
    route = createRouter(handlers, { runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN }, (reason) => logged.push(reason));
  });

  it('lets the extension pages send every type', async () => {
    for (const sender of [SENDERS.popup, SENDERS.optionsTab]) {
      for (const type of TYPES) {
        expect(await route({ type, data: VALID[type] }, sender), type).toEqual({ ok: true, value: 'handled' });
      }
    }
    expect(calls).toHaveLength(TYPES.length * 2);
    expect(calls.every((c) => c.tabId === null && !c.fromContentScript)).toBe(true);
    expect(logged).toEqual([]);
  });

  it('lets a content script on https://www.upwork.com send only the content-script types, with its tab', async () => {
    for (const type of TYPES) {
      const reply = await route({ type, data: VALID[type] }, SENDERS.contentScript);
      expect(reply.ok, type).toBe(CONTENT_SCRIPT_TYPES.has(type));
      if (!reply.ok) expect(reply.error).toContain("only the extension's own pages may send it");
    }
    expect(calls.map((c) => c.type).sort()).toEqual([...CONTENT_SCRIPT_TYPES].sort());
    expect(calls.every((c) => c.tabId === 7 && c.fromContentScript)).toBe(true);
  });

  it.each([
    ['a content script on another origin', SENDERS.contentScriptOtherOrigin],
    ['a content script on a look-alike host', SENDERS.contentScriptLookalike],
    ['a content script on plain http', SENDERS.contentScriptHttp],
    ['another extension', SENDERS.otherExtension],
    ['another extension giving our page URL', SENDERS.otherExtensionPretendingUrl],
    ['a web page', SENDERS.webPage],
    ['an unknown sender', SENDERS.noSender],
    ['our page framed in an Upwork tab', SENDERS.framedExtensionPage],
  ])('refuses every type from %s, and reaches no handler', async (_name, sender: SenderInfo) => {
    for (const type of TYPES) {
      const reply = await route({ type, data: VALID[type] }, sender);
      expect(reply.ok, type).toBe(false);
    }
    expect(calls).toEqual([]);
    expect(logged.length).toBeGreaterThan(0);
  });

  it('refuses messages that are not protocol messages', async () => {
    const bad: unknown[] = [
      null,
      undefined,
      'page.reading',
      42,
      [],
      ['page.reading', VALID['page.reading']],
      {},
      { type: 'no.such.type', data: {} },
      { type: '__proto__', data: {} },
      { type: 'constructor', data: {} },
      { type: 'toString', data: {} },
      { type: 'hasOwnProperty', data: {} },
      { type: ['page.view'], data: VALID['page.view'] },
      { type: { toString: () => 'page.view' }, data: VALID['page.view'] },
      JSON.parse('{"__proto__": {"type": "page.view"}, "data": {"contractId": null, "roomId": null}}'),
    ];
    for (const message of bad) {
      for (const sender of [SENDERS.popup, SENDERS.contentScript]) {
        const reply = await route(message, sender);
        expect(reply.ok, JSON.stringify(message)).toBe(false);
        expect((reply as { error: string }).error).toMatch(/^Rejected /);
      }
    }
    expect(calls).toEqual([]);
  });

  it('refuses wrong field types, missing fields and oversized payloads for every type', async () => {
    const long = (n: number) => 'x'.repeat(n);
    const bad: [MessageType, unknown][] = [
      ['page.reading', undefined],
      ['page.reading', { url: WORKROOM }],
      ['page.reading', { url: 'https://evil.example/', reading: reading() }],
      ['page.reading', { url: 'javascript:alert(1)//https://www.upwork.com/', reading: reading() }],
      ['page.reading', { url: `https://www.upwork.com/${long(5000)}`, reading: reading() }],
      ['page.reading', { url: WORKROOM, reading: { ...reading(), kind: 'admin' } }],
      ['page.reading', { url: WORKROOM, reading: { ...reading(), contractId: 38123456 } }],
      ['page.reading', { url: WORKROOM, reading: { ...reading(), contractId: '../../etc' } }],
      ['page.reading', { url: WORKROOM, reading: { ...reading(), messages: 'none' } }],
      ['page.reading', { url: WORKROOM, reading: reading('38123456', { contract: { ...(reading().contract as NonNullable<PageReading['contract']>), title: long(5000) } }) }],
      ['page.reading', { url: WORKROOM, reading: reading('38123456', { contract: { ...(reading().contract as NonNullable<PageReading['contract']>), budget: Number.POSITIVE_INFINITY } }) }],
      ['page.reading', { url: WORKROOM, reading: reading('38123456', { contract: { ...(reading().contract as NonNullable<PageReading['contract']>), budget: -5 } }) }],
      [
        'page.reading',
        {
          url: WORKROOM,
          reading: reading('38123456', {
            messages: Array.from({ length: 501 }, (_, i) => ({ id: `m${i}`, sender: 'client', author: 'Ann', sentAt: '2026-11-01T10:00', text: 'hi' })),
          }),
        },
      ],
      [
        'page.reading',
        { url: WORKROOM, reading: reading('38123456', { messages: [{ id: 'm1', sender: 'client', author: 'Ann', sentAt: '2026-11-01T10:00', text: long(10_000_000) }] }) },
      ],
      [
        'page.reading',
        { url: WORKROOM, reading: reading('38123456', { messages: [{ id: 'm1', sender: 'client', author: 'Ann', sentAt: 'yesterday', text: 'hi' }] }) },
      ],
      ['page.reading', { url: WORKROOM, reading: reading('38123456', { problems: Array.from({ length: 51 }, () => 'p') }) }],
      ['page.view', { contractId: 1, roomId: null }],
      ['page.view', { contractId: null }],
      ['page.view', { contractId: null, roomId: 'room_<script>' }],
      ['warning.dismiss', { contractId: '1', warningId: long(401), reason: 'x' }],
      ['warning.dismiss', { contractId: '1', warningId: 'w', reason: long(501) }],
      ['warning.dismiss', { contractId: 'not-a-contract', warningId: 'w', reason: 'x' }],
      ['contracts.list', null],
      ['contracts.list', 'all'],
      ['contract.detail', { contractId: { $ne: null } }],
      ['contract.setBaseline', { contractId: '1', text: 42 }],
      ['contract.setBaseline', { contractId: '1', text: '' }],
      ['contract.setBaseline', { contractId: '1', text: long(50_001) }],
      ['contract.exportTimeline', { contractId: '1', format: 'html' }],
      ['data.export', 'everything'],
      ['data.import', { json: { format: 'scope-guard-export' } }],
      ['data.delete', { confirm: 'yes' }],
      ['data.delete', { confirm: 1 }],
      ['data.delete', {}],
      ['state.dump', 'please'],
    ];
    for (const [type, data] of bad) {
      const reply = await route({ type, data }, SENDERS.popup);
      expect(reply.ok, `${type} ${JSON.stringify(data)?.slice(0, 120)}`).toBe(false);
      const error = (reply as { error: string }).error;
      expect(error.startsWith(`Rejected "${type}"`), error).toBe(true);
      // The reason is one bounded line, never the payload echoed back.
      expect(error.length).toBeLessThanOrEqual(300);
    }
    expect(calls).toEqual([]);
  });

  it('turns a handler failure into an error reply without throwing', async () => {
    const failing = createRouter(
      Object.fromEntries(TYPES.map((type) => [type, () => Promise.reject(new Error('disk full'))])) as unknown as Handlers<ResponseMap>,
      { runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN },
      () => {},
    );
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await failing({ type: 'contracts.list', data: {} }, SENDERS.popup)).toEqual({ ok: false, error: 'disk full' });
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});

describe('onceLogger', () => {
  it('writes each reason once, and stops after its limit, so a flood of bad messages cannot flood the log', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const route = createRouter({} as Handlers<ResponseMap>, { runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN }, onceLogger(5));
    for (let i = 0; i < 50; i++) await route({ type: 'no.such.type', data: {} }, SENDERS.popup);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('unknown type "no.such.type"');
    for (let i = 0; i < 50; i++) await route({ type: `junk${i}`, data: {} }, SENDERS.popup);
    expect(warn).toHaveBeenCalledTimes(5);
    warn.mockRestore();
  });
});

describe('router over the real handlers and store', () => {
  let db: ScopeGuardDb;
  let store: Store;
  let route: (message: unknown, sender: SenderInfo) => Promise<Envelope<unknown>>;
  let recent: RecentPage[];

  beforeEach(async () => {
    db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    store = createStore(db);
    recent = [];
    const env: Environment = {
      store,
      settings: async () => DEFAULT_SETTINGS,
      now: () => '2026-11-20T10:00:00.000Z',
      setBadge: async () => {},
      announceChange: async () => {},
      recentPages: async () => recent,
      rememberPage: async (page) => {
        recent.push(page);
      },
      trouble: async () => null,
      reportTrouble: async () => {},
      clearTrouble: async () => {},
    };
    route = createRouter(createHandlers(env), { runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN }, () => {});
  });
  afterEach(() => db.close());

  const snapshot = async () => JSON.stringify({ ...(await store.exportAll('2026-01-01T00:00:00.000Z')), exportedAt: null });

  it('stores a content script reading for its own page', async () => {
    const reply = await route({ type: 'page.reading', data: { url: WORKROOM, reading: reading() } }, SENDERS.contentScript);
    expect(reply).toMatchObject({ ok: true, value: { contractId: "38123456" } });
    expect((await store.getContract('38123456'))?.milestones).toHaveLength(1);
  });

  it.each([
    ['a reading for another page than the sender’s', { url: OTHER_WORKROOM, reading: reading('99999999') }, SENDERS.contentScript],
    ['a reading that claims another contract', { url: WORKROOM, reading: reading('99999999') }, SENDERS.contentScript],
    [
      'a room reading that claims another room',
      { url: ROOM, reading: { ...reading(), kind: 'room', contractId: null, contract: null, milestones: [], roomId: 'room_other' } },
      { ...SENDERS.contentScript, url: ROOM, tab: { id: 7, url: ROOM } },
    ],
  ])('rejects %s and changes nothing', async (_name, data, sender) => {
    await route({ type: 'page.reading', data: VALID['page.reading'] }, SENDERS.contentScript);
    const before = await snapshot();
    const recentBefore = recent.length;
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await route({ type: 'page.reading', data }, sender);
    error.mockRestore();
    expect(reply.ok).toBe(false);
    expect((reply as { error: string }).error).toMatch(/^Rejected a reading/);
    expect(await snapshot()).toBe(before);
    expect(recent.length).toBe(recentBefore);
  });

  it('refuses extension-page types from a content script before the store is touched', async () => {
    await route({ type: 'page.reading', data: VALID['page.reading'] }, SENDERS.contentScript);
    const before = await snapshot();
    for (const type of ['data.delete', 'data.import', 'contract.setBaseline', 'data.export', 'state.dump', 'reminders.sync'] as MessageType[]) {
      const reply = await route({ type, data: VALID[type] }, SENDERS.contentScript);
      expect(reply.ok, type).toBe(false);
    }
    expect(await snapshot()).toBe(before);
    expect(await store.getContract('38123456')).not.toBeNull();
  });
});
