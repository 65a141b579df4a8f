import { afterEach, describe, expect, it, vi } from 'vitest';

// A page whose browser gave it no message bundle: getMessage answers "" for every key.
const FILES: Record<string, Record<string, { message: string }>> = {
  en: { extName: { message: 'Scope Guard' }, warnings: { message: '$1 warnings on $2, $$5 each' }, onlyEnglish: { message: 'Only here' } },
  es: { extName: { message: 'Scope Guard (es)' }, warnings: { message: '$1 avisos en $2' } },
};

async function loadI18n(bundle: 'missing' | 'present', uiLanguage = 'es-AR') {
  vi.resetModules();
  const fetched: string[] = [];
  vi.stubGlobal('browser', {
    i18n: { getMessage: (key: string) => (bundle === 'present' && key === 'extName' ? 'From the browser' : ''), getUILanguage: () => uiLanguage },
    runtime: { getManifest: () => ({ default_locale: 'en' }), getURL: (path: string) => `ext://id/${path}` },
  });
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const dir = /_locales\/([^/]+)\//.exec(url)?.[1] ?? '';
    if (!FILES[dir]) throw new TypeError('Failed to fetch');
    return { ok: true, json: async () => FILES[dir] };
  });
  return { i18n: await import('./i18n'), fetched };
}

afterEach(() => vi.unstubAllGlobals());

describe('messages when the browser gives the page none', () => {
  it('reads them from the files: UI language over its base over the default, with substitutions', async () => {
    const { i18n, fetched } = await loadI18n('missing');
    expect(i18n.t('extName')).toBe('extName');
    await i18n.loadMessages();
    expect(fetched).toEqual(['ext://id/_locales/en/messages.json', 'ext://id/_locales/es/messages.json', 'ext://id/_locales/es_AR/messages.json']);
    expect(i18n.t('extName')).toBe('Scope Guard (es)');
    expect(i18n.t('onlyEnglish')).toBe('Only here');
    expect(i18n.t('warnings', ['3', 'this contract'])).toBe('3 avisos en this contract');
    expect(i18n.t('unknownKey')).toBe('unknownKey');
  });

  it('fills $1…$9 and "$$" as the browser does, and leaves a missing value empty', async () => {
    const { i18n } = await loadI18n('missing', 'en');
    await i18n.loadMessages();
    expect(i18n.t('warnings', ['2', 'Logo'])).toBe('2 warnings on Logo, $5 each');
    expect(i18n.t('warnings', '2')).toBe('2 warnings on , $5 each');
  });

  it('reads nothing when the browser has the bundle', async () => {
    const { i18n, fetched } = await loadI18n('present');
    await i18n.loadMessages();
    expect(fetched).toEqual([]);
    expect(i18n.t('extName')).toBe('From the browser');
  });
});
