import { describe, expect, it } from 'vitest';
import { bonusPromise, bonusWords, offersProtectedPay } from './bonus';
import { detectScope } from './scope';
import type { ScopeVerdict } from './types';

/** A verdict whose offer of pay was found in these sentences. */
function offer(sentences: string[], lang = 'en'): ScopeVerdict {
  return {
    adds_scope: false,
    offers_payment: sentences.length > 0,
    blocks_approval: false,
    confidence: 0.9,
    evidence: sentences,
    evidenceBySignal: { adds_scope: [], offers_payment: sentences, blocks_approval: [] },
    lang,
  };
}

describe('bonus promise', () => {
  it.each([
    ["I'll send you a bonus for it.", 'en', 'bonus'],
    ['Do it and there is a nice Bonus in it for you', 'en', 'Bonus'],
    ['I will tip you $20 when it is done.', 'en', 'tip'],
    ['Te doy un bono si lo terminas hoy.', 'es', 'bono'],
    ['Te mando una propina.', 'es', 'propina'],
    ['Eu te dou um bônus por isso.', 'pt', 'bônus'],
    ['Je te donne un bonus pour ça.', 'fr', 'bonus'],
    ['Je vous verse une prime ensuite.', 'fr', 'prime'],
    ['Dafür gibt es eine Prämie.', 'de', 'Prämie'],
    ['Я отправлю бонус за это.', 'ru', 'бонус'],
    ['Заплачу премию после сдачи.', 'ru', 'премию'],
    ['Я надішлю бонус за це.', 'uk', 'бонус'],
    ['Сделай ещё баннеры, я отправлю бонус.', 'ru', 'бонус'],
    ['Надіслав чайові, дякую!', 'uk', 'чайові'],
    ['इसके लिए मैं बोनस दूंगा।', 'hi', 'बोनस'],
  ])('%s (%s) is a bonus promise, decided by "%s"', (sentence, lang, word) => {
    const promise = bonusPromise(offer([sentence], lang));
    expect(promise).toEqual({ words: [word], quote: sentence });
  });

  it.each([
    ['I will add a milestone for it and send a bonus too.', 'en'],
    ['I can raise the budget by $100, plus a bonus.', 'en'],
    ['I will fund a new milestone.', 'en'],
    ['Happy to set up another contract for it, with a bonus.', 'en'],
    ['Creo un hito nuevo y te doy un bono.', 'es'],
    ['Je crée un nouveau jalon, et une prime en plus.', 'fr'],
    ['Ich erhöhe den Betrag und gebe einen Bonus.', 'de'],
    ['Увеличу сумму этапа и добавлю бонус.', 'ru'],
    ['Створю новий етап і дам бонус.', 'uk'],
    ['मैं नया माइलस्टोन बनाऊंगा और बोनस भी दूंगा।', 'hi'],
  ])('%s (%s) offers protected pay, so it is no bonus promise', (sentence, lang) => {
    expect(offersProtectedPay(sentence)).toBe(true);
    expect(bonusPromise(offer([sentence], lang))).toBeNull();
  });

  it.each([
    ["I'll add a $50 bonus to the milestone when I approve it.", 'en'],
    ['Will add bonus to milestone.', 'en'],
    ['Te doy un bono en el hito.', 'es'],
    ['Je mettrai une prime sur le jalon.', 'fr'],
  ])('%s (%s): a bonus on the milestone is still a bonus (paid at approval, outside the funds held)', (sentence, lang) => {
    expect(offersProtectedPay(sentence)).toBe(false);
    expect(bonusPromise(offer([sentence], lang))).not.toBeNull();
  });

  it('is a bonus promise only when every sentence that offers pay is a bonus', () => {
    const bonus = "There's a bonus in it for you.";
    const milestone = 'I will add a milestone for the blog.';
    expect(bonusPromise(offer([bonus, milestone]))).toBeNull();
    expect(bonusPromise(offer([bonus, 'And a tip on top.']))?.words).toEqual(['bonus', 'tip']);
  });

  it('is none when the message offers no pay, or pay without a bonus', () => {
    expect(bonusPromise(offer([]))).toBeNull();
    expect(bonusPromise(offer(['I will pay extra for it.']))).toBeNull();
  });

  it('reads "prime" as a bonus only in French, "tip" as a word of its own', () => {
    expect(bonusWords('A prime example of extra pay', 'en')).toEqual([]);
    expect(bonusWords('Une prime pour toi', 'fr')).toEqual(['prime']);
    expect(bonusWords('multiple tiptoe stipend', 'en')).toEqual([]);
  });

  it('takes the offer from the real scope detector: a bonus stays a bonus', () => {
    const verdict = detectScope("Can you also add a blog section? I'll send you a bonus for it.");
    expect(verdict.adds_scope).toBe(true);
    expect(verdict.offers_payment).toBe(true);
    expect(bonusPromise(verdict)?.words).toEqual(['bonus']);

    const milestone = detectScope('Can you also add a blog section? I will add a milestone for it.');
    expect(milestone.offers_payment).toBe(true);
    expect(bonusPromise(milestone)).toBeNull();
  });
});
