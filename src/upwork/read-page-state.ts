// Things every reading needs to know about the page as a whole: who is logged in, and whether
// the page is a real, loaded Upwork page at all.

import { findByText } from './find-text';
import { navUserAvatar, navUserName, softBlock, storyItem, testAttributes } from './selectors';
import { clean, textOf } from './text';

/** The logged-in user's name from the top navigation, or null when the navigation is absent. */
export function readFreelancerName(doc: Document): string | null {
  const name = textOf(doc.querySelector(navUserName));
  if (name) return name;
  const alt = clean(doc.querySelector(navUserAvatar)?.getAttribute('alt'));
  return alt || null;
}

/** Fewer `[data-qa],[data-test]` attributes than this, with no anchor found, means "not loaded". */
const LOADED_ATTRIBUTES = 20;

/** Upwork's soft-block page ("We'll be right back", served with status 200), as a problem. */
export function softBlocked(doc: Document): string | null {
  // A room showing stories is no soft block. Cheap tests first: the element search below visits
  // every element, and rooms are read again on every change.
  if (doc.querySelector(storyItem) || !/right back/i.test(doc.body?.textContent ?? '')) return null;
  const block = findByText(doc, softBlock, true)[0];
  return block ? `soft-block page: "${textOf(block)}"` : null;
}

/**
 * Why the page cannot be read, when the reader found none of its anchors: Upwork's soft-block
 * page, or a shell that has not rendered yet. Null when neither explains it.
 */
export function pageNotReady(doc: Document): string | null {
  const blocked = softBlocked(doc);
  if (blocked) return blocked;
  const attributes = doc.querySelectorAll(testAttributes).length;
  if (attributes < LOADED_ATTRIBUTES) {
    return `page not loaded or not an Upwork page: ${attributes} [data-qa]/[data-test] attributes and no known heading or label`;
  }
  return null;
}
