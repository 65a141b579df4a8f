// Opening an Upwork URL with a saved page in place of Upwork's, and waiting until Scope Guard has
// taken the page in: its host element reports "ready", "error" or "ignored".
import { type ExtensionSession, type TabHandle, waitFor } from './index';

export const HOST_SELECTOR = 'scope-guard-root';

export interface BannerState {
  shown: boolean;
  text: string;
}

export async function waitForScopeGuard(tab: TabHandle, timeoutMs = 20_000): Promise<string> {
  return waitFor(
    () =>
      tab.evaluate(() => {
        const host = document.querySelector('scope-guard-root') as HTMLElement | null;
        const status = host?.dataset.status;
        return status === 'ready' || status === 'error' || status === 'ignored' || status === 'invalidated' ? status : null;
      }),
    timeoutMs,
    `Scope Guard to read ${tab.url()}`,
  );
}

export async function bannerState(tab: TabHandle): Promise<BannerState> {
  return tab.evaluate(() => {
    const host = document.querySelector('scope-guard-root') as HTMLElement | null;
    const card = host?.shadowRoot?.querySelector('section.card');
    const shown = Boolean(host && host.dataset.shown === 'true' && card);
    if (!shown || !card) return { shown: false, text: '' };
    // The visible words, one text node at a time (a select's options and styles left out). No
    // named function in here: tsx (esbuild keepNames) would wrap it in a `__name` helper that the
    // page does not have.
    const parts: string[] = [];
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('select, style, [hidden], [aria-hidden="true"]')) continue;
      const text = (node.textContent ?? '').trim();
      if (text) parts.push(text);
    }
    return { shown, text: parts.join(' ').replace(/\s+/g, ' ') };
  });
}

/** Serve `html` at `url`, open it in `tab` (a new tab if none), and wait for Scope Guard. */
export async function openUpworkPage(
  session: ExtensionSession,
  url: string,
  html: string,
  tab?: TabHandle,
): Promise<{ tab: TabHandle; status: string }> {
  session.serve(url, html);
  const target = tab ?? (await session.newTab());
  await target.goto(url);
  const status = await waitForScopeGuard(target);
  return { tab: target, status };
}
