// The background: the one writer of Scope Guard's data. Listeners are registered synchronously at
// top level so that a stopped service worker (or Firefox event page) is woken by the next event.
import { reminderContractId } from '../core/reminders';
import { SETTINGS_KEY } from '../core/settings';
import { createRouter } from '../protocol/router';
import { type Runtime, browser } from '../platform/browser';
import { createDb } from './db';
import { browserEnvironment, browserReminders, migrateStoredSettings, reminderPageUrl } from './environment';
import { createHandlers } from './service';
import { createStore } from './store';

const store = createStore(createDb());
const reminders = browserReminders(store);
const route = createRouter(createHandlers(browserEnvironment(store, reminders)), {
  runtimeId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
});

const syncReminders = () => void reminders.sync().catch((error) => console.warn('Scope Guard: reminders not updated:', error));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html#welcome') });
  // Alarms do not survive an update in Chrome, nor a restart in Firefox: set them again.
  void migrateStoredSettings().finally(syncReminders);
});
browser.runtime.onStartup.addListener(syncReminders);

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SETTINGS_KEY in changes) syncReminders();
});

browser.alarms.onAlarm.addListener((alarm) => {
  void reminders.fire(alarm).catch((error) => console.warn('Scope Guard: reminder not shown:', error));
});

// A reminder's notification opens the contract in Scope Guard's own page; nothing goes to Upwork.
browser.notifications.onClicked.addListener((notificationId) => {
  const contractId = reminderContractId(notificationId);
  if (!contractId) return;
  void browser.tabs.create({ url: reminderPageUrl(contractId) });
  void browser.notifications.clear(notificationId);
});
