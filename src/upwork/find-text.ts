// Finding things by the words the page shows: headings, labels and their values.

import { pageChrome, type TextAnchor } from './selectors';
import { clean, key, ownText, textLines, textOf } from './text';

const NEVER = 'script, style, noscript, template, head, title';

/**
 * The innermost elements under `root` whose whole text is one of the anchor's words
 * (case-insensitive, trailing colon ignored), in document order. Page chrome (navigation,
 * sidebars, footers) is skipped unless `includeChrome`.
 */
export function findByText(root: ParentNode, anchor: TextAnchor, includeChrome = false): Element[] {
  const wanted = new Set(anchor.text.map(key));
  const longest = Math.max(...anchor.text.map((t) => t.length)) + 4;
  const matches: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if ((el.textContent ?? '').length > longest * 3) continue;
    if (el.closest(NEVER)) continue;
    if (!includeChrome && el.closest(pageChrome)) continue;
    // The whole text is the label, or the element's own text is ("Hired by: <a>Fenwick</a>").
    if (wanted.has(key(textOf(el))) || (el.children.length > 0 && wanted.has(key(ownText(el))))) matches.push(el);
  }
  return matches.filter((el) => !matches.some((other) => other !== el && el.contains(other)));
}

/**
 * The value shown beside a label: the <dd> of a <dt>, the cell under or beside a header cell,
 * the next sibling, or the rest of the parent's text.
 */
export function labelledValue(label: Element): string | null {
  const labelText = textOf(label);
  const own = ownText(label);
  if (own && labelText !== own && labelText.startsWith(own)) return clean(labelText.slice(own.length)) || null;
  const dd = label.closest('dt')?.nextElementSibling;
  if (dd?.tagName === 'DD') return textOf(dd) || null;
  const th = label.closest('th');
  if (th) {
    const row = th.parentElement;
    const next = th.nextElementSibling;
    if (next?.tagName === 'TD') return textOf(next) || null;
    const index = row ? Array.from(row.children).indexOf(th) : -1;
    const body = th.closest('table')?.querySelector('tbody tr');
    const cell = body && index >= 0 ? body.children[index] : null;
    if (cell) return textOf(cell) || null;
  }
  for (let el: Element | null = label; el && el !== el.ownerDocument.body; el = el.parentElement) {
    let sibling = el.nextElementSibling;
    while (sibling && !textOf(sibling)) sibling = sibling.nextElementSibling;
    if (sibling) return textOf(sibling);
    const parent = el.parentElement;
    if (!parent) break;
    const parentText = textOf(parent);
    if (parentText !== labelText && parentText.startsWith(labelText)) {
      return clean(parentText.slice(labelText.length).replace(/^[:：]/, '')) || null;
    }
  }
  return null;
}

/** The first labelled value of any of the anchor's labels that `accept` takes, or null. */
export function valueByLabel(
  root: ParentNode,
  anchor: TextAnchor,
  accept: (value: string) => boolean = () => true,
  skipLabel: (label: Element) => boolean = () => false,
  includeChrome = false,
): string | null {
  for (const label of findByText(root, anchor, includeChrome)) {
    if (skipLabel(label)) continue;
    const value = labelledValue(label);
    if (value && accept(value)) return value;
  }
  return null;
}

/** Separators of inline facts on one line: "Fixed-price · Budget: $600.00 · Started Jul 14". */
export const INLINE_SEPARATOR = /\s+[·•|—–]\s+/;

/**
 * The value of a label written inline on one line of the page (outside page chrome): "Budget:
 * €750.00", "Contract type: Fixed-price", and, where `spaced`, without a colon: "Started Nov 1,
 * 2026", "Hired by Kestrel Goods". Lines are split on " · " separators first. The first value
 * that `accept` takes, or null.
 */
export function inlineValue(
  root: Element,
  anchor: TextAnchor,
  accept: (value: string) => boolean = () => true,
  spaced: boolean | ((label: string) => boolean) = true,
  skip = '',
): string | null {
  const labels = [...anchor.text].sort((a, b) => b.length - a.length).map((t) => clean(t));
  const allowSpaced = (label: string) => (typeof spaced === 'function' ? spaced(label) : spaced);
  const lines = textLines(root, [pageChrome, NEVER, skip].filter(Boolean).join(', '));
  for (const line of lines) {
    for (const part of line.split(INLINE_SEPARATOR)) {
      const lower = part.toLowerCase();
      for (const label of labels) {
        if (!lower.startsWith(label.toLowerCase())) continue;
        const rest = part.slice(label.length);
        const colon = /^\s*[:：]\s*/.exec(rest);
        let value: string | null = null;
        if (colon) value = clean(rest.slice(colon[0].length));
        else if (/^\s+\S/.test(rest) && allowSpaced(label)) value = clean(rest);
        if (value && accept(value)) return value;
      }
    }
  }
  return null;
}
