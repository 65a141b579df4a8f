// Dutch (and Flemish) in the scope detector: language detection, the three signals, their
// cancelling lists, the agreed scope and its exclusions, and sentences that ask for no work.
import { describe, expect, it } from 'vitest';
import { detectLanguage, detectScope } from './index';
import { excludedRanges } from './excluded-scope';
import { normaliseForTest } from './detect';
import { signals } from './test-signals';

const lang = (text: string): string => detectLanguage(normaliseForTest(text), text);

describe('Dutch: language detection', () => {
  it.each([
    'Kun je ook even een contactformulier toevoegen?',
    'nu je toch bezig bent, kun je de footer ook aanpassen',
    'Ik keur de mijlpaal pas goed als alles werkt.',
    'Bedankt voor de snelle levering!',
    'Hoe staat het met de homepage?',
    'Kunt gij efkes een Franstalige versie maken?',
    'Stuur je me de factuur?',
    'ik betaal 50 euro extra voor de spoedlevering',
    'Dank je wel, ziet er goed uit',
    // Common Dutch words that are no one else's ("dan", "altijd", "voortaan", "laten"): with only
    // "kunnen" and "hebben" against English "we" twice, this read as English.
    'Kunnen we de rapportage voortaan maandelijks laten maken? Dan zijn we altijd bij.',
    'Misschien kan het vandaag nog, welke versie is de nieuwe?',
  ])('reads %j as Dutch', (text) => {
    expect(lang(text)).toBe('nl');
  });

  it.each<[string, string]>([
    ['en', 'Can you also add a blog to the site?'],
    ['en', 'Thanks, I met the team and they love it.'],
    ['en', 'Send me the invoice please'],
    ['de', 'Kannst du die Android-Version auch machen?'],
    ['de', 'Vielen Dank, die Seite ist super!'],
    ['de', 'Ich gebe den Meilenstein heute Abend frei.'],
    ['fr', 'Je veux aussi une page de contact.'],
    ['fr', 'Merci pour la livraison rapide !'],
    ['es', '¿Puedes agregar también un blog?'],
    ['pt', 'Você pode adicionar também uma loja?'],
  ])('does not read %s %j as Dutch', (want, text) => {
    expect(lang(text)).toBe(want);
  });

  it('names the language in the verdict', () => {
    expect(detectScope('Kun je er ook een blog bij maken?').lang).toBe('nl');
  });
});

describe('Dutch: adds_scope', () => {
  it.each([
    'Kun je ook even een contactformulier op de homepage toevoegen?',
    'Zou je ook een nieuwsbrief kunnen opzetten?',
    'Nog één ding: kan er onderaan een Instagram-feed bij?',
    'nu je toch bezig bent, kun je meteen een zoekfunctie inbouwen',
    'Ik had eigenlijk verwacht dat de Engelse versie er ook bij zat.',
    'Kan er nog een pagina bij voor de vacatures?',
    'We hebben nu ook een klantenportaal nodig.',
    "Het worden nu 20 pagina's in plaats van 10.",
    'De app moet nu ook in het Duits beschikbaar zijn.',
    'Mijn compagnon wil ook een ledenomgeving op de site.',
    'Ik dacht dat de hosting bij de prijs inbegrepen was.',
    'Zou het mogelijk zijn om er een boekingssysteem aan toe te voegen?',
    'een klant van ons wil een koppeling met Exact Online',
    'Voeg de donkere modus ook toe aub',
    'kunnen jullie nog ff een cookiebanner op de site zetten',
    'Allez, kunt ge efkes een Franstalige versie maken?',
    'Ik wil dat elke klant zijn eigen facturen kan downloaden.',
    'Het systeem moet nu ook 5 valuta ondersteunen.',
    'We zijn van 50 naar 200 producten gegaan.',
    'Kan de bot ook op WhatsApp antwoorden?',
    'En een chatbot, kan dat er nog bij?',
  ])('flags %j', (text) => {
    expect(signals(text).adds).toBe(true);
  });

  it.each([
    'Bedankt voor het toevoegen van de contactpagina, ziet er top uit!',
    'Zoals afgesproken, graag de checkoutpagina afmaken.',
    'Kun je de fout in de header oplossen?',
    'Extra informatie staat in de bijlage.',
    'Kun je de bestanden ook als zip sturen?',
    'Ik heb je toegevoegd aan Slack.',
    'Voeg mij even toe aan het Trello-bord.',
    'Heb je nog iets van mij nodig om het af te ronden?',
    'Ik wil geen nieuwe functies, alleen stabiliteit.',
    'Ik wil graag een update over de planning.',
    'Ook bedankt voor de snelle levering!',
    'Het moet nu wel voor vrijdag af zijn.',
  ])('does not flag %j', (text) => {
    expect(signals(text).adds).toBe(false);
  });

  it('quotes only the new request in a mixed fix + new message', () => {
    const v = detectScope('Graag het menu repareren en ook een nieuwssectie toevoegen.');
    expect(v.adds_scope).toBe(true);
    expect(v.evidenceBySignal.adds_scope).toEqual(['en ook een nieuwssectie toevoegen.']);
  });
});

describe('Dutch: sentences that ask for no work', () => {
  it.each([
    'Nog één ding: ik ben volgende week op vakantie, dus ik reageer wat trager.',
    'Nog één ding: fijne feestdagen alvast!',
    'Nog iets: ik kan morgen niet bij de call zijn.',
    'Hoe staat het met de nieuwe blogpagina?',
    'Heb je het contactformulier al toegevoegd?',
    'Kun je het logo iets kleiner maken?',
    'Volgende maand hebben we misschien een ander project voor je.',
  ])('%j adds no scope', (text) => {
    expect(signals(text).adds).toBe(false);
  });

  it('a later, separate project is no pay offered now either', () => {
    expect(signals('Misschien hebben we later een nieuw project voor je, met een nieuw contract.')).toEqual({ adds: false, pay: false, block: false });
  });
});

