import type { ScopeVerdict } from '../types';
import { type AgreedScope, coveredBy, excludedBy, prepareAgreedScope, requestTerms } from './agreed-scope';
import { blankCode } from './code-spans';
import { detectLanguage, type ScopeLang } from './language';
import {
  ANNOUNCE_ONLY,
  asksLess,
  asksNoWork,
  BUG_REPORT,
  DECIDED,
  JUST_ASKING,
  LATER_PROJECT,
  MAYBE_LATER,
  NO_NEW_WORK,
  OFF_WORK,
  PRICE_QUESTION,
  PROGRESS,
  REVISION,
  REVISION_ROUND,
  SEPARATE_CONTRACT,
} from './off-topic';
import { LEXICONS } from './lexicon';
import type { Lexicon } from './lexicon/types';
import { CUE_ADD, CUE_BLOCK, CUE_COVERED, CUE_NOT_ADD, CUE_PAY, CUE_WEAK, defaultModel, type ScopeModel, scoreSentence } from './model';
import { type Normalised, normalise } from './normalise';
import { clauseAround, type Span, splitSentences } from './sentences';

export interface ScopeContext {
  /** The agreed scope: job description, offer terms, milestone titles. */
  agreedScope?: string | null;
  /** A language code to use instead of detecting one. */
  lang?: string | null;
}

export interface ScopeOptions {
  /** low: only clear cues; normal: plain requests too; high: looser requests as well. */
  sensitivity?: 'low' | 'normal' | 'high';
  /** false: rules only, without the trained model (for measuring). Default true. */
  model?: boolean;
}

/** What the model saw of one message: for training and measuring (src/dev/train-scope-model.ts). */
export interface ScopeTrace {
  lang: ScopeLang;
  /** The normalised text and its sentences. */
  text: string;
  sentences: Span[];
  /** Cue bits (model.ts CUE_*) the rules set per sentence. */
  cues: number[];
  /** Whether the rules alone found added scope. */
  rulesAdds: boolean;
  /** The highest model logit over the sentences the model may judge; -Infinity when none. */
  best: number;
  /** Whether the agreed scope names the best sentence's request. */
  covered: boolean;
}

/** Messages are read up to this length; the rest of a hostile megabyte is ignored. */
export const MAX_TEXT = 20_000;

// The agreed scope of a contract is the same for every message: prepare it once.
let lastScope: AgreedScope | null = null;
function agreedScopeFor(text: string): AgreedScope {
  if (lastScope?.source !== text) lastScope = prepareAgreedScope(text);
  return lastScope;
}

type Signal = 'adds_scope' | 'offers_payment' | 'blocks_approval';

// Cue bits of the sentence judgeAdds looked at last, and of every sentence of the current message.
let sentenceCues = 0;
const cueList: number[] = [];

export function detectScope(text: string, context?: ScopeContext, options?: ScopeOptions): ScopeVerdict {
  return detectWith(text, context, options, options?.model === false ? null : defaultModel());
}

