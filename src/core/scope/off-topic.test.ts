import { describe, expect, it } from 'vitest';
import { detectScope } from './index';

const adds = (text: string) => detectScope(text).adds_scope;

describe('cue words that ask for no work', () => {
  it.each([
    ['en', "One more thing – I'll be traveling next week, so my replies may be slow."],
    ['en', 'Oh and one more thing, happy birthday! Hope you have a great day.'],
    ['es', 'Otra cosa: la semana que viene estoy de viaje.'],
    ['pt', 'Outra coisa, vou estar de férias do dia 3 ao dia 10.'],
    ['fr', 'Autre chose : je serai en déplacement la semaine prochaine.'],
    ['de', 'Noch etwas, ich bin vom 3. bis 10. August im Urlaub.'],
    ['ru', 'И ещё, завтра не смогу быть на созвоне.'],
    ['uk', 'І ще одне: наступного тижня я у відрядженні.'],
    ['hi', 'Ek aur baat, main 3 se 10 August tak chutti par hoon.'],
  ])('%s: the client away: %s', (_lang, text) => expect(adds(text)).toBe(false));

  it.each([
    ['es', '¿Cómo va la sección del blog?'],
    ['fr', 'Où en est la section blog ?'],
    ['de', 'Wann ist die Suchseite ungefähr fertig?'],
    ['hi', 'Stripe integration ka koi update?'],
  ])('%s: progress questions: %s', (_lang, text) => expect(adds(text)).toBe(false));

  it.each([
    ['es', 'El logo se ve muy grande en el móvil, ¿lo puedes hacer más pequeño?'],
    ['de', 'Das Logo ist auf dem Handy zu groß, kannst du es kleiner machen?'],
    ['ru', 'Логотип на телефоне слишком большой, можешь сделать его поменьше?'],
    ['uk', 'Логотип на телефоні завеликий, можеш зробити його меншим?'],
  ])('%s: revisions of agreed work: %s', (_lang, text) => expect(adds(text)).toBe(false));

  it.each([
    ['en', 'We might have more work for you later this year, on a separate contract of course.'],
    ['es', 'Si todo sale bien, más adelante tendremos otro trabajo para ti, con un contrato aparte.'],
    ['de', 'Wenn alles gut läuft, haben wir später weitere Aufträge für dich, mit separatem Vertrag.'],
    ['ru', 'Если всё пойдёт хорошо, позже будет ещё работа для вас, по отдельному контракту.'],
  ])('%s: a later project is neither scope nor pay: %s', (_lang, text) => {
    const v = detectScope(text);
    expect([v.adds_scope, v.offers_payment]).toEqual([false, false]);
  });

  it('a real request after the announcement still counts', () => {
    expect(adds("One more thing: I'm traveling next week. Could you also add a blog section before that?")).toBe(true);
  });
});

describe('requests asked as questions, what-ifs and bigger quantities', () => {
  it.each([
    ['en', 'What if we also had a members area where people can log in?'],
    ['es', '¿La mascota también puede tener 5 poses diferentes?'],
    ['fr', 'La mascotte peut-elle aussi avoir 5 poses différentes ?'],
    ['de', 'Was wäre, wenn wir noch einen Mitgliederbereich hätten?'],
    ['ru', 'Можно ли также выгружать отчёт в Excel?'],
    ['uk', 'Чи можна також вивантажувати звіт у Excel?'],
    ['hi', 'Kya mascot ke 5 alag poses bhi ho sakte hain?'],
    ['hi', 'Kya 10 ki jagah 20 banners mil sakte hain?'],
    ['hi', 'अगर हम एक मेंबर एरिया भी रखें तो?'],
  ])('%s: %s', (_lang, text) => expect(adds(text)).toBe(true));
});
