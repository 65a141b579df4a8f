// The smallest part of the page whose changes matter for a reading: a room's story list, else the
// app's root. The content script's MutationObserver watches only that.
import { appRoot, storyViewport } from './selectors';
import { route } from './urls';

export function observedContainer(doc: Document, url: string): Element | null {
  const where = route(url);
  if (where.page === 'room' || where.page === 'workroom-messages' || where.page === 'inbox') {
    const viewport = doc.querySelector(storyViewport);
    if (viewport) return viewport;
  }
  return doc.querySelector(appRoot) ?? doc.body;
}
