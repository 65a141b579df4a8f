// Compares what a message asks for with the agreed scope (job description, milestone titles).
// Words are compared by a shared start of at least four letters, which absorbs plurals and most
// inflection ("cards"/"card", "блога"/"блогом") without a stemmer per language.

import { excludedSpansNormalised } from './excluded-scope';
import type { Lexicon } from './lexicon/types';
import { type Normalised, normalise } from './normalise';

export interface AgreedScope {
  source: string;
  norm: Normalised;
  words: { word: string; start: number; end: number }[];
  /** Words by their first four letters (or whole, when shorter): the only ones a term can match. */
  byPrefix: Map<string, AgreedScope['words']>;
  /** Words of work the agreement leaves out ("Out of scope: blog", "app: phase 2"), by the same key. */
  excludedByPrefix: Map<string, AgreedScope['words']>;
}

// Letters of the scripts we read as plain code-unit ranges (faster than \p{L} with the u flag).
const WORD = /[a-z0-9\u00c0-\u024f\u0400-\u04ff\u0900-\u0963\u0966-\u097f]+/g;
const MIN_SHARED = 4;

export function prepareAgreedScope(text: string): AgreedScope {
  const norm = normalise(text.length > 20_000 ? text.slice(0, 20_000) : text);
  const words: AgreedScope['words'] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm.text); m !== null; m = WORD.exec(norm.text)) {
    if (m[0].length >= 2) words.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  const byPrefix = new Map<string, AgreedScope['words']>();
  const excludedByPrefix = new Map<string, AgreedScope['words']>();
  const excluded = excludedSpansNormalised(norm.text);
  let k = 0;
  for (const w of words) {
    while (k < excluded.length && excluded[k]!.end <= w.start) k++;
    const out = k < excluded.length && excluded[k]!.start <= w.start;
    const map = out ? excludedByPrefix : byPrefix;
    const key = w.word.slice(0, MIN_SHARED);
    const list = map.get(key);
    if (list) list.push(w);
    else map.set(key, [w]);
  }
  return { source: text, norm, words, byPrefix, excludedByPrefix };
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_SHARED) return false;
  let shared = 0;
  while (shared < shorter && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
  return shared >= MIN_SHARED && shared >= shorter - 2;
}

/** The words of a request that name what is asked for. */
export function requestTerms(clause: string, lexicon: Lexicon): string[] {
  const terms: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(clause); m !== null; m = WORD.exec(clause)) {
    const w = m[0];
    if (w.length < 2 || /^\d+$/.test(w) || lexicon.stopwords.has(w)) continue;
    if (lexicon.generic.some((g) => w.startsWith(g))) continue;
    terms.push(w);
  }
  return terms;
}

// Languages and platforms, folded (lowercase, no accents, doubled letters single): a version in one
// the agreement does not name is new work even when the rest of the request is agreed.
const DECISIVE =
  /^(?:english|ingles|anglais|englisch|inglese|engels|angielsk|spanish|espanol|espagnol|spanisch|spagnol|spaans|hiszpansk|french|frances|francais|franzosisch|francese|frans|francusk|german|aleman|alemao|allemand|deutsch|tedesco|duits|niemieck|italian|italiano|italien|italienisch|italiaans|wlosk|portugu|catalan|catala|arabic|arabe|arabisch|chinese|chino|chines|chinois|chinesisch|japanese|japones|japonais|japanisch|hindi|polish|polaco|polones|polonais|polnisch|pools|dutch|holandes|neerlandais|niederlandisch|olandese|nederlands|android|ios|ipad|iphone|tablet|tableta|macos|windows|linux)/;

/**
 * The agreed-scope words a request names, quoted from the agreement, when the request is mostly
 * about things the agreement already names; null when it asks for something the agreement does not name.
 */
export function coveredBy(terms: string[], scope: AgreedScope): string | null {
  if (terms.length === 0) return null;
  const quotes: string[] = [];
  let covered = 0;
  for (const term of terms) {
    const hit = scope.byPrefix.get(term.slice(0, MIN_SHARED))?.find((w) => sameWord(term, w.word));
    // Work the agreement names only to leave it out makes the request new, whatever else it names;
    // so does a language or a platform it does not name ("translate the manual into Catalan too").
    if (!hit && (excludedHit(term, scope) || DECISIVE.test(term))) return null;
    if (!hit) continue;
    covered++;
    const from = scope.norm.origin[hit.start] ?? 0;
    const to = scope.norm.origin[hit.end] ?? scope.source.length;
    const quote = scope.source.slice(from, to).trim();
    if (!quotes.includes(quote)) quotes.push(quote);
  }
  // A strict majority: "write product descriptions" is not covered by "product photography".
  if (covered === 0 || covered * 2 <= terms.length) return null;
  return quotes.join(', ');
}

function excludedHit(term: string, scope: AgreedScope): AgreedScope['words'][number] | undefined {
  return scope.excludedByPrefix.size === 0
    ? undefined
    : scope.excludedByPrefix.get(term.slice(0, MIN_SHARED))?.find((w) => sameWord(term, w.word));
}

/** The agreement's words for left-out work that a request names ("blog" of "Out of scope: blog"), or null. */
export function excludedBy(terms: string[], scope: AgreedScope): string | null {
  const quotes: string[] = [];
  for (const term of terms) {
    if (scope.byPrefix.get(term.slice(0, MIN_SHARED))?.some((w) => sameWord(term, w.word))) continue;
    const hit = excludedHit(term, scope);
    if (!hit) continue;
    const quote = scope.source.slice(scope.norm.origin[hit.start] ?? 0, scope.norm.origin[hit.end] ?? scope.source.length).trim();
    if (!quotes.includes(quote)) quotes.push(quote);
  }
  return quotes.length > 0 ? quotes.join(', ') : null;
}
