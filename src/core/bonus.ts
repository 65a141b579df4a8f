// A promised bonus is no payment protection: Upwork's Payment Protection does not cover bonus
// payments and they cannot be disputed (Upwork Help: Bonus and miscellaneous payments). So an
// offer of pay that is only a bonus must not count as "paid for" the way a new milestone, a raised
// milestone amount or a raised price does. This tells the two apart, from the sentences in which the
// scope detector found the offer, and keeps the words that decided it.

import { normalise } from './scope/normalise';
import type { ScopeVerdict } from './types';

export interface BonusPromise {
  /** The bonus words, as written ("bonus", "bono", "бонус", "बोनस"). */
  words: string[];
  /** The client's sentence that promised it. */
  quote: string;
}

// Matched on the normalised text (lowercase, Latin accents off, doubled consonants collapsed):
// "Bônus" -> "bonus", "Prämie" -> "pramie", "gratificación" -> "gratificacion", "премия" stays.
// Tips are included: on Upwork a tip is sent as a bonus. "prime"/"prima"/"premio" only in the
// languages where they mean a bonus payment.
const BONUS_ANY = [
  'bonus\\w*',
  'boni',
  'tip',
  'tips',
  'gratuity',
  'бонус\\p{L}*',
  'बोनस',
];
const BONUS_BY_LANG: Record<string, string[]> = {
  es: ['bonos?', 'propinas?', 'gratificacion\\w*', 'primas?'],
  pt: ['bonus', 'gorjetas?', 'gratificac\\w*', 'premios?'],
  fr: ['primes?', 'pourboires?', 'gratifications?'],
  de: ['pramien?', 'praemien?', 'trinkgeld\\w*'],
  ru: ['преми\\p{L}*', 'чаевы\\p{L}*'],
  uk: ['премі\\p{L}*', 'чайов\\p{L}*'],
  hi: ['टिप', 'इनाम', 'inaam'],
};

// What makes an offer protected pay rather than a bonus: a new milestone or contract, funds
// deposited, or a raised price, budget or amount. A milestone named without "new", "another",
// "add"… is not enough: "I'll add a bonus to the milestone" is Upwork's "add a bonus" at approval,
// paid outside the funds held, and so still a bonus.
const B = '(?:^|[^\\p{L}\\p{N}])';
const E = '(?=$|[^\\p{L}\\p{N}])';
// Up to three words between, none of them a bonus word ("add a bonus to the milestone").
const ALL_BONUS_WORDS = [...new Set([...BONUS_ANY, ...Object.values(BONUS_BY_LANG).flat()])].join('|');
const GAP = `\\s+(?:(?!(?:${ALL_BONUS_WORDS})(?:[^\\p{L}\\p{M}\\p{N}]|$))\\S+\\s+){0,3}?`;
const MILESTONE =
  '(?:milestones?|hitos?|etapas?|jalons?|meilenstein\\w*|этап\\S*|етап\\S*|майлстоун\\S*|माइलस्टोन|contracts?|contratos?|contrats?|vertrag\\w*|контракт\\S*|договор\\S*|अनुबंध)';
// "new", "another", "separate", "extra", or a verb that creates or funds one, before the milestone…
const NEW_BEFORE =
  '(?:new|another|separate|extra|aditional|second|next|ad|aded|ading|create|creating|set up|open|fund|funded|funding|nuev[oa]s?|otr[oa]s?|adicional|separad[oa]|crear|creo|creare|abro|abrir|agrego|agregare|anado|financi\\w*|nov[oa]s?|outr[oa]s?|criar|crio|criarei|nouvel(?:le)?|nouveau|autre|suplementaire|distinct|cre[eo]r?|ajoute\\w*|neue[nmrs]?|weitere[nmrs]?|zusatzliche[nmrs]?|separate[nmrs]?|anlegen|нов\\S*|друг\\S*|отдельн\\S*|дополнительн\\S*|созда\\S*|добав\\S*|окрем\\S*|додатков\\S*|створ\\S*|нов\\S*|नया|नए|नई|अलग|अतिरिक्त|और)';
// …or after it ("un hito nuevo", "этап отдельно").
const NEW_AFTER = '(?:nuev[oa]|aparte|adicional|separad[oa]|extra|nov[oa]|suplementaire|distinct|нов\\S*|отдельн\\S*|окрем\\S*)';
const RAISE =
  '(?:rais\\w*|increas\\w*|bump\\w*|top up|double|aument\\w*|sub[eioa]\\w*|incrementa\\w*|augment\\w*|erhoh\\w*|увелич\\S*|подним\\S*|подниму|повыш\\S*|повыс\\S*|збільш\\S*|підвищ\\S*|підніму|बढा\\S*)';
const AMOUNT =
  '(?:budget|price|rate|amount|fee|presupuesto|precio|monto|tarifa|orcamento|preco|valor|prix|montant|tarif|preis|betrag|honorar|бюджет\\S*|цен\\S*|сум\\S*|ставк\\S*|цін\\S*|बजट|कीमत|राशि)';
const MECHANISM = new RegExp(
  [
    `${B}${NEW_BEFORE}${GAP}${MILESTONE}${E}`,
    `${B}${MILESTONE}\\s+(?:\\S+\\s+){0,2}?${NEW_AFTER}${E}`,
    `${B}(?:escrow|project funds)${E}`,
    `${B}${RAISE}${GAP}${AMOUNT}`,
  ].join('|'),
  'u',
);

function bonusPattern(lang: string): RegExp {
  const words = [...BONUS_ANY, ...(BONUS_BY_LANG[lang] ?? [])];
  return new RegExp(`(?:^|[^\\p{L}\\p{M}\\p{N}])(${words.join('|')})(?=$|[^\\p{L}\\p{M}\\p{N}])`, 'gu');
}

/** The bonus words of one sentence, quoted from the original text; empty when there are none. */
export function bonusWords(sentence: string, lang = 'und'): string[] {
  const norm = normalise(sentence);
  const words: string[] = [];
  for (const m of norm.text.matchAll(bonusPattern(lang))) {
    const word = m[1] as string;
    const start = (m.index ?? 0) + m[0].length - word.length;
    const from = norm.origin[start] ?? 0;
    const to = norm.origin[start + word.length] ?? sentence.length;
    const original = sentence.slice(from, to).trim();
    if (original && !words.includes(original)) words.push(original);
  }
  return words;
}

/** Whether a sentence offers protected pay: a milestone, a contract, funds, or a raised price. */
export function offersProtectedPay(sentence: string): boolean {
  return MECHANISM.test(normalise(sentence).text);
}

/**
 * The bonus the client promised, when the message's offer of pay is a bonus and nothing else:
 * every sentence that offers pay names a bonus (or tip) and none names a milestone, a contract,
 * funds or a raised price. Null when the message offers no pay, or offers protected pay.
 */
export function bonusPromise(verdict: ScopeVerdict): BonusPromise | null {
  if (!verdict.offers_payment) return null;
  const sentences = verdict.evidenceBySignal.offers_payment;
  if (sentences.length === 0) return null;
  const words: string[] = [];
  for (const sentence of sentences) {
    const found = bonusWords(sentence, verdict.lang);
    if (found.length === 0 || offersProtectedPay(sentence)) return null;
    for (const w of found) if (!words.includes(w)) words.push(w);
  }
  return { words, quote: sentences[0] as string };
}
