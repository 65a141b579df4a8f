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
  const text = browser.i18n.getMessage(key, substitutions) || fromFiles(key, substitutions);
  if (substitutions === undefined) plain.set(key, text);
  return text;
}

/** Messages read from the extension's own files, when the browser gave the page none (loadMessages). */
let files: Record<string, { message?: string } | undefined> | undefined;

/** A message from `files` with `$1`…`$9` filled in and `$$` as "$", as browser.i18n does; else the key. */
function fromFiles(key: string, substitutions?: string | string[]): string {
  const message = files?.[key]?.message;
  const values = substitutions === undefined ? [] : [substitutions].flat();
  return message === undefined ? key : message.replace(/\$([1-9$])/g, (_, d: string) => (d === '$' ? '$' : (values[+d - 1] ?? '')));
}

/**
 * Chromium (156) now and then gives an extension page no message bundle: every getMessage answers
 * "" for the page's whole life, and the popup would show its message keys. Extension pages call
 * this before their first render; only when the bundle is missing, it reads the messages from the
 * extension's own files in the order the browser would use them (the UI language, its base
 * language, the default locale), so the page reads as it should.
 */
export async function loadMessages(): Promise<void> {
  if (browser.i18n.getMessage('extName')) return;
  const lang = uiLocale().replace('-', '_');
  const dirs = new Set([browser.runtime.getManifest().default_locale ?? 'en', lang.split('_')[0], lang]);
  const merged: NonNullable<typeof files> = {};
  for (const dir of dirs) {
    try {
      const response = await fetch(browser.runtime.getURL(`_locales/${dir}/messages.json`));
      if (response.ok) Object.assign(merged, await response.json());
    } catch {
      // No such language folder: the ones before it stand.
    }
  }
  files = merged;
  plain.clear();
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
