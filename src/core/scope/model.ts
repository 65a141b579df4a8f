// A small logistic-regression model beside the cue lists: it scores one sentence of normalised
// text for "asks for something new" from hashed features that carry across phrasings (words, word
// pairs, letter 3-5-grams inside words) plus the cues the rules found in that sentence. The rules
// decide first; detect.ts asks the model only when they found no added scope. Weights are trained
// by src/dev/train-scope-model.ts and shipped as int8 in model-weights.ts (no loading at run time).

import { MODEL_WEIGHTS } from './model-weights';

/** Cue bits the rules set per sentence; the model reads them as features. */
export const CUE_ADD = 1;
export const CUE_WEAK = 2;
export const CUE_NOT_ADD = 4;
export const CUE_PAY = 8;
export const CUE_BLOCK = 16;
export const CUE_COVERED = 32;
const CUE_FEATURES = 6;

/** The languages the model knows, in the order of their bias features. */
const LANGS = ['en', 'es', 'pt', 'fr', 'de', 'ru', 'uk', 'hi', 'nl', 'it', 'pl'];

export interface ScopeModel {
  /** log2 of the number of weight buckets. */
  bits: number;
  /** Weight per bucket (already multiplied by the quantisation scale). */
  weights: Float32Array;
  bias: number;
  /** Logit above which a sentence is a request for new work, at normal sensitivity. */
  threshold: number;
  /** The same at high sensitivity. */
  thresholdHigh: number;
}

/** The weights as shipped: int8 buckets in base64 with one scale. */
export interface ShippedWeights {
  bits: number;
  scale: number;
  bias: number;
  threshold: number;
  thresholdHigh: number;
  weights: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeInt8(values: Int8Array): string {
  let out = '';
  for (let i = 0; i < values.length; i += 3) {
    const a = (values[i] ?? 0) & 255;
    const b = (values[i + 1] ?? 0) & 255;
    const c = (values[i + 2] ?? 0) & 255;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < values.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < values.length ? B64[n & 63]! : '=';
  }
  return out;
}

export function decodeInt8(text: string, length: number): Int8Array {
  const out = new Int8Array(length);
  let o = 0;
  for (let i = 0; i < text.length && o < length; i += 4) {
    const n =
      (B64.indexOf(text[i]!) << 18) |
      (B64.indexOf(text[i + 1]!) << 12) |
      ((B64.indexOf(text[i + 2]!) & 63) << 6) |
      (B64.indexOf(text[i + 3]!) & 63);
    out[o++] = (n >> 16) & 255;
    if (o < length) out[o++] = (n >> 8) & 255;
    if (o < length) out[o++] = n & 255;
  }
  return out;
}

export function loadModel(shipped: ShippedWeights): ScopeModel {
  const size = 1 << shipped.bits;
  const q = decodeInt8(shipped.weights, size);
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = (q[i] ?? 0) * shipped.scale;
  return { bits: shipped.bits, weights, bias: shipped.bias, threshold: shipped.threshold, thresholdHigh: shipped.thresholdHigh };
}

let shippedModel: ScopeModel | null = null;
/** The model shipped with the extension, decoded on first use. */
export function defaultModel(): ScopeModel {
  shippedModel ??= loadModel(MODEL_WEIGHTS);
  return shippedModel;
}

// ---- Features ----

const P = 0x01000193;
const SEED_WORD = 0x811c9dc5;
const SEED_PAIR = 0x2f6b7a1d;
const SEED_CHAR = 0x5bd1e995;
const SEED_OTHER = 0x7f4a7c15;
const START = 0x3c; // a word pair with the sentence start: "<" + first word

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 48 && c <= 57) ||
  c === 39 ||
  (c >= 0xc0 && c <= 0x24f) ||
  (c >= 0x400 && c <= 0x4ff) ||
  (c >= 0x900 && c <= 0x963) ||
  (c >= 0x966 && c <= 0x97f);


/**
 * Writes the hashed feature buckets of text[start, end) into `out` (up to its length) and returns
 * how many, or (without `out`) sums the weights of those buckets: one walk serves training and
 * scoring, so both see the same features.
 */
function walk(text: string, start: number, end: number, cues: number, lang: string, bits: number, out: Int32Array | null, w: Float32Array | null): number {
  // The top bits of an FNV-1a hash are its best mixed: the bucket is h >>> (32 - bits).
  const shift = 32 - bits;
  const cap = out ? out.length : 1 << 30;
  let n = 0;
  let z = 0;
  const li = LANGS.indexOf(lang);
  {
      const b = Math.imul(SEED_OTHER ^ (li + 1), P) >>> shift;
      if (out) out[n] = b;
      else z += w![b]!;
      n++;
    }
  for (let bit = 0; bit < CUE_FEATURES; bit++) {
    if (cues & (1 << bit)) {
      const b = Math.imul(SEED_OTHER ^ (100 + bit), P) >>> shift;
      if (out) out[n] = b;
      else z += w![b]!;
      n++;
    }
  }
  let prev = Math.imul(SEED_WORD ^ START, P);
  let question = false;
  let i = start;
  while (i < end && n < cap - 32) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c === 63) question = true;
      i++;
      continue;
    }
    let j = i;
    let hw = SEED_WORD;
    while (j < end && isWordChar(text.charCodeAt(j))) {
      hw = Math.imul(hw ^ text.charCodeAt(j), P);
      j++;
    }
    {
      const b = hw >>> shift;
      if (out) out[n] = b;
      else z += w![b]!;
      n++;
    }
    {
      const b = Math.imul(Math.imul(prev ^ SEED_PAIR, P) ^ hw, P) >>> shift;
      if (out) out[n] = b;
      else z += w![b]!;
      n++;
    }
    prev = hw;
    // Letter 3-5-grams of " word ", the spaces marking its edges.
    for (let k = i - 1; k < j - 1 && n < cap - 8; k++) {
      let h = SEED_CHAR;
      for (let m = k, len = 1; m <= j && len <= 5; m++, len++) {
        h = Math.imul(h ^ (m < i || m >= j ? 32 : text.charCodeAt(m)), P);
        if (len >= 3) {
      const b = h >>> shift;
      if (out) out[n] = b;
      else z += w![b]!;
      n++;
    }
      }
    }
    i = j;
  }
  if (question) {
      const b = Math.imul(SEED_OTHER ^ 63, P) >>> shift;
      if (out) out[n] = b;
      else z += w![b]!;
      n++;
    }
  return out ? n : z;
}

/**
 * Writes the hashed feature buckets of text[start, end) into `out` (up to its length) and returns
 * how many. Training reads these; scoring sums the same buckets' weights without storing them.
 */
export function sentenceFeatures(text: string, start: number, end: number, cues: number, lang: string, bits: number, out: Int32Array): number {
  return walk(text, start, end, cues, lang, bits, out, null);
}

/** The model's logit for text[start, end): the bias plus the weights of its feature buckets. */
export function scoreSentence(model: ScopeModel, text: string, start: number, end: number, cues: number, lang: string): number {
  return model.bias + walk(text, start, end, cues, lang, model.bits, null, model.weights);
}
