import { describe, expect, it } from 'vitest';
import { excludedRanges } from './excluded-scope';
import { detectScope } from './index';
import { detectLanguage } from './language';
import { normaliseForTest } from './detect';

const signals = (text: string, agreedScope?: string) => {
  const v = detectScope(text, agreedScope ? { agreedScope } : undefined);
  return { lang: v.lang, adds: v.adds_scope, pay: v.offers_payment, block: v.blocks_approval };
};
const rules = (text: string) => {
  const v = detectScope(text, undefined, { model: false });
  return { adds: v.adds_scope, pay: v.offers_payment, block: v.blocks_approval };
};
const lang = (text: string) => detectLanguage(normaliseForTest(text), text);

describe('Polish: language', () => {
  it.each([
    'Dzień dobry, czy mógłby Pan dodać jeszcze sekcję z blogiem?',
    'Dzien dobry, czy moglby Pan dodac jeszcze sekcje z blogiem?',
    'Zrób też wersję na Androida.',
    'zrob tez wersje na androida',
    'Nie zatwierdzę etapu, dopóki nie naprawisz błędu.',
    'Do tego wszystkiego dochodzi jeszcze aplikacja na iOS.',
    'dodalem bonus 50$ do platnosci, zasluzyles',
    'Otwórzmy nowy kontrakt na drugi etap.',
    'Dołóż proszę sekcję FAQ pod cennikiem.',
  ])('reads %s as Polish', (text) => {
    expect(lang(text)).toBe('pl');
  });

  it.each<[string, string]>([
    ['en', 'Could you also add a blog section? Thanks, Przemek'],
    ['es', '¿Podrías agregar también una sección de blog? La versión móvil está bien.'],
    ['pt', 'Você pode adicionar também uma seção de blog na página?'],
    ['fr', 'Pourriez-vous aussi ajouter une section blog au site ?'],
    ['de', 'Könnten Sie noch kurz einen Blog-Bereich einbauen? Nur eine kurze Seite.'],
    ['hi', 'Jab tak aap blog add nahi karte, main milestone approve nahi karunga.'],
    ['uk', 'Добрий день, можете ще додати розділ блогу на сайт?'],
    ['ru', 'Здравствуйте, можете ещё добавить раздел блога на сайт?'],
  ])('keeps %s as it was: %s', (want, text) => {
    expect(lang(text)).toBe(want);
  });
});

describe('Polish: adds_scope', () => {
  it.each([
    'Dzień dobry, czy mógłby Pan dodać jeszcze sekcję z blogiem na stronie?',
    'Czy mogłaby Pani przygotować dodatkową podstronę z opiniami klientów?',
    'Hej, jeszcze jedna rzecz: możesz zrobić animowane logo?',
    'Skoro już przy tym siedzisz, dodaj proszę tryb ciemny.',
    'Myślałem, że wersja na iOS jest w cenie, zrób ją proszę.',
    'Myslalem ze SEO jest wliczone w cene, zrob prosze.',
    'Potrzebujemy teraz też sklepu internetowego z płatnościami online.',
    'Chcemy, żeby strona była także po angielsku i po niemiecku.',
    'Teraz 20 podstron zamiast 10.',
    'Teraz potrzebujemy 30 produktów, a nie 10.',
    'Od teraz sklep ma obsługiwać też płatności w EUR i USD.',
    'Skoro strona już działa, przejdźmy do aplikacji mobilnej.',
    'Jeden z moich klientów chce program lojalnościowy, zrobisz?',
    'Chcemy, żeby każdy klient mógł pobrać swoje faktury z panelu.',
    'Czy da się dodać program poleceń dla klientów?',
    'A co jeśli dodamy karuzelę z opiniami na górze strony?',
    'Dodałbyś integrację z Allegro?',
    'dorob jeszcze zakladke z fakturami',
    'Przy okazji podepnij wyszukiwarkę z filtrami.',
    'Wpadło mi do głowy, że dobrze byłoby mieć czat na stronie.',
  ])('flags %s', (text) => {
    expect(rules(text).adds).toBe(true);
  });

  it.each([
    'Przy okazji, dzięki za szybką realizację!',
    'Popraw proszę błąd w nagłówku, o którym rozmawialiśmy.',
    'Dodatkowe informacje w załączniku.',
    'Jak idzie? Są jakieś postępy na stronie głównej?',
    'Tak jak ustaliliśmy, dokończ proszę stronę płatności.',
    'Prześlij też proszę fakturę.',
    'Dzięki, że dodałeś favicon!',
    'Jeszcze jedno: w przyszłym tygodniu mam urlop, więc mogę odpisywać wolniej.',
    'Jeszcze raz dzięki za cierpliwość.',
    'Jeszcze nie działa logowanie przez Google, sprawdzisz?',
    'Logo na telefonie jest za duże, możesz je trochę zmniejszyć?',
    'Możesz dodać komentarze w kodzie dla mojego zespołu?',
    'Dodaj mnie proszę do repozytorium na GitHubie.',
    'Mój szef chce zobaczyć postępy w piątek.',
    'Potrzebujesz jeszcze czegoś ode mnie, żeby skończyć?',
    'Mam jeszcze jedno pytanie: jak edytować menu?',
    'Może w przyszłym roku będziemy mieli dla Ciebie inny projekt.',
  ])('does not flag %s', (text) => {
    expect(signals(text).adds).toBe(false);
  });

  it('quotes only the new request in a mixed fix + new message', () => {
    const v = detectScope('Popraw proszę menu na telefonie i stopkę na stronie kontaktowej, a przy okazji dodaj sekcję z aktualnościami.');
    expect(v.adds_scope).toBe(true);
    expect(v.evidenceBySignal.adds_scope).toEqual(['przy okazji dodaj sekcję z aktualnościami.']);
  });

  it('reads a request after a refusal to pay in the same sentence', () => {
    expect(signals('To drobiazg, nie chcę tworzyć nowego kamienia milowego: dodaj przycisk wylogowania.')).toMatchObject({
      adds: true,
      pay: false,
    });
  });
});

