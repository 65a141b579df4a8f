// The background's contact with browser APIs: badge, storage.local (settings, recent pages, store
// trouble, the change signal). Everything that matters is stored, nothing kept in memory.
import { SETTINGS_KEY, parseSettings } from '../core/settings';
import type { Severity } from '../core/types';
import type { RecentPage, StoreTrouble } from '../protocol/views';
import { browser } from '../platform/browser';
import { CHANGE_KEY, changeNotice } from '../protocol/change-notice';
import type { Environment } from './service';
import type { Store } from './store';
import { troubleKind, troubleOf } from './store-error';

const RECENT_KEY = 'recentPages';
const TROUBLE_KEY = 'storeTrouble';
const RECENT_LIMIT = 12;

const BADGE_COLOUR: Record<Severity, string> = { high: '#b42318', medium: '#b26a00', info: '#1f57c3' };

export function browserEnvironment(store: Store): Environment {
  return {
    store,
    now: () => new Date().toISOString(),
    async settings() {
      const stored = await browser.storage.local.get(SETTINGS_KEY);
      return parseSettings(stored[SETTINGS_KEY]);
    },
    async setBadge(tabId, count, severity) {
      const target = tabId === null ? {} : { tabId };
      await browser.action.setBadgeText({ ...target, text: count > 0 ? String(Math.min(count, 99)) : '' });
      if (count > 0 && severity) await browser.action.setBadgeBackgroundColor({ ...target, color: BADGE_COLOUR[severity] });
    },
    async announceChange(from = null) {
      await browser.storage.local.set({ [CHANGE_KEY]: changeNotice(from) });
    },
    async recentPages() {
      const stored = await browser.storage.local.get(RECENT_KEY);
      return Array.isArray(stored[RECENT_KEY]) ? (stored[RECENT_KEY] as RecentPage[]) : [];
    },
    async rememberPage(page) {
      const pages = (await this.recentPages()).filter((p) => p.url !== page.url);
      await browser.storage.local.set({ [RECENT_KEY]: [page, ...pages].slice(0, RECENT_LIMIT) });
    },
    async forgetRecentPages() {
      await browser.storage.local.remove(RECENT_KEY);
    },
    async trouble() {
      // A failed write is kept in storage.local: the store itself may be what is failing (a full
      // quota refuses the store's own note of it). Otherwise the store's last error, if any.
      const stored = await browser.storage.local.get(TROUBLE_KEY);
      const reported = (stored[TROUBLE_KEY] as StoreTrouble | undefined) ?? null;
      if (reported) return reported;
      try {
        const last = await store.lastError();
        return last ? { kind: troubleKind(last.kind), message: last.message, at: last.at } : null;
      } catch (error) {
        return troubleOf(error, 'opening the store');
      }
    },
    async reportTrouble(error) {
      await browser.storage.local.set({ [TROUBLE_KEY]: troubleOf(error, 'saving a page reading') }).catch(() => undefined);
    },
    async clearTrouble() {
      const stored = await browser.storage.local.get(TROUBLE_KEY);
      if (stored[TROUBLE_KEY] !== undefined) await browser.storage.local.remove(TROUBLE_KEY);
      await store.clearWriteError();
    },
  };
}
