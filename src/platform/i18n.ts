// User-visible strings come from _locales/<lang>/messages.json through browser.i18n, so the UI
// follows the browser's language. A structure test checks every key used exists in every locale.
import { browser } from './browser';

export function t(key: string, substitutions?: string | string[]): string {
  const text = browser.i18n.getMessage(key, substitutions);
  return text || key;
}

/** The UI language (e.g. "en", "es", "uk"), for dates and money. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage() || 'en';
}
