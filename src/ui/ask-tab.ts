// The popup's side of the tab messages (protocol/tab-messages.ts).
import { browser } from '../platform/browser';
import type { TabMessageType, TabRequestMap } from '../protocol/tab-messages';

/** Asks the content script in `tabId`; rejects when it is not there or answers with an error. */
export async function askTab<T extends TabMessageType>(tabId: number, type: T): Promise<TabRequestMap[T]> {
  const reply = (await browser.tabs.sendMessage(tabId, { type })) as { ok?: boolean; value?: TabRequestMap[T]; error?: string } | undefined;
  if (!reply?.ok || reply.value === undefined) throw new Error(reply?.error ?? 'The page did not answer: refresh it and try again.');
  return reply.value;
}
