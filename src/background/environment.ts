// The background's contact with browser APIs: badge, storage.local (settings, recent pages, store
// trouble, the change signal). Everything that matters is stored, nothing kept in memory.
import { formatDate } from '../core/format';
import { ownTimeZone, type Reminder } from '../core/reminders';
import { SETTINGS_KEY, SETTINGS_VERSION, parseSettings } from '../core/settings';
import type { Severity } from '../core/types';
import type { RecentPage, StoreTrouble } from '../protocol/views';
import { browser } from '../platform/browser';
import { CHANGE_KEY, changeNotice } from '../protocol/change-notice';
import { t, uiLocale } from '../platform/i18n';
import { createReminders, type Reminders } from './reminders';
import type { Environment } from './service';
import type { Store } from './store';
import { troubleKind, troubleOf } from './store-error';

const RECENT_KEY = 'recentPages';
const TROUBLE_KEY = 'storeTrouble';
const RECENT_LIMIT = 12;

const BADGE_COLOUR: Record<Severity, string> = { high: '#b42318', medium: '#b26a00', info: '#1f57c3' };

export function browserEnvironment(store: Store, reminders?: Reminders): Environment {
  /** Whether storage.local holds a reported write failure: known after the first look (this worker
   * is its only writer), so that each reading does not read storage for it twice. */
  let troubleStored: boolean | null = null;
  return {
    store,
    reminders,
    now: () => new Date().toISOString(),
    settings: readSettings,
    locale: uiLocale,
    afterReply(work) {
      // The worker lives on after the reply (it is stopped only when idle): the badge follows in ms.
      setTimeout(() => void work().catch((error) => console.error('Scope Guard: after a reading:', error)), 0);
    },
    preview(tabId, preview) {
      // The top frame only: the content script runs nowhere else.
      browser.tabs.sendMessage(tabId, preview, { frameId: 0 }).catch(() => undefined);
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
      if (troubleStored !== false) {
        const stored = await browser.storage.local.get(TROUBLE_KEY);
        const reported = (stored[TROUBLE_KEY] as StoreTrouble | undefined) ?? null;
        troubleStored = reported !== null;
        if (reported) return reported;
      }
      try {
        const last = await store.lastError();
        return last ? { kind: troubleKind(last.kind), message: last.message, at: last.at } : null;
      } catch (error) {
        return troubleOf(error, 'opening the store');
      }
    },
    async reportTrouble(error) {
      troubleStored = null;
      await browser.storage.local.set({ [TROUBLE_KEY]: troubleOf(error, 'saving a page reading') }).catch(() => undefined);
    },
    async clearTrouble() {
      if (troubleStored !== false) {
        const stored = await browser.storage.local.get(TROUBLE_KEY);
        if (stored[TROUBLE_KEY] !== undefined) await browser.storage.local.remove(TROUBLE_KEY);
        troubleStored = false;
      }
      await store.clearWriteError();
    },
  };
}

async function readSettings() {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Stored settings of an older version are written back migrated (once, after an update). */
export async function migrateStoredSettings(): Promise<void> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { version?: unknown } | undefined;
  if (stored && typeof stored === 'object' && stored.version !== SETTINGS_VERSION) {
    await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(stored) });
  }
}

/** Where a reminder's notification leads: the contract in the popup page, opened in a tab. */
export function reminderPageUrl(contractId: string): string {
  return browser.runtime.getURL(`src/popup/index.html#contract=${encodeURIComponent(contractId)}`);
}

/** The words of a reminder's notification, in the browser's language. */
export function reminderNotice(reminder: Reminder): { title: string; message: string } {
  const date = formatDate(reminder.deadline, uiLocale());
  const subject = reminder.kind.startsWith('review') ? [reminder.milestoneTitle ?? '', date] : [date];
  return {
    title: reminder.contractTitle ?? t('extName'),
    message: t(`reminder_${reminder.kind}`, reminder.kind === 'dormancy_notice' ? [String(reminder.dayNumber), date] : subject),
  };
}

export function browserReminders(store: Store): Reminders {
  return createReminders({
    store,
    settings: readSettings,
    now: () => Date.now(),
    timeZone: ownTimeZone,
    alarms: browser.alarms,
    async notify(reminder) {
      const { title, message } = reminderNotice(reminder);
      // The alarm's name is the notification's id: a click on it names the contract.
      await browser.notifications.create(reminder.name, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('icons/icon-128.png'),
        title,
        message,
      });
    },
  });
}
