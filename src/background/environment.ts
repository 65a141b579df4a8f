// The background's contact with browser APIs: badge, storage.local (settings, recent pages, store
// trouble, the change signal). Everything that matters is stored, nothing kept in memory.
import { SETTINGS_KEY, parseSettings } from '../core/settings';
import type { Severity } from '../core/types';
import type { RecentPage, StoreTrouble } from '../protocol/views';
import { browser } from '../platform/browser';
import type { Environment } from './service';
import type { Store } from './store';
import { toStoreError } from './store-error';

const RECENT_KEY = 'recentPages';
const TROUBLE_KEY = 'storeTrouble';
const CHANGE_KEY = 'sg.changed';
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
    async announceChange() {
      await browser.storage.local.set({ [CHANGE_KEY]: Date.now() });
    },
    async recentPages() {
      const stored = await browser.storage.local.get(RECENT_KEY);
      return Array.isArray(stored[RECENT_KEY]) ? (stored[RECENT_KEY] as RecentPage[]) : [];
    },
    async rememberPage(page) {
      const pages = (await this.recentPages()).filter((p) => p.url !== page.url);
      await browser.storage.local.set({ [RECENT_KEY]: [page, ...pages].slice(0, RECENT_LIMIT) });
    },
    async trouble() {
      const stored = await browser.storage.local.get(TROUBLE_KEY);
      return (stored[TROUBLE_KEY] as StoreTrouble | undefined) ?? null;
    },
    async reportTrouble(error) {
      const storeError = toStoreError(error, 'saving a page reading');
      const trouble: StoreTrouble = { kind: storeError.kind as StoreTrouble['kind'], message: storeError.message, at: new Date().toISOString() };
      await browser.storage.local.set({ [TROUBLE_KEY]: trouble }).catch(() => undefined);
    },
  };
}

/** Clear a reported trouble once the store works again. */
export async function clearTrouble(): Promise<void> {
  await browser.storage.local.remove(TROUBLE_KEY);
}
