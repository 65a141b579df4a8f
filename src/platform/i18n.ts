// User-visible strings come from _locales/<lang>/messages.json through browser.i18n, so the UI
// follows the browser's language. A structure test checks every key used exists in every locale.
import { api as browser } from './native-api';

/** Strings without substitutions, as looked up once: the language cannot change while a page or
 * the popup lives, and a banner of many warnings asks for the same labels again and again. */
const plain = new Map<string, string>();

export function t(key: string, substitutions?: string | string[]): string {
  if (substitutions === undefined) {
    const known = plain.get(key);
    if (known !== undefined) return known;
  }
  const text = browser.i18n.getMessage(key, substitutions) || key;
  if (substitutions === undefined) plain.set(key, text);
  return text;
}

/** The UI language (e.g. "en", "es", "uk"), for dates and money. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage() || 'en';
}

/** The UI language's plural rules, made on first use. */
let pluralRules: Intl.PluralRules | null = null;

/**
 * A counted phrase in the UI language's plural form: browser.i18n has no plurals, so every locale
 * carries `<key>_one`, `<key>_few`, `<key>_many` and `<key>_other` (languages that need fewer
 * forms repeat one) and Intl.PluralRules picks. `$1` is the count; more substitutions follow it.
 */
export function tCount(key: string, count: number, ...more: string[]): string {
  let form = 'other';
  try {
    pluralRules ??= new Intl.PluralRules(uiLocale());
    form = pluralRules.select(count);
  } catch {}
  const forms: Record<string, string> = { one: 'one', few: 'few', many: 'many' };
  return t(`${key}_${forms[form] ?? 'other'}`, [String(count), ...more]);
}
