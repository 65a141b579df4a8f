import { normalisePattern } from '../normalise';

/**
 * The cues of one language, as precompiled regular expressions over normalised text (see
 * normalise.ts: lowercase, accents off, doubled letters collapsed). Patterns are written in plain
 * spelling and folded by `rx`. Every pattern is bounded (`{0,n}` rather than `*`) so a hostile
 * megabyte of text cannot make them backtrack for long.
 */
export interface Lexicon {
  lang: string;
  /** Clearly asks for more: "also add", "one more thing", "while you're at it", "I assumed it would also". */
  add: RegExp;
  /** Plain requests for something new ("please add a blog", "I need an admin panel"); off at low sensitivity. */
  addWeak: RegExp;
  /** Looser requests, only at high sensitivity. */
  addLoose: RegExp;
  /** After a cue that only announces ("one more thing:"), cancels it when the sentence asks for a fix. */
  notAddAnnounced?: RegExp;
  /** In the same clause, cancels an add cue: thanks for adding, "as agreed", "additional info", fixes. */
  notAdd: RegExp;
  /** Offers extra pay, a milestone, a bonus, a raise, a new contract. */
  pay: RegExp;
  /** In the same clause, cancels a pay cue: "no extra pay", "I'm not paying more". */
  notPay: RegExp;
  /** Makes approval, payment or closing conditional. */
  block: RegExp;
  /** In the same sentence, cancels a block cue: "I'll approve it after the weekend". */
  notBlock: RegExp;
  /** In a sentence that blocks approval, says the condition is more work ("too", "also", "extra", "add"). */
  blockExtra: RegExp;
  /** Where a sentence splits into clauses. Global. */
  clause: RegExp;
  /** Words that say nothing about what is asked for, ignored when comparing with the agreed scope. */
  stopwords: Set<string>;
  /** Word starts too generic to tell one deliverable from another ("page", "feature"). */
  generic: string[];
}

// Letters of every script we read, as plain code-unit ranges: the `u` flag and \p{L} would make
// V8 check a lookbehind at every position (twenty times slower on Cyrillic text). The danda (।)
// ends a sentence, so it is no letter.
const LETTER = '[a-z0-9\\u00c0-\\u024f\\u0400-\\u04ff\\u0900-\\u0963\\u0966-\\u097f]';
const WORD_START = `(?<!${LETTER})`;
const WORD_END = `(?!${LETTER})`;

/**
 * Compiles a cue list. Alternatives are joined with `|`. JavaScript's `\b` only knows ASCII letters,
 * so in lexicons with non-Latin letters `\b` becomes a word start when a word follows it and a
 * word end otherwise; `\e` is always a word end.
 */
export function rx(parts: readonly string[], flags = ''): RegExp {
  let source = parts.map((p) => `(?:${normalisePattern(p)})`).join('|');
  if (/[^\u0020-\u007e]/.test(source)) {
    source = source.replace(/\\b(?=[\p{L}(]|\\[dSw])/gu, WORD_START).replace(/\\[be]/g, WORD_END);
  } else source = source.replace(/\\e/g, '\\b');
  return new RegExp(source, flags);
}

export const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean).map((w) => normalisePattern(w)));
export const prefixes = (list: string): string[] => list.split(/\s+/).filter(Boolean).map((w) => normalisePattern(w));