describe('Dutch: offers_payment', () => {
  it.each([
    'Ik betaal 300 euro extra.',
    'Ik maak er een nieuwe mijlpaal voor aan.',
    'Ik verhoog het budget.',
    'Laten we daar een apart contract voor maken.',
    'Ik stuur je een bonus voor het mooie werk!',
    'Mijlpaal 3 is gefinancierd, je kunt beginnen.',
    'Het extra werk betaal ik natuurlijk.',
    'Dat mag je uiteraard tegen meerprijs doen.',
  ])('flags %j', (text) => {
    expect(signals(text).pay).toBe(true);
  });

  it('a price question about new work is new scope and a pay offer', () => {
    expect(signals('Wat vraag je voor een extra landingspagina?')).toEqual({ adds: true, pay: true, block: false });
    expect(signals('We willen ook een Engelse versie, wat zou dat kosten?')).toEqual({ adds: true, pay: true, block: false });
  });

  it.each([
    'Geen extra betaling hiervoor, dit hoorde gewoon bij de opdracht.',
    'Ik betaal niet meer dan afgesproken, dat was de deal.',
    'Wat kostte het project in totaal ook alweer?',
    'Het extra budget is nog niet rond.',
  ])('does not flag %j', (text) => {
    expect(signals(text).pay).toBe(false);
  });
});

describe('Dutch: blocks_approval', () => {
  it.each([
    'Ik keur de mijlpaal pas goed als de fout in het winkelmandje is opgelost.',
    'Ik geef de betaling pas vrij nadat alles in Safari werkt.',
    'Het contract sluit ik pas af als ik de bronbestanden heb.',
    'Zonder de bronbestanden sluit ik het contract niet.',
    'Eerst de kapotte links repareren, dan geef ik het geld vrij.',
    'Geen betaling zolang de app crasht.',
    'De mijlpaal blijft open totdat de header klopt.',
    'Als de bugs vrijdag niet opgelost zijn, krijg je een slechte review.',
    'zolang de login niet werkt keur ik niks goed',
  ])('flags %j', (text) => {
    expect(signals(text)).toEqual({ adds: false, pay: false, block: true });
  });

  it('a condition that is more work also adds scope', () => {
    expect(signals('Ik keur de mijlpaal pas goed als je ook de blog hebt toegevoegd.')).toEqual({ adds: true, pay: false, block: true });
    expect(signals('Pas als de nieuwsbrief er ook in zit, geef ik de betaling vrij.')).toEqual({ adds: true, pay: false, block: true });
  });

  it.each([
    'Ik keur het na het weekend goed, nu heb ik geen tijd.',
    'Ik geef de mijlpaal vanavond vrij.',
    'Ik keur de mijlpaal goed zodra ik terug ben van mijn reis.',
    'Betaling vrijgegeven, dank je wel!',
    'Ik heb de mijlpaal goedgekeurd, goed werk.',
    'Ik betaal geen extra voor iets wat in de offerte stond.',
  ])('does not flag %j', (text) => {
    expect(signals(text).block).toBe(false);
  });
});

describe('Dutch: agreed scope', () => {
  it('judges the same request by the agreement', () => {
    const text = 'Kun je een blogpagina toevoegen?';
    expect(signals(text, "Website van vijf pagina's: Home, Over ons, Diensten, Contact en Prijzen.").adds).toBe(true);
    expect(signals(text, 'Bedrijfswebsite met blog, home, over ons en contact.').adds).toBe(false);
  });

  it('reads the exclusions of a Dutch agreement', () => {
    const excluded = (agreement: string): string[] => excludedRanges(agreement).map((r) => agreement.slice(r.start, r.end));
    expect(excluded('Bedrijfswebsite van 5 pagina\'s. Buiten de scope: blog en webshop.')).toEqual(['blog en webshop']);
    expect(excluded('Website met blog. Webshop valt buiten de scope.')).toEqual(['Webshop']);
    expect(excluded('Ontwerp van de landingspagina. Nieuwsbrief niet inbegrepen.')).toEqual(['Nieuwsbrief']);
    expect(excluded('Klantenportaal (login, bestellingen). Geen adminpaneel voorlopig.')).toEqual(['adminpaneel voorlopig']);
    expect(excluded('Webapp voor iOS. Android-app: fase 2.')).toEqual(['Android-app']);
    expect(excluded('Website zonder WordPress, gebouwd in Next.js.')).toEqual(['WordPress']);
    expect(excluded('iOS-app. Android-versie later.')).toEqual(['Android-versie']);
  });

  it('a request for excluded work is new scope even when the agreement names it', () => {
    const v = detectScope('Kun je ook een webshop toevoegen?', { agreedScope: 'Website met blog en contactpagina. Webshop valt buiten de scope.' });
    expect(v.adds_scope).toBe(true);
    expect(v.evidence).toContain('the agreed scope leaves out: Webshop');
  });
});

describe('Dutch: evidence', () => {
  it.each([
    'Hoi!!  Kun je OOK even een blog toevoegen? Ik betaal €50 extra 🙏',
    'Ik keur de mijlpaal   pas goed als de chat er ook   in zit.\n\nGroetjes, Sanne',
  ])('is quoted verbatim from %j', (text) => {
    const v = detectScope(text);
    expect(v.evidence.length).toBeGreaterThan(0);
    for (const quote of v.evidence) expect(text.includes(quote)).toBe(true);
  });
});