/** The detector with a given model (or none); fills `trace` when given, with every sentence scored. */
export function detectWith(
  text: string,
  context: ScopeContext | undefined,
  options: ScopeOptions | undefined,
  model: ScopeModel | null,
  trace?: ScopeTrace,
): ScopeVerdict {
  const input = typeof text === 'string' ? (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text) : '';
  // Pasted code, logs and links are read as blanks: their "add" and "extra" ask for nothing.
  const norm = blankCode(normalise(input), input);
  const hinted = context?.lang ? context.lang.toLowerCase().slice(0, 2) : '';
  const lang: ScopeLang = hinted in LEXICONS ? (hinted as ScopeLang) : detectLanguage(norm.text, input);
  const verdict: ScopeVerdict = {
    adds_scope: false,
    offers_payment: false,
    blocks_approval: false,
    confidence: 0.3,
    evidence: [],
    evidenceBySignal: { adds_scope: [], offers_payment: [], blocks_approval: [] },
    lang,
  };
  // Unknown Latin-script languages still get the English cues (English words are common in
  // tech talk everywhere); other scripts get nothing, and a low confidence says so.
  const lexicon = LEXICONS[lang] ?? (/[a-z]/.test(norm.text) ? LEXICONS.en : undefined);
  if (!lexicon || norm.text.length === 0) return verdict;
  const sensitivity = options?.sensitivity ?? 'normal';
  const scope = context?.agreedScope?.trim() ? agreedScopeFor(context.agreedScope) : null;

  let strength = 0;
  const sentences = splitSentences(norm.text);
  cueList.length = 0;
  let priceAsked = false;
  // "Second round of edits attached": plain change requests in it revise agreed work.
  // (Tested when first needed: most messages never ask.)
  let revisionRound: boolean | undefined;
  const inRevisionRound = (): boolean => (revisionRound ??= REVISION_ROUND.test(norm.text));
  for (const sentence of sentences) {
    const s = norm.text.slice(sentence.start, sentence.end);
    sentenceCues = 0;
    // "How much would an app cost? Just curious, for next year": asks the price, neither the work nor an offer;
    // nor is the sentence after it that says so ("Not asking you to do it now, I just need a number").
    const asksPrice = PRICE_QUESTION.test(s);
    const priceOnly =
      (asksPrice && JUST_ASKING.test(norm.text.slice(sentence.start, sentence.end + 120))) || (priceAsked && JUST_ASKING.test(s));
    priceAsked ||= asksPrice;
    const adds = priceOnly ? 0 : judgeAdds(s, sentence, norm, input, lexicon, sensitivity, scope, verdict, inRevisionRound);
    strength = Math.max(strength, adds);
    if (!priceOnly && judgeSimple(s, sentence, norm, input, lexicon, 'offers_payment', verdict)) sentenceCues |= CUE_PAY;
    const blocks = judgeSimple(s, sentence, norm, input, lexicon, 'blocks_approval', verdict);
    if (blocks) sentenceCues |= CUE_BLOCK;
    if (priceOnly) sentenceCues |= CUE_NOT_ADD;
    // "I won't approve until you add the blog too": the condition itself is extra work.
    // So is a condition naming work the agreement leaves out ("not closing until you deploy it" where hosting is excluded).
    if (
      blocks &&
      !priceOnly &&
      adds === 0 &&
      (lexicon.blockExtra.test(withoutPayClause(s, sentence, norm, lexicon)) ||
        (scope !== null && excludedBy(requestTerms(s, lexicon), scope) !== null))
    ) {
      strength = Math.max(strength, judgeCondition(s, sentence, norm, input, lexicon, scope, verdict));
    }
    cueList.push(sentenceCues);
  }
  const rulesAdds = verdict.adds_scope;
  // The rules found no added scope: the model may still find a plain request in a sentence the
  // rules did not veto. Off at low sensitivity and for languages without a lexicon of their own.
  let byModel = false;
  if (
    model &&
    (!rulesAdds || trace) &&
    sensitivity !== 'low' &&
    lang !== 'und' &&
    lang in LEXICONS &&
    !modelOff(norm.text, sentences, inRevisionRound)
  ) {
    const threshold = trace ? -Infinity : sensitivity === 'high' ? model.thresholdHigh : model.threshold;
    let best = -Infinity;
    let at = -1;
    for (let i = 0; i < sentences.length; i++) {
      const cues = cueList[i] ?? 0;
      if (cues & (CUE_NOT_ADD | CUE_COVERED)) continue;
      const sentence = sentences[i]!;
      const s = norm.text.slice(sentence.start, sentence.end);
      // A blocking sentence was judged by the rules: its condition is more work only when it says so.
      if ((cues & CUE_BLOCK) !== 0 && !lexicon.blockExtra.test(s)) continue;
      // An offer of pay with no request beside it ("I'll add another $200 for the pages you did") was judged by the rules.
      if ((cues & (CUE_PAY | CUE_ADD | CUE_WEAK | CUE_BLOCK)) === CUE_PAY) continue;
      // Three words or fewer ("Welcome aboard, Ana!") name no new thing; short requests are the rules' ("Add a blog").
      if (wordCount(s) < 4) continue;
      const z = scoreSentence(model, norm.text, sentence.start, sentence.end, cues, lang);
      if (z <= threshold || z <= best) continue;
      // Thanks, praise and agreed work stay no request, as in the rules.
      if (lexicon.notAdd.test(s) || AGREED_WORK.test(s) || asksNoWork(s) || JUST_ASKING.test(s) || NO_NEW_WORK.test(s)) continue;
      best = z;
      at = i;
    }
    let covered = false;
    if (at >= 0) {
      const sentence = sentences[at]!;
      const s = norm.text.slice(sentence.start, sentence.end);
      const found = scope ? coveredBy(requestTerms(s, lexicon), scope) : null;
      covered = found !== null;
      if (trace) {
        trace.best = best;
        trace.covered = covered;
      } else if (found !== null) record(verdict, null, `in the agreed scope: ${found}`);
      else {
        record(verdict, 'adds_scope', quote(norm, input, sentence));
        byModel = true;
      }
    }
  }
  if (trace) {
    trace.lang = lang;
    trace.text = norm.text;
    trace.sentences = sentences;
    trace.cues = cueList.slice();
    trace.rulesAdds = rulesAdds;
  }
  const any = verdict.adds_scope || verdict.offers_payment || verdict.blocks_approval;
  verdict.confidence =
    lang === 'und' ? 0.35 : byModel ? 0.6 : any ? (strength >= 2 || !verdict.adds_scope ? 0.9 : 0.75) : 0.8;
  return verdict;
}

