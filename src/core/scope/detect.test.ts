import { describe, expect, it } from 'vitest';
import { detectScope } from './index';
import { signals } from './test-signals';


describe('adds_scope', () => {
  it.each([
    'Hey, could you also add a blog section to the site?',
    'One more small thing: can you make the logo animated on hover?',
    "While you're at it, please add a dark mode toggle.",
    'I assumed this would also include the iOS version of the app.',
    'pls also ad a contact form on the about page',
    'Can you add an aditional page for testimonials?',
    'Also need you to set up the newsletter signup with Mailchimp.',
  ])('flags %s', (text) => {
    expect(signals(text).adds).toBe(true);
  });

  it.each([
    'Also, thanks for the fast delivery!',
    'Please fix the header bug we discussed.',
    'Additional info attached, let me know if you need anything else.',
    'Can you send me the files?',
    'How is it going? Any progress on the homepage?',
    'Amazing work, I love the new design!',
    'As agreed, please finish the checkout page.',
    'Could you also send me the invoice?',
    'Can you add me on Skype so we can talk faster?',
  ])('does not flag %s', (text) => {
    expect(signals(text).adds).toBe(false);
  });

  it('treats a new milestone as an offer, not as new scope', () => {
    expect(signals("I've added a milestone for the login page.")).toEqual({ adds: false, pay: true, block: false });
  });

  it('quotes only the new request in a mixed fix + new message', () => {
    const v = detectScope('please fix the header, and also add a blog section');
    expect(v.adds_scope).toBe(true);
    expect(v.evidenceBySignal.adds_scope).toEqual(['and also add a blog section']);
  });
});

describe('offers_payment', () => {
  it.each([
    "I'll add a milestone for it.",
    'I can pay $50 extra for that.',
    'Will send a bonus once I am back.',
    "I'll increase the budget.",
    "Let's open a new contract for this.",
  ])('flags %s', (text) => {
    expect(signals(text).pay).toBe(true);
  });

  it.each([
    'No extra pay for this, but please also add the FAQ page.',
    "This should be included, I'm not paying more. Add the export button.",
  ])('does not count a refusal to pay: %s', (text) => {
    const s = signals(text);
    expect(s.pay).toBe(false);
    expect(s.adds).toBe(true);
  });
});

describe('blocks_approval', () => {
  it.each([
    "I won't approve the milestone until you add the blog section.",
    'Payment will be released after you also do the admin dashboard.',
    "I'm not closing the contract until the mobile version is done.",
    "I'll approve once the mobile version is done too.",
    'No approval without the extra pages.',
    "If the bugs aren't fixed by Friday, I'll leave negative feedback.",
  ])('flags %s', (text) => {
    expect(signals(text).block).toBe(true);
  });

  it.each(['Payment released, thank you so much!', "I'll approve the milestone tonight.", 'I will close the contract after the weekend, all good.'])(
    'does not flag %s',
    (text) => {
      expect(signals(text).block).toBe(false);
    },
  );

  it('counts extra work as the condition as new scope too', () => {
    expect(signals("I'll release the payment once you also add the French translation.")).toEqual({ adds: true, pay: false, block: true });
  });
});

describe('languages', () => {
  const cases: [string, string, { adds: boolean; pay: boolean; block: boolean }][] = [
    ['es', '¿Podrías agregar también una sección de blog?', { adds: true, pay: false, block: false }],
    ['es', 'No voy a aprobar el hito hasta que agregues el blog.', { adds: true, pay: false, block: true }],
    ['es', 'Te envío un bono por el excelente trabajo.', { adds: false, pay: true, block: false }],
    ['pt', 'Você pode adicionar também uma seção de blog?', { adds: true, pay: false, block: false }],
    ['pt', 'Conforme combinado, termina a página de pagamento por favor.', { adds: false, pay: false, block: false }],
    ['fr', 'Pourriez-vous aussi ajouter une section blog au site ?', { adds: true, pay: false, block: false }],
    ['fr', "Je ne validerai pas le jalon tant que vous n'aurez pas ajouté le blog.", { adds: true, pay: false, block: true }],
    ['de', 'Könnten Sie auch noch einen Blog-Bereich einbauen?', { adds: true, pay: false, block: false }],
    ['de', 'Ich erhöhe das Budget um 200 $, weil es länger gedauert hat.', { adds: false, pay: true, block: false }],
    ['ru', 'Здравствуйте, можете ещё добавить раздел блога на сайт?', { adds: true, pay: false, block: false }],
    ['ru', 'Не приму этап, пока не исправите ошибку в корзине.', { adds: false, pay: false, block: true }],
    ['uk', 'Добрий день, можете ще додати розділ блогу на сайт?', { adds: true, pay: false, block: false }],
    ['uk', 'Надсилаю вам бонус за чудову роботу.', { adds: false, pay: true, block: false }],
    ['hi', 'नमस्ते, क्या आप साइट में एक ब्लॉग सेक्शन भी जोड़ सकते हैं?', { adds: true, pay: false, block: false }],
    ['hi', 'Jab tak aap blog add nahi karte, main milestone approve nahi karunga.', { adds: true, pay: false, block: true }],
    ['hi', 'Badhiya kaam ke liye aapko bonus bhej raha hoon.', { adds: false, pay: true, block: false }],
  ];
  it.each(cases)('%s: %s', (lang, text, expected) => {
    const v = detectScope(text);
    expect(v.lang).toBe(lang);
    expect({ adds: v.adds_scope, pay: v.offers_payment, block: v.blocks_approval }).toEqual(expected);
  });

  it('says it does not know a language it does not read, with low confidence', () => {
    const v = detectScope('このページにブログも追加してください');
    expect(v.lang).toBe('und');
    expect(v.adds_scope || v.offers_payment || v.blocks_approval).toBe(false);
    expect(v.confidence).toBeLessThan(0.5);
  });

  it('uses a language hint when given', () => {
    expect(detectScope('Add blog', { lang: 'en' }).lang).toBe('en');
  });
});

