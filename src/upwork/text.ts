// Text helpers shared by the readers. Layout-free on purpose: textContent plus our own
// whitespace rules, so the same code gives the same text in a browser tab and in jsdom.

import { ownLineElements } from './selectors';

/** Characters that change how text looks without being words: zero-width spaces, word joiner,
 * byte-order mark, and bidi embedding/override/isolate controls (which can make a quote in the
 * popup read differently from what the client wrote). ZWJ/ZWNJ stay: emoji and scripts need them. */
const INVISIBLE = /[\u200B\u200E\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;

/** One line: invisible controls removed, every run of whitespace (incl. no-break space) one space. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Hidden from everyone, so not part of the text. */
const HIDDEN = '[aria-hidden="true"], [hidden]';
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'svg']);
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL',
]);

/**
 * Text of an element as lines: block elements and <br> break lines, table cells too, and elements
 * for which `ownLine` says so; elements matching `skip` (quotes, buttons...) are left out. Each
 * line cleaned; empty lines dropped.
 */
export function textLines(root: Element, skip?: string, ownLine?: (el: Element) => boolean): string[] {
  const parts: string[] = [];
  // What to leave out and what stands on its own line, found with one query each over the whole
  // element rather than a selector match on every element in it (the reader's hottest loop).
  const nested = root.firstElementChild !== null;
  const left = nested ? new Set<Element>(root.querySelectorAll(skip ? `${skip}, ${HIDDEN}` : HIDDEN)) : null;
  const ownLines = nested ? new Set<Element>(root.querySelectorAll(ownLineElements)) : null;
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (el === root ? el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') : left?.has(el)) return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const block =
      BLOCK_TAGS.has(tag) || (el === root ? el.matches(ownLineElements) : ownLines?.has(el) === true || ownLine?.(el) === true);
    if (block) parts.push('\n');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map(clean)
    .filter((line) => line !== '');
}

/** Text of an element on one line (see textLines). */
export function textOf(root: Element | null | undefined, skip?: string): string {
  return root ? textLines(root, skip).join(' ') : '';
}

/** Lower-case, cleaned, without a trailing colon: how labels and headings are compared. */
export function key(text: string | null | undefined): string {
  return clean(text).replace(/\s*[:：]\s*$/, '').toLowerCase();
}

/** Text written directly in the element (its own text nodes), cleaned. */
export function ownText(el: Element): string {
  let text = '';
  for (const child of Array.from(el.childNodes)) if (child.nodeType === 3) text += child.nodeValue;
  return clean(text);
}

/** FNV-1a, 32 bits, as 8 hex digits: a stable id for things the page gives no id. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Is `el` inside any element matching `selector` (itself included)? */
export function within(el: Element, selector: string): boolean {
  return el.closest(selector) !== null;
}

/** Elements in document order that are not inside another element of the same list. */
export function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}
