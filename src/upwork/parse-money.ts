// Money as Upwork shows it ("$1,250.00", "€500", "US$ 80.00", "USD 500", "1.250,00 €") to a
// number and an ISO 4217 code.

export interface Money {
  amount: number;
  currency: string;
}

/** Symbols and codes, longest first so "US$" wins over "$". */
const CURRENCIES: [string, string][] = [
  ['US$', 'USD'], ['$US', 'USD'], ['CA$', 'CAD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['C$', 'CAD'], ['R$', 'BRL'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['₹', 'INR'], ['¥', 'JPY'],
  ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['INR', 'INR'], ['CAD', 'CAD'], ['AUD', 'AUD'],
  ['CHF', 'CHF'], ['PLN', 'PLN'], ['zł', 'PLN'], ['BRL', 'BRL'],
];

const escapeDollar = (s: string) => s.replace(/[$]/g, '\\$');
const SYMBOL = CURRENCIES.map(([s]) => escapeDollar(s)).join('|');
// "Milestone 2 $500" must not read as 2 dollars, nor "Illustrations 3–5£825.00" as 5 pounds: $, £,
// ₹ and ¥ alone only ever come before the number; €, codes and "US$" may follow it ("1.250,00 €",
// "500 EUR", "2400,00 US$" and "32,00 $US" as Spanish and French pages write dollars).
const SUFFIX = CURRENCIES.filter(([s]) => !/^[$£₹¥]$/.test(s)).map(([s]) => escapeDollar(s)).join('|');
// Thousands grouped by a comma, a dot, a space, a no-break or narrow no-break space ("1 400,00 €"
// in French), a thin space or an apostrophe ("CHF 1’200" in Switzerland), or in lakhs and crores
// as Indian pages write rupees ("₹3,60,000.00", "₹1,20,00,000").
const NUMBER = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[,.\u00a0\u202f\u2009 '’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
/** Currency before the number, or after it. */
export const MONEY_PATTERN = new RegExp(
  String.raw`(?:(${SYMBOL})\s?(${NUMBER}))|(?:(${NUMBER})\s?(${SUFFIX})(?![A-Za-z\d]))`,
);

/** Larger amounts are not read (a run of digits, not a price). */
const MAX_AMOUNT = 1_000_000_000;

function toNumber(digits: string): number | null {
  let s = digits.replace(/[\u00a0\u202f\u2009 '’]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  const decimalAt = Math.max(lastComma, lastDot);
  // A separator followed by 1-2 digits at the end is the decimal point; anything else groups thousands.
  if (decimalAt >= 0 && s.length - decimalAt - 1 <= 2) {
    s = `${s.slice(0, decimalAt).replace(/[.,]/g, '')}.${s.slice(decimalAt + 1)}`;
  } else {
    s = s.replace(/[.,]/g, '');
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** The first amount of money in `text`, or null. */
export function parseMoney(text: string | null | undefined): Money | null {
  if (!text) return null;
  const m = MONEY_PATTERN.exec(text);
  if (!m) return null;
  const symbol = m[1] ?? m[4] ?? '';
  const digits = m[2] ?? m[3] ?? '';
  const amount = toNumber(digits);
  const currency = CURRENCIES.find(([s]) => s === symbol)?.[1];
  // Nothing on Upwork costs a billion: digits beyond that are not an amount the page means.
  if (amount === null || !currency || amount > MAX_AMOUNT) return null;
  return { amount, currency };
}

/** Does `text` contain an amount of money? */
export function hasMoney(text: string): boolean {
  return MONEY_PATTERN.test(text);
}
