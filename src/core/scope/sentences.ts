// Cheap sentence and clause splitting over normalised text. Spans are [start, end) offsets into
// the normalised string.

export interface Span {
  start: number;
  end: number;
}

/** Longest sentence looked at as one piece; longer runs are cut at a space. */
const MAX_SENTENCE = 400;

const isEnd = (c: number): boolean =>
  c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 0x964 || c === 0x2026 || c === 0x3002;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// "p. 12", "pag. 4", "S. 3", "str. 5", "nr. 7": a page or number abbreviation before a number ends no sentence.
const NUMBER_ABBREVIATIONS = new Set(['p', 'pp', 'pg', 'pag', 'pagg', 's', 'str', 'nr', 'no', 'vol', 'art', 'fig', 'cap', 'ch', 'sec', 'tab', 'blz']);
function numberAbbreviation(text: string, dot: number): boolean {
  if (text.charCodeAt(dot + 1) !== 32 || !isDigit(text.charCodeAt(dot + 2))) return false;
  let from = dot;
  while (from > 0 && dot - from < 5 && isLower(text.charCodeAt(from - 1))) from--;
  if (from > 0 && text.charCodeAt(from - 1) !== 32 && text.charCodeAt(from - 1) !== 40) return false;
  return NUMBER_ABBREVIATIONS.has(text.slice(from, dot));
}
const isLower = (c: number): boolean => c >= 97 && c <= 122;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let cut = false;
    if (isEnd(c)) {
      // "1.5", "$1,250.00": a full stop between digits is no sentence end.
      cut = !(c === 46 && ((i > 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) || numberAbbreviation(text, i)));
    } else if (c === 32 && i - start > MAX_SENTENCE) {
      cut = true;
    }
    if (cut) {
      let end = i + 1;
      while (end < n && isEnd(text.charCodeAt(end))) end++;
      pushTrimmed(text, spans, start, end);
      start = end;
      i = end - 1;
    }
  }
  if (start < n) pushTrimmed(text, spans, start, n);
  return spans;
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (end > start) spans.push({ start, end });
}

/** The clause of `sentence` around offset `at` (absolute), cut at the language's clause marks. */
export function clauseAround(text: string, sentence: Span, at: number, clauseMark: RegExp): Span {
  const slice = text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  clauseMark.lastIndex = 0;
  for (let m = clauseMark.exec(slice); m !== null; m = clauseMark.exec(slice)) {
    const markStart = sentence.start + m.index;
    const markEnd = markStart + m[0].length;
    if (markEnd <= at) start = markEnd;
    else if (markStart >= at) {
      end = markStart;
      break;
    }
    if (m[0].length === 0) clauseMark.lastIndex++;
  }
  while (start < end && text.charCodeAt(start) === 32) start++;
  return { start, end };
}
