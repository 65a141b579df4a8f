// A full quota, as the browser reports it (a QuotaExceededError inside the write transaction), over
// a real store: the reading is refused with a clear "quota" error, nothing is half-written, the
// trouble is reported, and it is forgotten once a write succeeds again. (Chromium does not enforce
// DevTools' Storage.overrideQuotaForOrigin on a chrome-extension:// origin, so the real-browser
// test of this path cannot shrink the quota; see test/e2e/storage-faults.test.ts.)
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { PageReading } from '../core/types';
import type { HandlerContext } from '../protocol/router';
import type { StoreTrouble } from '../protocol/views';
import { createDb } from './db';
import { type Environment, createHandlers } from './service';
import { createStore } from './store';
import { troubleOf } from './store-error';

const ROOM = 'https://www.upwork.com/ab/messages/rooms/room_q1';
const reading = (count: number): PageReading => ({
  kind: 'room',
  contractId: '777',
  roomId: 'room_q1',
  contract: null,
  milestones: [],
  messages: Array.from({ length: count }, (_, i) => ({
    id: `story_${i}`,
    sender: 'client' as const,
    author: 'Jamie',
    sentAt: `2026-11-21T10:${String(i).padStart(2, '0')}:00`,
    text: `Message ${i}`,
    timeSource: 'title' as const,
  })),
  problems: [],
});

describe('a full quota', () => {
  it('refuses the reading clearly, keeps what was stored, and clears the trouble once writes work', async () => {
    const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const store = createStore(db);
    let full = false;
    db.events.hook('creating', () => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    // The environment's storage.local note, kept in memory here; the store's last error is real.
    let noted: StoreTrouble | null = null;
    const env: Environment = {
      store,
      settings: async () => DEFAULT_SETTINGS,
      now: () => '2026-11-22T12:00:00.000Z',
      setBadge: async () => {},
      announceChange: async () => {},
      recentPages: async () => [],
      rememberPage: async () => {},
      trouble: async () => {
        if (noted) return noted;
        const last = await store.lastError();
        return last ? { kind: last.kind as StoreTrouble['kind'], message: last.message, at: last.at } : null;
      },
      reportTrouble: async (error) => {
        noted = troubleOf(error, 'saving a page reading');
      },
      clearTrouble: async () => {
        noted = null;
        await store.clearWriteError();
      },
    };
    const handlers = createHandlers(env);
    const context: HandlerContext = { sender: { id: 'me', url: ROOM, tab: { id: 1, url: ROOM } }, tabId: 1, fromContentScript: true };

    await handlers['page.reading']({ url: ROOM, reading: reading(3) }, context);
    full = true;
    await expect(handlers['page.reading']({ url: ROOM, reading: reading(40) }, context)).rejects.toMatchObject({
      kind: 'quota',
      message: expect.stringMatching(/no storage space left/),
    });
    const listed = await handlers['contracts.list']({}, context);
    expect(listed.trouble).toMatchObject({ kind: 'quota' });
    expect((await store.lastError())?.kind).toBe('quota');
    expect((await store.getTimeline('777')).filter((e) => e.kind === 'message')).toHaveLength(3);

    full = false;
    const ack = await handlers['page.reading']({ url: ROOM, reading: reading(40) }, context);
    expect(ack.added).toBe(37);
    expect(ack.view.trouble).toBeNull();
    expect((await handlers['contracts.list']({}, context)).trouble).toBeNull();
    expect(await store.lastError()).toBeNull();
    db.close();
  });
});