describe('agreed scope', () => {
  it('judges the same request by the agreement', () => {
    const text = 'Can you add a blog page?';
    const narrow = detectScope(text, { agreedScope: 'Five-page website: Home, About, Services, Contact and Pricing.' });
    const wide = detectScope(text, { agreedScope: 'Company website with a blog, home, about and contact pages.' });
    expect(narrow.adds_scope).toBe(true);
    expect(narrow.evidenceBySignal.adds_scope).toEqual(['Can you add a blog page?']);
    expect(wide.adds_scope).toBe(false);
    expect(wide.evidence).toEqual(['in the agreed scope: blog']);
  });

  it('works across languages and inflections', () => {
    const text = 'Нам ещё нужно приложение для Android.';
    expect(detectScope(text, { agreedScope: 'Приложение для бронирования под iOS.' }).adds_scope).toBe(true);
    expect(detectScope(text, { agreedScope: 'Приложение для бронирования под iOS и Android.' }).adds_scope).toBe(false);
  });

  it('keeps a block when the condition is agreed work, and drops the new-scope flag', () => {
    const v = detectScope("I won't approve until you add the admin dashboard.", {
      agreedScope: 'Customer portal with login, order history and admin dashboard.',
    });
    expect(v.blocks_approval).toBe(true);
    expect(v.adds_scope).toBe(false);
  });
});

describe('evidence', () => {
  const messages = [
    "Hey!!  Could you ALSO add a blog section? I'll pay $50 extra 🙏",
    'Çà et là: pourriez-vous aussi ajouter une page « FAQ » ?',
    'I   won’t   approve\n\nuntil you add the   chat feature too.',
    'pleeease also ad the wishlist 😅😅',
    'Можете ещё добавить раздел блога?',
  ];
  it.each(messages)('is quoted verbatim from %s', (text) => {
    const v = detectScope(text);
    expect(v.evidence.length).toBeGreaterThan(0);
    for (const quote of v.evidence) expect(text.includes(quote)).toBe(true);
    for (const list of Object.values(v.evidenceBySignal)) for (const quote of list) expect(text.includes(quote)).toBe(true);
  });
});

describe('sensitivity', () => {
  it('low keeps only clear cues, high takes looser requests', () => {
    expect(detectScope('Please add Apple Pay.', undefined, { sensitivity: 'low' }).adds_scope).toBe(false);
    expect(detectScope('Please add Apple Pay.').adds_scope).toBe(true);
    expect(detectScope('Could you also add Apple Pay?', undefined, { sensitivity: 'low' }).adds_scope).toBe(true);
    expect(detectScope('Can you make the menu sticky?').adds_scope).toBe(false);
    expect(detectScope('Can you make the menu sticky?', undefined, { sensitivity: 'high' }).adds_scope).toBe(true);
  });
});

describe('hostile input', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['spaces', '   \n\t  '],
    ['html', '<script>alert(1)</script><b>Could you also add</b> a <i>blog</i>?'],
    ['emoji', '🙏🙏🙏 also add 🚀 dark mode 🌙 pls 😅'],
    ['zero-width', 'co\u200bu\u200bld you al\u200bso add a blog?'],
    ['lone surrogates', '\ud800 also add a blog \udfff please'],
    ['rtl and controls', '\u202eadd also\u0000\u0007 blog'],
  ];
  it.each(cases)('%s: no throw, evidence verbatim', (_name, text) => {
    const v = detectScope(text);
    for (const quote of v.evidence) expect(text.includes(quote)).toBe(true);
  });

  it('reads zero-width-split words as words', () => {
    expect(detectScope('co\u200buld you al\u200bso add a blog?').adds_scope).toBe(true);
  });

  it('handles a megabyte quickly', () => {
    const unit = "I won't approve until you also add the blog, I'll pay extra. ";
    const huge = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const start = performance.now();
    const v = detectScope(huge);
    expect(performance.now() - start).toBeLessThan(500);
    expect(v.adds_scope).toBe(true);
    const flat = 'a'.repeat(1_000_000);
    const t2 = performance.now();
    detectScope(flat);
    detectScope(`won't approve ${'until '.repeat(150_000)}`);
    expect(performance.now() - t2).toBeLessThan(500);
  });

  it('does not throw on non-string input from untyped callers', () => {
    expect(() => detectScope(undefined as unknown as string)).not.toThrow();
    expect(() => detectScope(42 as unknown as string, { agreedScope: 7 as unknown as string })).not.toThrow();
  });
});
