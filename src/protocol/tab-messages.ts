// Messages from the extension's own pages to the content script of one tab (today: the popup asks
// the page it says was not understood for a sanitized copy). The content script answers only the
// extension's own pages: this extension's id, an extension-page URL and no tab (a content script's
// messages carry its tab). Page scripts cannot reach runtime.onMessage at all.
export interface TabRequestMap {
  /** A sanitized copy of the page, for the freelancer to save for a bug report. */
  'page.copyForBugReport': { filename: string; html: string };
}
export type TabMessageType = keyof TabRequestMap;

export interface TabSender {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

/** The tier check of the content script's listener: only this extension's own pages. */
export function isFromOwnPage(sender: TabSender, runtimeId: string, extensionOrigin: string): boolean {
  return (
    sender.id === runtimeId &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(extensionOrigin) &&
    sender.tab?.url?.startsWith('https://www.upwork.com/') !== true
  );
}
