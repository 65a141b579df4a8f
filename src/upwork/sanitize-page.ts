// A copy of an Upwork page that a freelancer can attach to a bug report when Scope Guard says
// "layout not recognised": the page's structure and attributes as they are (tags, classes, ids,
// data-test, data-qa, data-ev-label, the shape of links), with the words that are not Upwork's own
// interface words replaced. Names, messages, titles and amounts become stand-ins of the same length
// and shape, the same word always the same stand-in within one copy (so "Dana W." still looks like
// the start of "Dana Whitfield"), chosen with a secret that is not saved, so the copy cannot be
// turned back into the words. Dates and times stay: the readers need them and they identify no one.
// Scripts, styles, images, frames, form values and comments are dropped.
// It works on the page's structure as plain data (page-tree.ts): the content script takes that, and
// the background, which alone carries this file, makes the copy.

import { DROPPED_TAGS, type PageElement, type PageNode, pageTree } from './page-tree';
import { interfaceTexts } from './selectors';

/** Interface words kept as they are, besides every word of the text anchors and patterns in
 * selectors.ts (so a word listed there is not listed again here). Lower case. */
const INTERFACE_WORDS = `
a at from or yours that are were it its yes today yesterday tomorrow ago now pm hrs weeks day days
month months year years min mins january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
friday saturday sunday mon tue tues wed thu thur thurs fri sat sun approve change complete end
cancelled canceled available reply delete deleted attachment attachments usd eur gbp you'll next all
`;

/** The interface words, and the patterns a word is also kept for when one matches it whole
 * ("payée", "pagada", "opłacony": word forms a pattern allows but does not spell out). */
function interfaceWords(): { words: Set<string>; patterns: RegExp[] } {
  const words = new Set(INTERFACE_WORDS.split(/\s+/).filter(Boolean));
  const patterns: RegExp[] = [];
  const addAll = (texts: readonly string[]): void => {
    // One letter is never kept from a pattern or anchor: it would keep a name's initial ("W.").
    for (const text of texts) for (const word of text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)) if (word.length > 1) words.add(word);
  };
  // Every word the readers look for: text anchors, and the words inside their patterns
  // (status words, labels), with the pattern syntax (\b, \s, \p{L}, groups) taken out.
  const visit = (value: unknown): void => {
    if (value instanceof RegExp) {
      patterns.push(value);
      addAll([value.source.replace(/\\[pP]\{[^}]*\}|\\[a-zA-Z]/g, ' ')]);
    }
    else if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object') {
      if ('text' in value && Array.isArray(value.text)) addAll(value.text);
      else for (const item of Object.values(value)) visit(item);
    }
  };
  visit(interfaceTexts);
  return { words, patterns };
}

/** Does one of the patterns match the whole word? */
function matchesWhole(patterns: readonly RegExp[], word: string): boolean {
  return patterns.some((pattern) => {
    const m = pattern.exec(word);
    return m !== null && m.index === 0 && m[0].length === word.length;
  });
}

