import { describe, expect, it } from 'vitest';
import { READY_MESSAGE_LANGS, type ReadyMessageFields, readyMessage, readyMessageLang } from './ready-messages';

const fields: ReadyMessageFields = {
  clientName: 'Anna',
  agreed: 'Landing page for a bakery',
  request: 'Can you also add a blog section with 5 posts?',
  work: 'add a blog section',
  askApproval: false,
  freelancerName: 'Sam',
};

describe('ready messages', () => {
  it.each(READY_MESSAGE_LANGS)('%s quotes the request, names the work, states the agreement', (lang) => {
    const { lang: used, text } = readyMessage(lang, fields);
    expect(used).toBe(lang);
    expect(text).toContain(fields.request);
    expect(text).toContain(fields.work);
    expect(text).toContain(fields.agreed as string);
    expect(text).toContain('Anna');
    expect(text.trim().endsWith('Sam')).toBe(true);
    expect(text).toContain('Upwork');
  });

  // Only one milestone is funded at a time, so each message also offers a higher amount on the
  // active milestone, in words of its own language.
  const RAISE: Record<(typeof READY_MESSAGE_LANGS)[number], RegExp> = {
    en: /raise the amount of the current milestone/,
    es: /aumentar el monto del hito actual/,
    pt: /aumentar o valor da etapa atual/,
    fr: /augmenter le montant du jalon en cours/,
    de: /Betrag des aktuellen Meilensteins erhöhen/,
    ru: /увеличить сумму текущего этапа/,
    uk: /збільшити суму поточного етапу/,
    hi: /मौजूदा माइलस्टोन की राशि बढ़ाकर/,
  };

  it.each(READY_MESSAGE_LANGS)('%s offers a new milestone or, instead, a higher amount on the active one', (lang) => {
    for (const askApproval of [false, true]) {
      const { text } = readyMessage(lang, { ...fields, askApproval });
      expect(text).toMatch(RAISE[lang]);
      expect(text).toContain(fields.work);
    }
  });

  it.each(READY_MESSAGE_LANGS)('%s reads well without names or a contract title', (lang) => {
    const { text } = readyMessage(lang, { ...fields, clientName: null, agreed: null, freelancerName: null });
    expect(text).not.toMatch(/null|undefined|\$\{/);
    expect(text).toContain(fields.request);
  });

  it.each(READY_MESSAGE_LANGS)('%s asks for approval only when told to', (lang) => {
    const without = readyMessage(lang, fields).text;
    const withApproval = readyMessage(lang, { ...fields, askApproval: true }).text;
    expect(withApproval.length).toBeGreaterThan(without.length);
  });

  it('the translations differ from the English text', () => {
    const english = readyMessage('en', fields).text;
    const texts = READY_MESSAGE_LANGS.map((lang) => readyMessage(lang, fields).text);
    expect(new Set(texts).size).toBe(READY_MESSAGE_LANGS.length);
    for (const lang of READY_MESSAGE_LANGS.filter((l) => l !== 'en')) {
      expect(readyMessage(lang, fields).text).not.toContain('Thank you for your message');
    }
    expect(english).toContain('Thank you for your message');
  });

  it('falls back to English for unsupported or undetected languages, and reads regional codes', () => {
    expect(readyMessageLang('it')).toBe('en');
    expect(readyMessageLang('und')).toBe('en');
    expect(readyMessageLang(null)).toBe('en');
    expect(readyMessageLang('pt-BR')).toBe('pt');
    expect(readyMessageLang('UK')).toBe('uk');
  });

  it('keeps the client’s words as plain text', () => {
    const request = '<img src=x onerror=alert(1)> add a page';
    expect(readyMessage('en', { ...fields, request }).text).toContain(request);
  });
});