function quote(norm: Normalised, input: string, span: Span): string {
  const from = norm.origin[span.start] ?? 0;
  const to = norm.origin[span.end] ?? input.length;
  return input.slice(from, to).trim();
}

function record(verdict: ScopeVerdict, signal: Signal | null, words: string): void {
  if (!words) return;
  if (signal) {
    verdict[signal] = true;
    if (!verdict.evidenceBySignal[signal].includes(words)) verdict.evidenceBySignal[signal].push(words);
  }
  if (!verdict.evidence.includes(words)) verdict.evidence.push(words);
}

/** Returns 2 for a clear cue, 1 for a plain request, 0 for none. */
function judgeAdds(
  s: string,
  sentence: Span,
  norm: Normalised,
  input: string,
  lexicon: Lexicon,
  sensitivity: 'low' | 'normal' | 'high',
  scope: AgreedScope | null,
  verdict: ScopeVerdict,
  inRevisionRound: () => boolean,
): number {
  // A cue in a clause that turns out to be no request ("no quiero crear un hito nuevo: agrega...")
  // does not hide a request in a later clause: look again after it, a few times at most.
  let from = 0;
  let m: RegExpExecArray | null = null;
  let strength = 0;
  let clause: Span = sentence;
  let clauseText = '';
  for (let attempt = 0; attempt < 4 && from < s.length; attempt++) {
    const rest = from === 0 ? s : s.slice(from);
    m = lexicon.add.exec(rest);
    strength = 2;
    if (m) sentenceCues |= CUE_ADD;
    if (!m && sensitivity !== 'low') {
      m = lexicon.addWeak.exec(rest);
      strength = 1;
      if (m) sentenceCues |= CUE_WEAK;
      if (!m && sensitivity === 'high') m = lexicon.addLoose.exec(rest);
    }
    if (!m) return 0;
    // The clause where the cue ends: a cue may start on the clause mark (": agrega").
    clause = clauseAround(norm.text, sentence, sentence.start + from + m.index + Math.max(0, m[0].length - 1), lexicon.clause);
    clauseText = norm.text.slice(clause.start, clause.end);
    const vetoed =
      lexicon.notAdd.test(clauseText) ||
      // "The PDF manual that was in the proposal is missing": agreed work, in any language.
      AGREED_WORK.test(clauseText) ||
      // "The form we agreed on is missing, please add it": a request that names nothing refers back.
      (clause.end - clause.start < sentence.end - sentence.start &&
        (lexicon.notAdd.test(s) || lexicon.notAddAnnounced?.test(s) === true) &&
        requestTerms(clauseText, lexicon).length === 0) ||
      // "One more thing: I'll be travelling next week": the announced thing is no work.
      (ANNOUNCE_ONLY.test(m[0]) && OFF_WORK.test(norm.text.slice(sentence.start, sentence.end + 80))) ||
      // "While you're at it, let me know if you need anything from us": announced, then no request.
      (ANNOUNCE_ONLY.test(m[0]) && lexicon.notAdd.test(s.slice(from + m.index + m[0].length))) ||
      // "How is the blog coming along?", "make the logo smaller", "we may hire you for another project".
      PROGRESS.test(clauseText) ||
      REVISION.test(clauseText) ||
      LATER_PROJECT.test(s) ||
      // "We don't need the print version after all, just the web PDF": less work, not more.
      asksLess(s) ||
      // "First round of changes: make the green darker": a plain request in a revision round revises.
      (strength === 1 && inRevisionRound()) ||
      // "Fix the crash, then I approve and add a tip": the cue was the bonus promised with the approval.
      cueIsPay(s, from + m.index, from + m.index + m[0].length, lexicon);
    if (!vetoed) break;
    sentenceCues |= CUE_NOT_ADD;
    m = null;
    from = clause.end - sentence.start + 1;
  }
  if (!m) return 0;
  let note = '';
  if (scope) {
    // Judge the request by the words it names: the clause, or the sentence when the clause is only the cue.
    const named = requestTerms(clauseText, lexicon);
    const terms = named.length > 0 ? named : requestTerms(s, lexicon);
    const covered = coveredBy(terms, scope);
    if (covered !== null) {
      sentenceCues |= CUE_COVERED;
      record(verdict, null, `in the agreed scope: ${covered}`);
      return 0;
    }
    const left = excludedBy(terms, scope);
    if (left !== null) note = `the agreed scope leaves out: ${left}`;
  }
  // Quote the whole sentence, or only the asking clause when the sentence also carries something else.
  const mixed = clause.end - clause.start < (sentence.end - sentence.start) * 0.6 && clause.end - clause.start >= 18;
  record(verdict, 'adds_scope', quote(norm, input, mixed ? clause : sentence));
  if (note) record(verdict, null, note);
  return strength;
}

