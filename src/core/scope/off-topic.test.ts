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

  it.each([
    ['en', 'What would it cost to add a booking calendar? Out of curiosity only, we are planning next spring.'],
    ['en', 'How much for a mobile version of the portal? I am not asking you to start it, I just need a number for our budget meeting.'],
    ['es', '¿Cuánto costaría una app para Android? No es para ahora, estoy preparando el presupuesto del próximo año.'],
    ['pt', 'Quanto você cobraria por um aplicativo? Não é pra agora, só pra saber.'],
    ['fr', 'Quel serait le prix pour une boutique en ligne ? Pas pour maintenant, rien n\'est décidé.'],
    ['de', 'Was würde ein Kundenportal ungefähr kosten? Nur als grobe Hausnummer, frühestens im Herbst.'],
    ['it', 'Quanto costerebbe un\'area riservata ai soci? Chiedo solo per farmi un\'idea, non ho ancora deciso.'],
    ['nl', 'Wat zou een klantenportaal ongeveer kosten? Uit nieuwsgierigheid, we beslissen pas na de zomer.'],
    ['pl', 'Ile byś policzył za aplikację mobilną? Pytam tylko, nic jeszcze nie zdecydowałem.'],
  ])('%s: a price asked only to know is neither scope nor pay: %s', (_lang, text) => {
    const v = detectScope(text);
    expect([v.adds_scope, v.offers_payment]).toEqual([false, false]);
  });

  it.each([
    ['en', 'Later this year we will want a newsletter template too. That would be a separate contract, just sounding you out.'],
    ['pt', 'Depois que terminar esse site quero te contratar para o aplicativo, mas vai ser outro contrato.'],
    ['nl', 'Volgend jaar wil ik je vragen voor onze webshop, maar dat wordt een apart contract.'],
    ['pl', 'Po zakończeniu chętnie zatrudnię Cię do kampanii reklamowej, ale to będzie osobna umowa, nie teraz.'],
  ])('%s: a later contract, said in another sentence or by "after this project", is no pay now: %s', (_lang, text) => {
    expect(detectScope(text).offers_payment).toBe(false);
  });

  it('a price question for work wanted now stays an offer', () => {
    const v = detectScope('How much would you charge to add a booking calendar? We need it next week.');
    expect(v.offers_payment).toBe(true);
  });

  it.each([
    ['en', "We won't need the dark theme after all. Only the light one, that should make your life easier."],
    ['es', 'Al final no necesitamos la versión para tablet, solo la de móvil.'],
    ['pt', 'Resolvemos não fazer mais a loja virtual, pode focar só no site institucional.'],
    ['fr', "Finalement on n'aura pas besoin des bannières animées, seulement les fixes."],
    ['de', 'Die Broschüre brauchen wir doch nicht, nur den Flyer. Spart dir Arbeit.'],
    ['it', 'Abbiamo deciso di non fare più il blog, concentrati pure sul catalogo.'],
    ['nl', 'De nieuwsbrief hebben we toch niet nodig, alleen de landingspagina.'],
    ['pl', 'Jednak nie potrzebujemy wersji drukowanej, wystarczy PDF.'],
  ])('%s: work taken out of the scope is no added scope: %s', (_lang, text) => expect(adds(text)).toBe(false));

  it('dropping one thing to add another instead is still a request', () => {
    expect(adds("We don't need the gallery anymore, can you add a pricing table instead?")).toBe(true);
  });

  it.each([
    ['en', 'Here is our first round of changes: the footer should have the new address and the buttons a rounder corner.'],
    ['es', 'Primera ronda de cambios: el título en negrita y el fondo un poco más claro.'],
    ['hi', 'Ye pehla revision hai: heading thoda bada aur background halka kar do.'],
  ])('%s: change requests the client counts as an agreed revision round: %s', (_lang, text) => expect(adds(text)).toBe(false));

  it('a clear new request inside a revision round still counts', () => {
    expect(adds('Second round of feedback attached. Could you also add a FAQ page with 8 questions?')).toBe(true);
  });

  it.each([
    ['en', 'The contact form does not load on Safari, the console shows an uncaught exception.'],
    ['pl', 'Na iPhonie lista zamówień się nie odświeża po zmianie statusu, na Androidzie jest ok.'],
    ['es', 'La app se cierra cuando subo una foto desde la galería, en la web va bien.'],
  ])('%s: a bug report is no new request: %s', (_lang, text) => expect(adds(text)).toBe(false));

  it.each([
    ['en', 'Please do not add any pop-ups to the shop. Keep the pages light and quick, that matters most to us.'],
    ['it', 'Grazie, ottimo lavoro! Ho già approvato la milestone e ti lascio una recensione a cinque stelle.'],
    ['en', 'The search page throws a 500 on staging since this morning. Pls take a look when you have a minute.'],
    ['fr', 'J\'ai relu le guide, il reste quelques coquilles p. 4 et 9 (« aplication », « adresse »). Merci de corriger.'],
    ['hi', 'Facebook wale ads ki ab zarurat nahi hai, sirf landing page ka kaam karo.'],
  ])('%s: neither the rules nor the model read a request here: %s', (_lang, text) => expect(adds(text)).toBe(false));

  it.each([
    ['en', 'Are you also doing the German one? I only see the French file in the folder so far.', 'Translate the brochure into French and German.'],
    ['pl', 'Kiedy będą napisy po niemiecku? W pliku, który dostałem, są tylko angielskie.', 'Montaż filmu z napisami po angielsku i niemiecku.'],
  ])('%s: agreed work reported as not there yet: %s', (_lang, text, agreedScope) =>
    expect(detectScope(text, { agreedScope }).adds_scope).toBe(false));

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