describe('Polish: offers_payment', () => {
  it.each([
    'Dopłacę 50 zł za ekspresowe tempo.',
    'Wysyłam premię za świetną robotę!',
    'Dodałem kamień milowy na stronę logowania.',
    'Podniosę budżet o 200 dolarów.',
    'Możemy porozmawiać o większym budżecie na poprawki.',
    'Otwórzmy nowy kontrakt na drugi etap.',
    'Jeśli to zajmie więcej czasu, daj znać, pokryję to.',
    'Ile kosztowałoby przyspieszenie terminu o tydzień?',
    'Dołożę 200 zł, jeśli zrobisz to szybciej.',
  ])('flags %s', (text) => {
    expect(signals(text).pay).toBe(true);
  });

  it.each(['Nie będę dopłacać, to miało być w cenie: dodaj przycisk eksportu.', 'Bez dopłaty, ale dodaj jeszcze stronę z FAQ.'])(
    'does not count a refusal to pay: %s',
    (text) => {
      expect(signals(text)).toMatchObject({ adds: true, pay: false });
    },
  );

  it('counts a price question about new work as pay and new scope', () => {
    expect(rules('Ile byś wziął za dodatkowe 5 podstron?')).toEqual({ adds: true, pay: true, block: false });
  });

  it('a later project, maybe, is no pay', () => {
    expect(signals('Może w przyszłym roku będziemy mieli dla Ciebie inny projekt.')).toMatchObject({ adds: false, pay: false });
  });
});

describe('Polish: blocks_approval', () => {
  it.each([
    'Nie zatwierdzę etapu, dopóki nie naprawisz błędu w koszyku.',
    'Płatność zwolnię, jak wszystko będzie działać w Safari.',
    'Najpierw popraw niedziałające linki, potem zwolnię pieniądze.',
    'Jeśli błędy nie zostaną poprawione do piątku, wystawię negatywną opinię.',
    'Żadnej płatności, dopóki aplikacja się wywala.',
    'Bez plikow zrodlowych nie zamkne kontraktu.',
    'Kamień milowy pozostanie otwarty, dopóki nie poprawisz linków.',
    'Płatność zostanie zwolniona dopiero po poprawieniu wszystkich uwag.',
  ])('flags %s', (text) => {
    expect(signals(text)).toMatchObject({ adds: false, block: true });
  });

  it.each([
    'Zatwierdzę etap dziś wieczorem.',
    'Zatwierdzę po weekendzie, wszystko wygląda dobrze.',
    'Zatwierdzę kamień milowy, jak tylko wrócę z urlopu.',
    'Płatność już zwolniona, dzięki!',
    'Daję 5 gwiazdek, świetna współpraca!',
  ])('does not flag %s', (text) => {
    expect(signals(text).block).toBe(false);
  });

  it.each([
    'Nie zatwierdzę kamienia milowego, dopóki nie dodasz bloga.',
    'Nie zamknę kontraktu, dopóki wersja mobilna też nie będzie gotowa.',
    'platnosci nie zwolnie poki nie dodasz nowego formularza',
  ])('counts extra work as the condition as new scope too: %s', (text) => {
    expect(rules(text)).toEqual({ adds: true, pay: false, block: true });
  });
});

describe('Polish: the agreed scope', () => {
  it('a request the agreement names is no new scope', () => {
    expect(signals('Potrzebujemy jeszcze aplikacji na Androida.', 'Aplikacja do rezerwacji na iOS i Androida.').adds).toBe(false);
    expect(signals('Potrzebujemy jeszcze aplikacji na Androida.', 'Aplikacja do rezerwacji na iOS.').adds).toBe(true);
  });

  it('work the agreement leaves out is new scope', () => {
    const v = detectScope('Zrób też panel administracyjny.', {
      agreedScope: 'Portal klienta: logowanie i historia zamówień. Bez panelu administracyjnego.',
    });
    expect(v.adds_scope).toBe(true);
    expect(v.evidence).toContain('the agreed scope leaves out: panelu, administracyjnego');
  });

  it.each<[string, string[]]>([
    ['Strona firmowa. Poza zakresem: blog i sklep.', ['blog i sklep']],
    ['Sklep internetowy. Nie obejmuje: integracji z Allegro, aplikacji mobilnej.', ['integracji z Allegro, aplikacji mobilnej']],
    ['Landing page. Newsletter nie jest wliczony.', ['Newsletter']],
    ['Strona, 5 podstron. Niewliczone w cenę: copywriting.', ['copywriting']],
    ['Portal klienta. Bez panelu administracyjnego.', ['panelu administracyjnego']],
    ['Aplikacja webowa. Aplikacja mobilna: etap 2.', ['Aplikacja mobilna']],
    ['Aplikacja iOS. Wersja na Androida później.', ['Wersja na Androida']],
    ['Blog jest poza zakresem projektu.', ['Blog']],
  ])('excludedRanges: %s', (agreement, want) => {
    expect(excludedRanges(agreement).map((r) => agreement.slice(r.start, r.end))).toEqual(want);
  });
});