function judgeSimple(
  s: string,
  sentence: Span,
  norm: Normalised,
  input: string,
  lexicon: Lexicon,
  signal: 'offers_payment' | 'blocks_approval',
  verdict: ScopeVerdict,
): boolean {
  const cue = signal === 'offers_payment' ? lexicon.pay : lexicon.block;
  const m = cue.exec(s);
  if (!m) return false;
  // "We may hire you for another project next month": a later contract, neither pay offered now nor a condition.
  // The "later" may be said in another sentence: "Next year we'll need an audit. It'd be a separate contract."
  if (
    (LATER_PROJECT.test(s) || (SEPARATE_CONTRACT.test(s) && !DECIDED.test(s))) &&
    (MAYBE_LATER.test(s) || MAYBE_LATER.test(norm.text))
  )
    return false;
  if (signal === 'offers_payment') {
    const clause = clauseAround(norm.text, sentence, sentence.start + m.index, lexicon.clause);
    if (lexicon.notPay.test(norm.text.slice(clause.start, clause.end))) return false;
  } else if (lexicon.notBlock.test(s)) return false;
  record(verdict, signal, quote(norm, input, sentence));
  return true;
}

/** A message that counts as a revision round, reports a bug or takes work out ("don't add any animations") is no place for the model's guesses. */
function modelOff(text: string, sentences: Span[], inRevisionRound: () => boolean): boolean {
  if (inRevisionRound() || BUG_REPORT.test(text)) return true;
  for (const sentence of sentences) if (asksLess(text.slice(sentence.start, sentence.end))) return true;
  return false;
}

