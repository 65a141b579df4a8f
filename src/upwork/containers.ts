// The smallest part of the page whose changes matter for a reading: a room's story list, else the
// app's root. The content script's MutationObserver watches only that.
import { appRoot, mainContent, storyViewport } from './selectors';
import { route } from './urls';

export function observedContainer(doc: Document, url: string): Element | null {
  const where = route(url);
  if (where.page === 'room' || where.page === 'workroom-messages' || where.page === 'inbox') {
    const viewport = doc.querySelector(storyViewport);
    if (viewport) return viewport;
  }
  return doc.querySelector(appRoot) ?? doc.body;
}

/**
 * Where the banner goes, in the page's flow and never over it: just above a room's story list,
 * else at the top of the main content, else at the top of the app (or of the body).
 */
export function bannerPlace(doc: Document, url: string): { parent: Node; before: Node | null } | null {
  const where = route(url);
  if (where.page === 'room' || where.page === 'workroom-messages' || where.page === 'inbox') {
    const viewport = doc.querySelector(storyViewport);
    if (viewport?.parentNode) return { parent: viewport.parentNode, before: viewport };
  }
  const top = doc.querySelector(mainContent) ?? doc.querySelector(appRoot) ?? doc.body;
  return top ? { parent: top, before: top.firstChild } : null;
}
