// The background: the one writer of Scope Guard's data. Listeners are registered synchronously at
// top level so that a stopped service worker (or Firefox event page) is woken by the next event.
import { createRouter } from '../protocol/router';
import { type Runtime, browser } from '../platform/browser';
import { createDb } from './db';
import { browserEnvironment } from './environment';
import { createHandlers } from './service';
import { createStore } from './store';

const store = createStore(createDb());
const route = createRouter(createHandlers(browserEnvironment(store)), {
  runtimeId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html#welcome') });
});