function wordCount(s: string): number {
  let n = 0;
  for (let i = 0, inWord = false; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The sentence without the clause that offers pay: "but then I'll add a $50 bonus" names no work. */
function withoutPayClause(s: string, sentence: Span, norm: Normalised, lexicon: Lexicon): string {
  const m = lexicon.pay.exec(s);
  if (!m) return s;
  const clause = clauseAround(norm.text, sentence, sentence.start + m.index, lexicon.clause);
  return s.slice(0, clause.start - sentence.start) + s.slice(clause.end - sentence.start);
}

/** An English cue that ends naming what money is offered for ("… $30 extra for the FAQ page"). */
const PAID_FOR_THING = /\d[\d,.]*\s?\w*\s+(?:extra\s+|more\s+)?(?:for|to \w+) (?:the|a|an|some|\d+) \w+$/;

/**
 * Whether, in a blocking sentence, the request cue at [start, end) is the bonus promised with the approval
 * ("…, gebe ich frei und leg noch ein Trinkgeld drauf", "phir approve karke thoda extra bhi bhej dunga").
 */
function cueIsPay(s: string, start: number, end: number, lexicon: Lexicon): boolean {
  const p = lexicon.pay.exec(s);
  if (!p || !lexicon.block.test(s)) return false;
  // "I'll pay $30 extra for the FAQ page, but I'm holding milestone 3 until it's live": the money
  // is for a thing the cue names, and that thing is the request.
  if (PAID_FOR_THING.test(s.slice(start, end))) return false;
  return start <= p.index + p[0].length + 12 && end + 12 >= p.index;
}

/** A blocking sentence whose condition is more work adds scope, unless the agreed scope names that work. */
function judgeCondition(
  s: string,
  sentence: Span,
  norm: Normalised,
  input: string,
  lexicon: Lexicon,
  scope: AgreedScope | null,
  verdict: ScopeVerdict,
): number {
  if (AGREED_WORK.test(s)) return 0;
  if (scope) {
    const covered = coveredBy(requestTerms(s, lexicon), scope);
    if (covered !== null) {
      record(verdict, null, `in the agreed scope: ${covered}`);
      return 0;
    }
  }
  record(verdict, 'adds_scope', quote(norm, input, sentence));
  return 2;
}

// Finishing agreed work is no new scope, whatever the language of the rest.
const AGREED_WORK = /\b(?:as agred|we agred|agred on|as discused|we discused|as planed|acordad|acordamos|combinad|convenu|vereinbart|besprochen|договаривались|согласован|домовлялися|погоджен|jaisa tay|जैसा तय|(?<!not |n'?t |nao |no |pas |nicht )(?:in|from|per) (?:the|your|our) (?:proposal|ofer|brief|spec)|(?<!nao )(?:estava|vinha|veio) na proposta|(?<!no )(?:venia|estaba|viene) en la propuesta|(?<!pas )prevue? dans (?:la|votre) proposition|comme prevu|im angebot (?:enthalten|vorgesehen)|wie im angebot|laut angebot|concordat|patuit|jak ustalil|jak uzgodnil|ustalilismy|uzgodnilismy|zgodnie z ustaleniami)/u;

/** Exposed for the tests: the folded form the lexicons match against. */
export const normaliseForTest = (text: string): string => normalise(text).text;
export { prepareAgreedScope };