/** Attributes whose value is page structure, kept as they are. */
const STRUCTURE_ATTRIBUTES = new Set(['class', 'id', 'role', 'type', 'data-test', 'data-qa', 'data-ev-label', 'aria-current', 'aria-hidden', 'aria-expanded', 'hidden', 'colspan', 'rowspan', 'lang', 'dir', 'name', 'for', 'tabindex']);
/** Attributes that hold words (a timestamp's full date, an avatar's name), masked like text. */
const TEXT_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'placeholder', 'label', 'datetime']);
export interface SanitizeOptions {
  /** The secret that picks the stand-ins; random by default (tests pass a fixed one). */
  secret?: string;
}

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function randomSecret(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A masker for one copy: `text(s)` keeps interface words, dates and times, and replaces every other
 * word letter by letter (case kept) and every amount digit by digit, deterministically per word.
 */
export function makeMasker(secret: string): { text: (value: string) => string; url: (value: string) => string } {
  const { words: keep, patterns } = interfaceWords();
  const cache = new Map<string, string>();
  const standIn = (word: string, digitsOnly: boolean): string => {
    const known = cache.get(word);
    if (known !== undefined) return known;
    let state = fnv(`${secret}\u0000${word}`) || 1;
    const next = (n: number): number => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      return state % n;
    };
    let out = '';
    for (const ch of word) {
      if (/\d/.test(ch)) out += String(out === '' || /[^\d]$/.test(out) ? 1 + next(9) : next(10));
      else if (digitsOnly || !/\p{L}/u.test(ch)) out += ch;
      else {
        // A word's first letter depends on that letter alone, so initials still match ("Dana W.").
        const letter = String.fromCharCode(97 + (out === '' ? fnv(`${secret}\u0001${ch.toLowerCase()}`) % 26 : next(26)));
        out += ch === ch.toLowerCase() && ch !== ch.toUpperCase() ? letter : ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? letter.toUpperCase() : letter;
      }
    }
    cache.set(word, out);
    return out;
  };
  const CURRENCY = /[$€£¥₹]|\b(?:USD|EUR|GBP)\b/;
  const text = (value: string): string =>
    value.replace(/[\p{L}\p{M}][\p{L}\p{M}'’-]*|\d[\d,.]*/gu, (token, offset: number, whole: string) => {
      if (/^\d/.test(token)) {
        const before = whole.slice(Math.max(0, offset - 4), offset);
        const after = whole.slice(offset + token.length, offset + token.length + 5);
        const amount = CURRENCY.test(before) || /^\s*(?:USD|EUR|GBP)\b/.test(after);
        // Ids and phone numbers (six digits or more) go too; dates, times and counts stay.
        return amount || token.replace(/\D/g, '').length >= 6 ? standIn(token, true) : token;
      }
      return keep.has(token.toLowerCase()) || matchesWhole(patterns, token) ? token : standIn(token, false);
    });
  // Links keep their shape (which page they lead to); ids in them are masked, queries dropped.
  const url = (value: string): string => {
    const [path = ''] = value.split(/[?#]/);
    return path.replace(/\d{3,}/g, (digits) => standIn(digits, true)).replace(/(room_)([0-9a-f]{6,})/gi, (_, p: string, id: string) => p + standIn(id, true).replace(/[a-z]/gi, 'a'));
  };
  return { text, url };
}

/** The sanitized copy of `doc` as an HTML document, with the page's URL masked in a comment. */
export function sanitizePage(doc: Document, url: string, options: SanitizeOptions = {}): string {
  return sanitizeTree(pageTree(doc.documentElement), url, options);
}

/** Elements that have no end tag. */
const VOID_TAGS = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** Names a serialized tag or attribute can have without breaking out of its markup. */
const SAFE_NAME = /^[a-zA-Z][^\s"'<>/=\p{Cc}]*$/u;
const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');

/**
 * The sanitized copy of a page's structure as an HTML document, with the page's URL masked in a
 * comment. Serialized as the HTML standard does (end tags kept, text and attribute values
 * escaped), so a parser reads back the same tree. Elements the content script should have left
 * out, and tag or attribute names no page could have, are left out here as well.
 */
export function sanitizeTree(tree: PageElement, url: string, options: SanitizeOptions = {}): string {
  const mask = makeMasker(options.secret ?? randomSecret());
  const out: string[] = [];
  // Depth-first without recursion: a page's nesting is not this code's to trust.
  const stack: (PageNode | { close: string })[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as PageNode | { close: string };
    if (typeof node === 'string') out.push(escapeText(mask.text(node)));
    else if (!Array.isArray(node)) out.push(`</${node.close}>`);
    else {
      const [tag, attributes, ...children] = node;
      if (DROPPED_TAGS.has(tag) || !SAFE_NAME.test(tag)) continue;
      out.push(`<${tag}`);
      for (const [name, value] of sanitizeAttributes(tag, attributes, mask)) out.push(` ${name}="${escapeAttribute(value)}"`);
      out.push('>');
      if (VOID_TAGS.has(tag)) continue;
      stack.push({ close: tag });
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as PageNode);
    }
  }
  const header = `Saved by Scope Guard for a bug report from ${mask.url(url)}. Words other than Upwork's interface words, names and amounts are replaced; structure and attributes are kept.`;
  return `<!DOCTYPE html>\n<!-- ${header.replace(/--/g, '- -')} -->\n${out.join('')}\n`;
}

/** The attributes kept, masked where they hold words or links. */
function sanitizeAttributes(tag: string, attributes: readonly [string, string][], mask: ReturnType<typeof makeMasker>): [string, string][] {
  const kept: [string, string][] = [];
  for (const [name, value] of attributes) {
    if (!SAFE_NAME.test(name)) continue;
    if (STRUCTURE_ATTRIBUTES.has(name) || name.startsWith('data-v-')) kept.push([name, value]);
    else if (name === 'href' || name === 'action') kept.push([name, mask.url(value)]);
    else if (name === 'value') {
      if (tag !== 'textarea' && tag !== 'input') kept.push([name, mask.text(value)]);
    } else if (TEXT_ATTRIBUTES.has(name) || name.startsWith('data-') || name.startsWith('aria-')) kept.push([name, mask.text(value)]);
    else if (name === 'style' || name === 'width' || name === 'height') kept.push([name, value]);
  }
  return kept;
}
