// Italian: language detection, the three signals, the cue words that ask for no work and the
// agreement's exclusions. None of these sentences is in the corpus (test/fixtures/messages).
import { describe, expect, it } from 'vitest';
import { excludedRanges } from './excluded-scope';
import { detectScope } from './index';
import { signals } from './test-signals';

const excluded = (agreement: string): string[] => excludedRanges(agreement).map((r) => agreement.slice(r.start, r.end));

describe('Italian', () => {
  describe('language detection', () => {
    it.each([
      'Potresti anche aggiungere una pagina con i prezzi?',
      'Buongiorno, potrebbe gentilmente inserire anche il modulo di iscrizione?',
      'gia che ci sei metti pure il pagamento con paypal',
      'Pensavo fosse incluso il logo.',
      'Come concordato, finisci la pagina contatti.',
      'Come sta andando la sezione blog?',
      "Un'altra cosa: sono in ferie fino al 20.",
      'Il cliente ha approvato i colori.',
      'Quanto verrebbe la traduzione in inglese?',
      'Non approvo finché non è tutto a posto.',
    ])('reads %j as Italian', (text) => {
      expect(detectScope(text).lang).toBe('it');
    });

    it.each<[string, string]>([
      ['es', '¿Podrías agregar también una sección de blog?'],
      ['es', 'Una cosa más, estaré de vacaciones del 3 al 10 de agosto.'],
      ['es', 'Como acordamos, termina la página de pago por favor.'],
      ['pt', 'Você pode adicionar também uma seção de blog?'],
      ['pt', 'Conforme combinado, termina a página de pagamento por favor.'],
      ['fr', 'Pourriez-vous aussi ajouter une section blog au site ?'],
      ['fr', 'Il faut aussi une page de contact, merci.'],
      ['en', 'Could you also add a blog section?'],
      ['hi', 'Client ab app me push notifications chahta hai, ho jayega?'],
    ])('does not take %s for Italian: %s', (lang, text) => {
      expect(detectScope(text).lang).toBe(lang);
    });

    it('uses a language hint when given', () => {
      expect(detectScope('blog?', { lang: 'it' }).lang).toBe('it');
    });
  });

  describe('adds_scope', () => {
    it.each([
      'Potresti anche aggiungere una pagina con i prezzi?',
      'Già che ci sei, metti anche un contatore di visite.',
      "Un'ultima cosa: puoi aggiungere la pagina privacy?",
      'Mi servirebbe anche una versione stampabile del menu.',
      'Sarebbe possibile avere anche il sito in inglese?',
      'Ah e poi, ci vorrebbe una sezione eventi.',
      'Ora servono 10 pagine invece di 5.',
      'Ora le pagine sono 12, non 8.',
      'pensavo fosse incluso il logo',
      'Adesso il sito deve essere anche in tedesco.',
      'ci serve anche la versione per android',
      'Salve, potrebbe cortesemente inserire anche il modulo di iscrizione alla newsletter?',
      'Volevo sapere se è possibile aggiungere una pagina eventi.',
      'Aggiungerei una sezione FAQ in fondo.',
      'Il mio capo vuole anche un report mensile.',
      'Mi fai anche 3 post per Instagram?',
      'Dobbiamo tradurre tutto in francese adesso.',
      'Avevamo detto 3 bozze di logo, ma ne vorrei vedere altre 2.',
      'Secondo me manca una pagina dedicata agli eventi, la possiamo aggiungere?',
      "Ora che il sito è finito, passiamo all'app.",
    ])('flags %j', (text) => {
      expect(signals(text).adds).toBe(true);
    });

    it.each([
      'Grazie per aver aggiunto il blog!',
      'Come concordato, finisci la pagina contatti.',
      'Correggi il bug del carrello per favore.',
      'Potresti anche mandarmi la fattura?',
      'Potrebbe anche essere un problema di cache.',
      'Ti serve anche il logo in formato vettoriale?',
      'Vorrei aggiungere che sono molto contento del risultato.',
      'Il mio capo vuole sapere quando sarà online.',
      "C'è un errore nell'ultima pagina.",
      'Inoltre vorrei sapere se hai ricevuto i testi.',
      'Mi puoi spiegare come aggiungo un prodotto dal pannello?',
      'Aggiungimi su WhatsApp per favore.',
      'La pagina nuova che hai fatto è stupenda.',
      'Sarebbe perfetto se riuscissi a consegnare entro venerdì.',
      'Nessun extra, è già tutto nel preventivo.',
      'Pensavo anche io la stessa cosa, va bene così.',
      'Vorrei vedere anche la bozza della pagina prodotti.',
      'Ora che il sito è online, passiamo al pagamento finale.',
      "Già che ci sei, mi confermi l'orario della call?",
      'Mi scrivi anche la fattura a nome della società?',
    ])('does not flag %j', (text) => {
      expect(signals(text).adds).toBe(false);
    });

    it('quotes only the new request in a mixed fix + new message', () => {
      const v = detectScope("Sistema l'header, e poi aggiungi anche una sezione blog");
      expect(v.adds_scope).toBe(true);
      expect(v.evidenceBySignal.adds_scope).toEqual(['aggiungi anche una sezione blog']);
    });
  });

  describe('offers_payment', () => {
    it.each([
      'Ti pago un extra per questo.',
      'Aggiungo una milestone per le pagine nuove.',
      'Aumento il budget di 150 euro.',
      'Ti mando un bonus appena torno.',
      'Sono disposto a pagare la differenza.',
      'Posso aggiungere 100 euro alla milestone.',
      'Mandami un preventivo per il catalogo.',
    ])('flags %j', (text) => {
      expect(signals(text).pay).toBe(true);
    });

    it('a price question about new work is an offer and new scope', () => {
      expect(signals("Quanto mi chiederesti per fare anche l'app?")).toEqual({ adds: true, pay: true, block: false });
    });

    it.each(['Non pago di più, ma aggiungi anche la pagina FAQ.', 'Nessun extra: era incluso, aggiungi anche il tasto di esportazione.'])(
      'does not count a refusal to pay: %j',
      (text) => {
        const s = signals(text);
        expect(s.pay).toBe(false);
        expect(s.adds).toBe(true);
      },
    );
  });

  describe('blocks_approval', () => {
    it.each([
      'Non approvo finché non è tutto a posto.',
      'Rilascio il pagamento solo se il sito passa i test.',
      'Rilascio il pagamento solo dopo che hai caricato i file.',
      'Senza la versione mobile non chiudo il contratto.',
      'Se non lo sistemi ti lascio un feedback negativo.',
      'Il pagamento è subordinato al collaudo finale.',
      'Finché non vedo la versione finale non rilascio nulla.',
      'Aspetto a chiudere il contratto finché non ho visto il sito online.',
    ])('flags %j', (text) => {
      expect(signals(text).block).toBe(true);
    });

    it.each([
      'Approvo dopo il weekend.',
      'Il pagamento lo rilascio stasera, tranquillo.',
      'Ho già approvato la milestone, grazie!',
      'Approverò tutto appena avrò controllato, stai tranquillo.',
    ])(
      'does not flag %j',
      (text) => {
        expect(signals(text).block).toBe(false);
      },
    );

    it('a condition that is more work also adds scope', () => {
      expect(signals('La milestone la approvo quando aggiungi anche il footer.')).toEqual({ adds: true, pay: false, block: true });
    });

    it('a condition that is agreed work adds no scope', () => {
      expect(signals('Non rilascio il pagamento finché non finisci anche le pagine come concordato.')).toEqual({ adds: false, pay: false, block: true });
    });
  });

  describe('cue words that ask for no work', () => {
    it.each([
      "Un'altra cosa: sono in ferie fino al 20.",
      "Ah, un'altra cosa: la call di domani la spostiamo alle 15?",
      'Ah e poi buon natale a te e famiglia!',
      'Come sta andando la sezione blog?',
      "Puoi fare il logo un po' più piccolo?",
    ])('%j', (text) => {
      expect(signals(text).adds).toBe(false);
    });

    it('a later project is neither scope nor pay', () => {
      expect(signals('Forse più avanti ti contattiamo per un altro progetto, con un contratto a parte.')).toEqual({
        adds: false,
        pay: false,
        block: false,
      });
    });
  });

  describe('agreed scope', () => {
    it.each<[string, string[]]>([
      ['Sito aziendale di 5 pagine. Fuori dallo scopo: blog e negozio online.', ['blog e negozio online']],
      ['Design della landing page. La newsletter non è inclusa.', ['La newsletter']],
      ['Portale clienti (login, ordini). Niente pannello di amministrazione per ora.', ['pannello di amministrazione per ora']],
      ['App iOS. Versione Android in seguito.', ['Versione Android']],
      ['Sito in WordPress senza e-commerce, con blog.', ['e-commerce']],
    ])('excludes work: %s', (agreement, want) => {
      expect(excluded(agreement)).toEqual(want);
    });

    it('judges the same request by the agreement', () => {
      expect(signals('Puoi aggiungere la pagina blog?', 'Sito di cinque pagine: Home, Chi siamo, Servizi, Contatti e Prezzi.').adds).toBe(true);
      expect(signals('Puoi aggiungere la pagina blog?', 'Sito aziendale con blog, home, chi siamo e contatti.').adds).toBe(false);
    });

    it('a request for work the agreement leaves out is new scope', () => {
      const v = detectScope('Ci serve anche il pannello di amministrazione.', {
        agreedScope: 'Portale clienti (login, ordini). Niente pannello di amministrazione per ora.',
      });
      expect(v.adds_scope).toBe(true);
      expect(v.evidence.some((e) => e.startsWith('the agreed scope leaves out: '))).toBe(true);
    });
  });
});
