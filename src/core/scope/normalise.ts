// One pass over the message: lowercase, Latin accents off, zero-width characters out, runs of a
// repeated consonant collapsed to one ("additional" -> "aditional", "wiil" -> "wil"), vowel runs
// cut to two ("pleeease" -> "pleease"), curly
// quotes straightened, whitespace collapsed. `origin[i]` is the index in the original text of
// normalised character i (plus one entry for the end), so evidence can be quoted verbatim.

export interface Normalised {
  text: string;
  origin: number[];
}

// Latin-1 Supplement and Latin Extended-A, folded to their base letters once at load time.
const LATIN_FOLD: string[] = [];
for (let code = 0xc0; code <= 0x17f; code++) {
  LATIN_FOLD.push(
    String.fromCharCode(code)
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, ''),
  );
}
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ё: 'е',
  ґ: 'г',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u093c': '', // Devanagari nukta: "ज़" and "ज" are written interchangeably
  '\u0901': '\u0902', // chandrabindu -> anusvara
};
// Precomposed Devanagari nukta letters (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़) -> their base letters.
'\u0915\u0916\u0917\u091c\u0921\u0922\u092b\u092f'.split('').forEach((base, k) => {
  SPECIAL[String.fromCharCode(0x958 + k)] = base;
});

const isDroppable = (c: number): boolean =>
  (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff || c === 0xad || c === 0xfe0f;

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);

// Letters whose doubling is collapsed: ASCII consonants, Cyrillic, Devanagari. Latin vowels keep
// a double ("too" is not "to", "need", "soon") and lose only longer runs ("pleeease").
const isCollapsible = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a && !isVowel(c)) || (c >= 0x430 && c <= 0x45f) || (c >= 0x905 && c <= 0x939);
const isVowel = (c: number): boolean => c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79;

/** Folds one already-lowercased character. */
function fold(ch: string, code: number): string {
  if (code < 0x80) return ch === '`' ? "'" : ch;
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  if (code >= 0xc0 && code <= 0x17f) return LATIN_FOLD[code - 0xc0] ?? ch;
  return ch;
}

// Characters below U+0980 that pass through unchanged (most ASCII, Cyrillic and Devanagari letters):
// the main loop copies them without calling fold().
const PLAIN = new Uint8Array(0x980);
for (let code = 0; code < 0x980; code++) {
  const ch = String.fromCharCode(code);
  PLAIN[code] =
    fold(ch, code) === ch && ch.toLowerCase() === ch && !isDroppable(code) && !isSpace(code) && code !== 10 && code !== 13 ? 1 : 0;
}

// Reused output buffer for the folded characters (folding at most doubles a character: "ß" -> "ss").
let buffer = new Uint16Array(1024);

export function normalise(input: string): Normalised {
  const lower = input.toLowerCase();
  // toLowerCase keeps the length except for a handful of characters (e.g. "İ"); then fold per char.
  const sameLength = lower.length === input.length;
  if (buffer.length < input.length * 2 + 2) buffer = new Uint16Array(input.length * 2 + 2);
  const out = buffer;
  let len = 0;
  const origin: number[] = [];
  let prev = -1;
  let prev2 = -1;
  // Index of the first whitespace character of a pending run, or -1.
  let spaceAt = -1;
  for (let i = 0; i < input.length; i++) {
    let code = sameLength ? lower.charCodeAt(i) : input.charAt(i).toLowerCase().charCodeAt(0);
    if (code === 96) code = 39;
    if (sameLength && code < 0x980 && PLAIN[code] === 1) {
      // Fast path: a character that folding leaves alone.
      if (spaceAt >= 0) {
        if (prev !== 10) {
          out[len++] = 32;
          origin.push(spaceAt);
          prev2 = prev;
          prev = 32;
        }
        spaceAt = -1;
      }
      if (code === prev && (isCollapsible(code) || (isVowel(code) && code === prev2))) continue;
      out[len++] = code;
      origin.push(i);
      prev2 = prev;
      prev = code;
      continue;
    }
    if (isDroppable(code)) continue;
    if (isSpace(code) || code === 13) {
      if (spaceAt < 0 && len > 0) spaceAt = i;
      continue;
    }
    if (code === 10) {
      // Newlines end sentences: keep them, but only one.
      if (prev !== 10 && len > 0) {
        out[len++] = 10;
        origin.push(i);
        prev2 = prev;
        prev = 10;
      }
      spaceAt = -1;
      continue;
    }
    const raw = sameLength ? lower.charAt(i) : input.charAt(i).toLowerCase();
    const folded = fold(raw, code);
    for (let k = 0; k < folded.length; k++) {
      const c = folded.charCodeAt(k);
      if (spaceAt >= 0) {
        if (prev !== 10) {
          out[len++] = 32;
          origin.push(spaceAt);
          prev2 = prev;
          prev = 32;
        }
        spaceAt = -1;
      }
      if (c === prev && (isCollapsible(c) || (isVowel(c) && c === prev2))) continue;
      out[len++] = c;
      origin.push(i);
      prev2 = prev;
      prev = c;
    }
  }
  origin.push(input.length);
  let text = '';
  for (let at = 0; at < len; at += 4096) {
    text += String.fromCharCode.apply(null, out.subarray(at, Math.min(len, at + 4096)) as unknown as number[]);
  }
  return { text, origin };
}

/**
 * Applies the same folding to a lexicon pattern's source, leaving regex escapes alone, so cue
 * lists can be written in ordinary spelling ("additional", "außerdem", "ещё").
 */
export function normalisePattern(source: string): string {
  let out = '';
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      prev = -1;
      prev2 = -1;
      continue;
    }
    const folded = fold(ch.toLowerCase(), ch.toLowerCase().charCodeAt(0));
    for (let k = 0; k < folded.length; k++) {
      const c = folded.charCodeAt(k);
      if (c === prev && (isCollapsible(c) || (isVowel(c) && c === prev2))) continue;
      out += folded[k];
      prev2 = prev;
      prev = c;
    }
  }
  return out;
}
