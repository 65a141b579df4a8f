import { type Lexicon, prefixes, rx, words } from './types';

// Polish, written in folded spelling (normalise.ts: a e o l s c z z n for ą ę ó ł ś ć ż ź ń, doubled
// consonants collapsed), so a pattern matches text typed with and without diacritics alike. Kept
// ASCII: one non-ASCII letter would turn every \b of the list into a lookbehind (see types.ts).

// "Also", "too", "in addition". Not "jeszcze nie" (still not), "jeszcze raz" (once again), "jeszcze dzis".
const ALSO = '(?:tez|takze|rowniez|dodatkowo|jeszcze(?! (?:nie|raz|dzis|dzisiaj|jutro|chwile|troche|przed|do|w tym)\\b))';
// A word that is not "nie": "tez nie dziala" (does not work either) asks for no work.
const W = '(?:(?!nie\\b)\\S+\\s+)';
// Stems of making, adding, needing (imperative, infinitive, future, conditional, by their start).
const MAKE =
  '(?:doda|dorob|doloz|dorzuc|dopis|zrob|stworz|utworz|przygot|zaprojekt|napisa|napisz|wdroz|podepn|podpi|podlacz|zintegr|przetlumacz|rozbud|rozszerz|przenies|skonfigur|nagra|zmontow|narysow|narysuj|zaimplement|ogarn|zajmi|zajac|wprowadz|wstaw|umiesc|zbuduj|zbudow|opracow|zaprogram|potrzebujemy|potrzebuje\\b|potrzebn|przyda|chcemy|chcialbym|chcialabym|chcielibysmy|poprosz|obslugiwac|dzialac|wspierac|pokazywac|wysylac|generowac|miec)';
// Verbs that a following "tez / takze / jeszcze" turns into a request: "zrob tez", "musi tez".
const MAKE_BEFORE =
  '(?:doda|dorob|doloz|dorzuc|dopis|zrob|stworz|utworz|przygot|zaprojekt|napisa|napisz|wdroz|podepn|podpi|podlacz|zintegr|przetlumacz|rozbud|rozszerz|przenies|skonfigur|nagra|narysuj|narysow|zaimplement|ogarn|wstaw|umiesc|zbuduj|potrzebujemy|potrzebuje|potrzebn|chcemy|chcialbym|chcialabym|chcielibysmy|zalezy nam|zalezy mi|musi|musza|powin|obslugiwac|dzialac|wspierac|pokazywac|wysylac|poprosz)';
// Adverbs of a language: "po angielsku", "na niemiecki".
const LANGS =
  '(?:angiels|niemiec|francus|hiszpans|wlos|ukrains|rosyjs|czes|portugals|chins|arabs|niderlandz|holenders|szwedz|litews|slowac|japons|polsk)';
// First-person approval, release, payment and closing, by their start.
const APPROVE = '(?:zatwierdz|zaakcept|akcept|odbior|odbiore|odebr|zwolni|wyplac|zaplac|oplac|zamkn|zamyk|zakoncz|przyjm|oznacz|potwierdz)';
// "I will approve / release / pay / close", not followed by a sum ("zaplace 100 zl, jesli..." is pay).
const WILL_APPROVE =
  '(?:zatwierdze|zaakceptuje|zwolnie|wyplace|zaplace|oplace|zamkne|odbiore|przyjme|oznacze|potwierdze|zatwierdzimy|zaakceptujemy|zwolnimy|wyplacimy|zaplacimy|oplacimy|zamkniemy|odbierzemy|przyjmiemy)\\b(?!\\s+(?:\\S+\\s+)?(?:\\d|ekstra|wiecej|dodatkowo|za to|za dodatkow|za kazd))';
const COND = '(?:dopiero|dopoki|poki|jak tylko|gdy tylko|kiedy|gdy|jesli|jezeli|jak|po tym,? jak|pod warunkiem|o ile|wtedy,? gdy|az)';
const FIX =
  '(?:popraw|napraw|poprawic|naprawic|poprawisz|naprawisz|poprawcie|naprawcie|poprawiony|poprawiona|poprawione|literowk\\w*|blad|bledy|bledu|bledem|bug\\w*|nie (?:dziala|dzialaja|wysyla|wysylaja|laduje|otwiera|zapisuje|wyswietla|pokazuje|przechodzi)\\w*|rozjezdza\\w*|rozmazan\\w*|nachodzi|wywala\\w*|sypie sie|zepsul\\w*|zepsut\\w*|poprawk\\w*|poprawek|laduje sie (?:wolno|dlugo)|wolno (?:dziala|sie laduje)|zacina sie)';

export const pl: Lexicon = {
  lang: 'pl',
  add: rx([
    `\\b(?:robimy|poprawiamy|kontynuujemy|dzialamy|pracujemy)\\b[^.]{0,30}?\\b(?:dopoki|az)\\b[^.]{0,20}?\\b(?:mi sie (?:nie )?spodoba|nie bede zadowolon\\w*|bede zadowolon\\w*|bedzie idealnie)\\b|\\btyle (?:poprawek|rund|zmian) ile (?:trzeba|potrzeba)\\b`,
    `\\b(?:duzo pracy|trudne|skomplikowane|duzy problem)\\b[^.]{0,20}?\\b(?:dodac|dorobic|zrobic|wstawic|dolozyc)\\b`,
    // "Czy mozna tez...", "Czy da sie dodac...", "Czy nie daloby sie dorzucic..."
    `\\b(?:da sie|daloby sie|dalo by sie|mozna|mozna by|moznaby|bedzie mozna|mozliwosc|byloby mozliwe|jest opcja|bylaby opcja|jest szansa)\\b[^.?]{0,40}?(?:\\b${ALSO}\\b|\\b(?:doda|dorob|doloz|dorzuc|rozszerz|rozbud|zintegr|podpi|podlacz)\\w*)`,
    // What-ifs: "A co jesli dodamy...", "A moze by tak jeszcze..."
    `\\ba (?:co )?(?:gdyby|jesli|jezeli|moze)\\b[^.?]{0,40}?(?:\\b${ALSO}\\b|\\b(?:doda|dorob|doloz|dorzuc)\\w*)`,
    `\\bmoze by tak\\b`,
    `\\bco (?:powiesz|powiecie|pan powie|pani powie|myslisz|sadzisz|pan sadzi|pani sadzi) (?:o|na)\\b[^.?]{0,30}?\\b(?:doda|dorob|doloz|dorzuc|zrob|stworz|now[aey]|zeby|aby)\\w*`,
    // "Chcemy, zeby kazdy klient mogl..."
    `\\b(?:chce|chcemy|chcialbym|chcialabym|chcielibysmy|zalezy nam|zalezy mi|trzeba|potrzebujemy|wazne),?\\s+(?:zeby|aby|by)\\s+(?:kazd|wszys|klien|uzytkown|kupuj|czlonk|odwiedzaj|nasi|nasz|gosc|pracown|uczni|subskryb)\\w*\\b[^.]{0,30}?\\b(?:mogl|mogla|mogli|mogly|mial|miala|mieli|mialy|dostawal\\w*|otrzymywal\\w*|widzial\\w*)\\b`,
    // Requirement growth: "20 stron zamiast 10", "zamiast 50 produktow 300", "juz nie 10, a 20".
    `\\b\\d+\\s+(?:\\S+\\s+){0,2}?zamiast\\s+\\d+\\b`,
    `\\bzamiast\\s+\\d+\\s+(?:\\S+\\s+){0,3}?\\d+\\b`,
    `\\b(?:teraz|juz)\\s+(?:\\S+\\s+){0,2}?\\d+\\s+(?:\\S+\\s+){0,2}?(?:a nie|nie|zamiast)\\s+\\d+\\b`,
    `\\bnie\\s+\\d+\\s*,?\\s*(?:a|tylko|lecz)\\s+\\d+\\b`,
    `\\b(?:zwiekszyc|zwieksz|zwiekszmy|zwiekszamy|podwoic|podwajamy|rozszerzyc|rozszerzamy)\\b[^.]{0,40}?\\bz\\s+\\d+\\s+(?:do|na)\\s+\\d+\\b`,
    // "Teraz musi obslugiwac 5 jezykow", "ma teraz dzialac tez na tabletach".
    `\\b(?:teraz|od teraz|odtad|od dzis|docelowo)\\s+(?:\\S+\\s+)?(?:musi|musza|ma|maja|powinien|powinna|powinno|powinny|trzeba|bedzie musial\\w*)\\s+(?:tez\\s+|takze\\s+|rowniez\\s+|jeszcze\\s+)?(?:obslugiwac|przyjmowac|obejmowac|pokazywac|dzialac|wspierac|zawierac|miec|uwzgledniac|synchronizowac|wysylac|generowac|integrowac|tlumaczyc)\\b`,
    `\\b(?:musi|musza|ma|maja|powinien|powinna|powinno|powinny)\\s+(?:teraz|od teraz|tez|takze|rowniez|jeszcze)\\s+(?:\\S+\\s+)?(?:obslugiwac|przyjmowac|obejmowac|pokazywac|dzialac|wspierac|zawierac|miec|uwzgledniac|synchronizowac|wysylac|generowac|odpowiadac)\\b`,
    // "Skoro strona juz dziala, przejdzmy do aplikacji".
    `\\b(?:skoro|teraz,? (?:gdy|kiedy)|jak juz|gdy juz|kiedy juz)\\b[^.]{0,50}?\\b(?:gotow\\w*|skonczon\\w*|zrobion\\w*|dziala|stoi|online|zakonczon\\w*|odpalon\\w*)\\b[^.]{0,20}?\\b(?:przejdzmy|przechodzimy|zajmijmy sie|bierzmy sie|zabierzmy sie|zrobmy|robimy|czas na|pora na)\\b`,
    `\\b(?:przejdzmy|przechodzimy|bierzmy sie|zabierzmy sie|bierzemy sie)\\s+(?:teraz\\s+)?(?:do|za)\\s+(?!(?:testow|testami|platnosci|poprawek|poprawkami|odbioru|rozliczenia|faktury|reszty|wdrozenia|publikacji|rzeczy|konkretow)\\b)`,
    // "Moj wspolnik chce...", "jeden z moich klientow chce...", "klient teraz chce".
    `\\b(?:moj|moja|nasz|nasza|jeden z moich|jeden z naszych|jedna z moich)\\s+(?:\\S+\\s+)?(?:klient\\w*|klientk\\w*|wspolnik\\w*|wspolniczk\\w*|partner\\w*|szef\\w*|kolega|kolezanka|znajom\\w*|zarzad|zespol|inwestor\\w*|marketing\\w*)\\s+(?:tez\\s+|teraz\\s+|jeszcze\\s+|rowniez\\s+)?(?:chce|chcialby|chcialaby|chca|potrzebuje|prosi|poprosil\\w*|wymaga|zyczy sobie|oczekuje)\\b`,
    `\\b(?:klient|klientka|szef|szefowa|wspolnik|zarzad|zespol|inwestor|partner)\\w*\\s+(?:teraz|jeszcze|tez|nagle|dodatkowo)\\s+(?:chce|chcialby|chcialaby|chca|potrzebuje|prosi|wymaga|oczekuje)\\b`,
    // "Myslalem, ze SEO jest w cenie", "Zakladalam, ze hosting jest w pakiecie".
    `\\b(?:myslalem|myslalam|myslelismy|sadzilem|sadzilam|zakladalem|zakladalam|zakladalismy|liczylem|liczylam|liczylismy|bylem pewien|bylam pewna|bylismy pewni|wydawalo mi sie|rozumialem|rozumialam|przyjalem|przyjelam)\\b[^.]{0,60}?\\b(?:w cenie|w cene|wliczon\\w*|w budzecie|w zakresie|w pakiecie|w ramach|w komplecie|w standardzie|obejmuje|obejmowal\\w*|zawiera|zawieral\\w*|wchodzi|wchodzil\\w*|tez|takze|rowniez)\\b`,
    // Language versions: "tez po angielsku", "po niemiecku tez".
    `\\b(?:${ALSO}|chcemy|chce|potrzebujemy|trzeba|musi byc|ma byc|powinna byc|powinno byc)\\s+(?:\\S+\\s+){0,2}?(?:po|na)\\s+${LANGS}\\w*`,
    `\\bpo\\s+${LANGS}\\w*\\s+(?:tez|takze|rowniez)\\b`,
    // Also / still more + a verb of making, either order.
    `\\b${ALSO}\\s+${W}{0,2}?${MAKE}`,
    `\\b${MAKE_BEFORE}\\S*\\s+${W}{0,2}?${ALSO}\\b`,
    `\\b(?:ma|maja)\\s+${ALSO}\\s+(?:\\S+\\s+)?(?:dzialac|obslugiwac|miec|byc|pokazywac|wysylac|zawierac|odpowiadac)\\b`,
    // "Jeszcze jedna rzecz", "jeszcze 10 ilustracji", "i jeszcze czat".
    `\\bjeszcze (?:jedn[aoe]|jeden|jednej|jednego|cos|kilka|kilku|dwie|dwa|trzy|\\d+)\\b(?:\\s+(?:rzecz|sprawa|sprawe|prosba|prosbe|kwestia|drobiazg|drobnostka|drobna rzecz))?`,
    `\\b(?:i|a|oraz) jeszcze\\s+(?!(?:raz|nie|dzis|jutro|troche)\\b)\\S+`,
    `\\bprzy okazji\\b`,
    // "zeby na stronie byl tez kalkulator", "prosi jeszcze o integracje", "dojda jeszcze 3 jezyki".
    `\\b(?:zeby|aby)\\b[^.]{0,40}?\\b(?:byl|byla|bylo|byly|byli|dzialal\\w*|mial\\w*|mogl\\w*|obslugiwal\\w*|wysylal\\w*|pokazywal\\w*)\\s+(?:\\S+\\s+)?${ALSO}\\b`,
    `\\b(?:poprosil\\w*|prosi|prosza)\\s+(?:\\S+\\s+)?${ALSO}\\s+o\\b`,
    `\\b(?:dojda|dojdzie|dochodzi|dochodza)\\b(?! do\\b)`,
    `\\bz\\s+\\d+\\s+(?:\\S+\\s+){0,2}?(?:robi sie|zrobi sie|bedzie|beda|mamy|bedzie ich)\\s+\\d+\\b`,
    `\\bskoro (?:juz|i tak)\\b`,
    `\\b(?:jak|jesli|skoro|kiedy) (?:juz )?(?:jestes|bedziesz|jest pan|bedzie pan|jest pani|bedzie pani|siedzisz|grzebiesz|pracujesz|bedziesz grzebac)\\s+(?:przy tym|w tym|w kodzie|nad tym|przy stronie)\\b`,
    // Inherently additional verbs: "dorob", "doloz".
    `\\b(?:dorob|dorobic|dorobisz|dorobcie|dorobilbys|dorobilabys|dorobilby|doloz|dolozyc|dolozysz|dolozcie|dolozylbys|dobuduj|dobudowac)\\b`,
    `\\b(?:rozbudowac|rozbuduj|rozbudujesz|rozbudowalbys|rozszerzyc|rozszerz|rozszerzysz|poszerzyc|uzupelnic o|wzbogacic)\\b`,
    `\\bprzyda(?:lby|laby|loby|lyby|liby)\\s+sie\\b|\\bprzyda sie\\s+${ALSO}\\b`,
    `\\bbyloby (?:super|swietnie|fajnie|dobrze|idealnie|wspaniale|ekstra|milo|extra|genialnie|najlepiej|cudownie)\\b[^.]{0,5}?\\b(?:gdyby|jakby|zeby|aby)\\b`,
    `\\b(?:dobrze|fajnie|super|swietnie|idealnie|milo) (?:by bylo|byloby)\\b[^.]{0,5}?\\b(?:gdyby|jakby|zeby|aby|miec)\\b`,
    `\\boprocz\\s+(?!tego\\b)\\S+`,
    `\\bbrakuje\\s+(?:nam|mi)?\\s*(?:jeszcze|tez)\\b`,
    `\\bzapomnial\\w*\\s+(?:\\S+\\s+)?(?:napisac|wspomniec|powiedziec|dodac|zaznaczyc)\\b`,
    `\\b(?:nowe wymagania|nowy wymog|nowe wymogi|dodatkowe wymagania|zmiana planow)\\b|\\bwpadl\\w* mi\\b|\\bmam (?:nowy |jeszcze jeden |taki )?pomysl\\b`,
    `\\bmam (?:jeszcze )?(?:prosbe|male zyczenie|jedno zyczenie|jeszcze jedna prosbe)\\b|\\b(?:mala|dodatkowa|kolejna) prosba\\b`,
    `\\b(?:wiem|zdaje sobie sprawe),? ze (?:tego )?nie (?:bylo|ma) (?:tego )?w (?:planie|umowie|zakresie|ofercie|briefie)\\b`,
    `\\bwycen\\w*\\s+(?:\\S+\\s+)?(?:dodatkow\\w*|now[aey]\\w*)\\s+\\S+`,
    // A price question about new work: "ile bys wzial za dodatkowe 5 podstron".
    `\\bile\\s+(?:\\S+\\s+){0,2}?(?:kosztowal(?:oby|aby|by|yby)|by kosztowal\\w*|bys kosztowal\\w*|bedzie kosztowac|kosztowac bedzie|bedzie kosztowal\\w*|wezmiesz|wezmiecie|wzialbys|wzielabys|bys wzial|bys wziela|bys chcial|bys chciala|chcialbys|chcialabys|by pan wzial|by pani wziela|policzysz|policzylbys|bys policzyl|wyniesie|wynioslaby)\\s+(?:\\S+\\s+){0,2}?(?:dodan\\w*|zrobien\\w*|stworzen\\w*|przygotowan\\w*|wdrozen\\w*|aplikacj\\w*|wersj\\w*|sklep\\w*|dodatkow\\w*|kolejn\\w*|now[aey]\\w*|za (?:dodatkow|kolejn|now|\\d)\\w*)`,
  ]),
  addWeak: rx([
    `\\bwersj\\w*\\s+(?:(?:${LANGS}|mobiln)\\w*|na (?:androida|android|ios|iphone|ipada|tablet\\w*|telefon\\w*|smartfon\\w*|maca|windows\\w*))`,
    `(?:^\\s*|[,:;(]\\s*|\\b(?:i|a|prosze|prosimy|pls|plz|hej|czesc|witam|dzien dobry|to)\\s+)(?:dodaj|dodajcie|dodajmy|zrob(?! (?:to|tak|co|jak|mi przysluge|przerwe|sobie)\\b)|zrobcie|zrobmy|stworz|stworzcie|przygotuj|przygotujcie|zaprojektuj|zaprojektujcie|wdroz|wdrozcie|podepnij|podepnijcie|podlacz|zintegruj|dopisz|dorzuc|zaimplementuj|ogarnij|narysuj|nagraj|wstaw|umiesc|skonfiguruj|zbuduj|przetlumacz|przetlumaczcie)\\b`,
    `\\b(?:moglbys|moglabys|moglby|moglaby|mogliby|moglibyscie|mozesz|mozecie|moze pan|moze pani|dasz rade|dalbys rade|dalabys rade|da pan rade|da pani rade|da sie|daloby sie|mozna|mozna by|moznaby|bedzie mozna|bedziesz mogl\\w*|jestes w stanie|bylbys w stanie|prosze|prosimy|chcialbym|chcialabym|chcielibysmy|chcemy|chce|trzeba|trzeba by|trzeba bedzie|musisz|musimy|potrzebujemy|potrzebuje|zalezy nam na)\\s+(?:\\S+\\s+){0,2}?(?:dodac|zrobic(?! (?:to|tak)\\b)|stworzyc|utworzyc|przygotowac|zaprojektowac|wdrozyc|podpiac|podlaczyc|zintegrowac|dorobic|dolozyc|dopisac|dorzucic|zaimplementowac|ogarnac|narysowac|przetlumaczyc|rozbudowac|rozszerzyc|przeniesc|skonfigurowac|nagrac|zmontowac|zbudowac|wprowadzic|wstawic|umiescic|zaprogramowac|opracowac)\\b`,
    `\\b(?:dodasz|dodacie|dodalbys|dodalabys|dodalby pan|dodalaby pani|dodalibyscie|dorobisz|dorobicie|dolozysz|zrobilbys|zrobilabys|zrobilby pan|zrobilaby pani|zrobilibyscie|stworzysz|stworzylbys|przygotujesz|przygotowalbys|zaprojektujesz|zaprojektowalbys|zintegrujesz|podepniesz|podlaczysz|przetlumaczysz|narysujesz|nagrasz|ogarniesz|wdrozysz|zaimplementujesz|skonfigurujesz|rozbudujesz|rozszerzysz)\\b`,
    `\\b(?:potrzebny|potrzebna|potrzebne|potrzebni|potrzebujemy|potrzebuje|potrzebowalibysmy|potrzebowalbym|przyda sie|wymagamy)\\b`,
    `\\b(?:chcemy|chcialbym|chcialabym|chcielibysmy|chce)\\s+(?:\\S+\\s+)?(?:dodac|miec|wprowadzic|uruchomic|rozbudowac|rozszerzyc|now[aey]\\w*|dodatkow\\w*)\\b|\\b(?:chcemy|chcialbym|chcialabym|chcielibysmy|chce),?\\s+(?:zeby|aby)\\s+(?:byl|byla|bylo|byly|strona|sklep|aplikacja|bot|system|panel)\\b`,
    `\\b(?:prosze|prosimy|poprosze|poprosimy|prosba)\\s+(?:\\S+\\s+)?o\\s+(?:dodanie|zrobienie|stworzenie|przygotowanie|zaprojektowanie|napisanie|wdrozenie|podpiecie|podlaczenie|integracje|dorobienie|dolozenie|przetlumaczenie|rozbudowe|rozszerzenie|now[aey]\\w*|dodatkow\\w*)\\b`,
    `\\b(?:ma|maja|musi|musza|powinien|powinna|powinno|powinny)\\s+(?:\\S+\\s+)?(?:obslugiwac|wspierac|przyjmowac|obejmowac|integrowac sie|synchronizowac|generowac|wysylac|odpowiadac)\\b`,
    `\\bbrakuje\\b`,
    `\\b(?:mozliwosc|opcja|opcje)\\s+(?:\\S+\\s+)?(?:dodania|zrobienia|stworzenia|przygotowania|wdrozenia|podpiecia|podlaczenia|integracji|dorobienia|rozbudowy|rozszerzenia|tlumaczenia|przetlumaczenia)\\b`,
  ]),
  addLoose: rx([`\\b(?:mozesz|moglbys|moglabys|czy da sie)\\s+(?:\\S+\\s+){0,2}?(?:zrobic|zmienic|ustawic)\\b`]),
  notAddAnnounced: rx([`\\b${FIX}\\b`, `\\b(?:pytanie|pytania|haslo|hasla|jak (?:zmienic|mam|moge|mozna|to|sie|dziala))\\b`]),
  notAdd: rx([
    `\\b(?:dzieki|dziekuje|dziekujemy|dziekowac|podziekowa\\w*|podziekuj\\w*|dzienks|thx)\\b`,
    `\\b(?:dodal|dodala|dodalem|dodalam|dodales|dodalas|dodali|dodaly|dodalismy|dodaliscie|zrobilem|zrobilam|zrobilismy|sprawdzilem|sprawdzilam|przetestowalem|przetestowalam|testowalem|wrzucilem|wrzucilam|wgralem|wgralam|zalaczam|zalaczylem|zalaczylam|przeslalem|przeslalam|wyslalem|wyslalam|dolaczylem|dolaczylam|dopisalem|dopisalam|uzupelnilem|uzupelnilam)\\b`,
    `\\bdodatkow\\w*\\s+(?:informacj|info|zdjec|zdjecia|plik|material|szczegol|pytani|dane|danych|tekst|uwag|poprawk|komentarz|wyjasnien)`,
    `\\b(?:jak|tak jak|zgodnie z)\\s+(?:\\S+\\s+)?(?:ustalil\\w*|uzgodnil\\w*|rozmawial\\w*|omawial\\w*|umawial\\w*|ustaleniami|umowa|ofert\\w*|briefem|specyfikacj\\w*|planem|propozycj\\w*|zamowieniem|opisem)`,
    `\\b(?:uzgodnion\\w*|ustalon\\w*|pierwotn\\w*|oryginaln\\w*|poczatkow\\w*|zaplanowan\\w*)\\b`,
    `\\b(?:ode mnie|od nas|od mnie)\\b`,
    `\\b(?:potrzebujesz|potrzebujecie|potrzebuje pan|potrzebuje pani)\\b`,
    `\\bkomentarz\\w*`,
    `\\b(?:pytanie|pytania|pytan|pytaniem)\\b`,
    `\\b(?:ciesze sie|cieszymy sie|podoba mi sie|podoba nam sie|swietna robota|dobra robota|swietna praca|super robota|dobrze idzie|brawo|gratuluj\\w*)\\b`,
    `\\bplik(?:i|ow|ami)?\\s+(?:zrodlow\\w*|w formacie|projektow\\w*|psd|ai|fig|figma)\\b`,
    `\\b(?:wyslij|wyslesz|przeslij|przeslesz|podeslij|podeslesz|wystaw|wystawisz|prosze o|poprosze o)\\s+(?:\\S+\\s+)?(?:mi\\s+|nam\\s+)?(?:fakture|faktury|rachunek|harmonogram\\w*|dostep\\w*|hasl\\w*|login\\w*|plik\\w*|link\\w*)\\b`,
    `\\b(?:doda\\w*|utworz\\w*|stworz\\w*|zaloz\\w*|otworz\\w*|sfinansow\\w*|zasil\\w*|ufund\\w*)\\s+(?:\\S+\\s+){0,3}?(?:kamien\\w*|milestone\\w*|kontrakt\\w*|umow\\w*)`,
    `\\bnie (?:dodawaj|dodawajcie|dodawac|dokladaj)\\b|\\bnic (?:nowego|wiecej)\\b`,
    `\\bnie (?:potrzebuje|potrzebujemy|chce|chcemy|trzeba|musisz)\\b`,
    `\\b(?:chce|chcialby|chcialaby|chca|prosi)\\s+(?:\\S+\\s+)?(?:zobaczyc|wiedziec|sprawdzic|porozmawiac|spotkac|pogadac|zapytac|obejrzec|przejrzec|poznac|potwierdzic)\\b`,
    `\\b${FIX}\\b`,
    `\\bdoda\\w* (?:mnie|nas)\\b`,
    // Asks to look at something: "mozesz to sprawdzic?", "zerkniesz?"
    `\\b(?:sprawdz|sprawdzic|sprawdzisz|sprawdzcie|zerknij|zerkniesz|zerknac|zerknijcie|rzuc okiem|rzucisz okiem|przyjrzyj sie|przyjrzysz sie)\\b`,
    `\\bczy\\s+(?:to|ten|ta|strona|aplikacja|sklep|formularz|wszystko)\\s+(?:bedzie|beda)\\s+(?:\\S+\\s+)?(?:dzialac|dzialal\\w*|wygladac)\\b`,
    `\\bpotrzebuj\\w*\\s+(?:\\S+\\s+){0,2}?(?:plik\\w*|faktur\\w*|dostep\\w*|hasl\\w*|harmonogram\\w*|link\\w*|informacj\\w*|odpowiedz\\w*|potwierdzeni\\w*|numer\\w*|czasu|chwili|kilku dni|dnia|tygodnia)\\b`,
    `\\b(?:skonczyc|dokonczyc|zakonczyc|oddac|gotow\\w*)\\b[^.]{0,30}?\\b(?:do|na|przed)\\s+(?:jutra|jutro|dzis|piatku|piatek|poniedzialku|poniedzialek|wtorku|wtorek|srody|srode|czwartku|czwartek|soboty|sobote|niedzieli|niedziele|konca|koniec|weekendu|weekend|terminu)\\b`,
    `\\b(?:ktor\\w*|co|ktore)\\s+(?:juz\\s+)?(?:zrobiles|zrobilas|zrobiliscie|przygotowales|przygotowalas|stworzyles|stworzylas)\\b`,
    `\\bdoda\\w*\\s+(?:prosze\\s+)?(?:te|ten|ta|moje|nasze|przeslane|zalaczone|ponizsze)\\s+(?:zdjeci\\w*|zdjecie|fotki|tekst\\w*|tresc\\w*|plik\\w*|opis\\w*|logo|grafik\\w*)`,
    `\\b(?:dokoncz|dokonczyc|dokonczysz|dokonczcie|dopracuj)\\b`,
    `\\b(?:budze[tc]|stawk|wynagrodzeni)\\w*`,
  ]),
  pay: rx([
    `\\b(?:te sama|ta sama|taka sama|tyle samo)\\s+(?:stawk\\w*|kwot\\w*|cen\\w*)?\\s*(?:za|jak)\\b`,
    `\\bzaproponuj\\w*\\s+(?:nowy\\s+)?(?:kamien\\w*|milestone)|\\bsfinansuje\\b`,
    `\\bdopla[ct]\\w*`,
    `\\b(?:premi(?:a|e|i|ami)|bonus(?:a|em|y|u|ik|ow)?|napiw(?:ek|ku|kiem|ki))\\b`,
    `\\b(?:dodam|dodamy|dodalem|dodalam|utworze|utworzymy|utworzylem|utworzylam|utworzmy|stworze|stworzylem|stworzylam|zaloze|zalozymy|zalozylem|zalozylam|zalozmy|otworze|otworzymy|otworzylem|otworzylam|otworzmy|ufunduje|ufundowalem|ufundowalam|zasile|zasililem|zasililam|sfinansuje|sfinansowalem|sfinansowalam|wystawie|wysle|wysylam|wyslalem|wyslalam|uruchomie)\\s+(?:\\S+\\s+){0,3}?(?:kamien\\w*|milestone\\w*|kontrakt\\w*|umow\\w*|zlecen\\w*|ofert\\w*)`,
    `\\b(?:dodam|dodalem|dodalam|utworze|utworzylem|utworzylam|zaloze|zalozylem|zalozylam|otworze|otworzylem|sfinansuje|sfinansowalem|zasile|zasililem|ufunduje)\\s+(?:\\S+\\s+){0,2}?etap\\w*`,
    `\\b(?:now(?:y|a|e|ego|ej|ym)|osobn\\w+|oddzieln\\w+|dodatkow\\w+|kolejn\\w+)\\s+(?:kamien\\w*|milestone\\w*|kontrakt\\w*|umow\\w*|zlecen\\w*)`,
    `\\b(?:podnies\\w*|podnios\\w*|zwieksz\\w*|podwyzsz\\w*|podbij\\w*)\\s+(?:\\S+\\s+){0,2}?(?:budze[tc]\\w*|stawk\\w*|wynagrodzeni\\w*|cen(?:a|e|y|ie)|kwot\\w*|zaplat\\w*|honorari\\w*|oplat\\w*)`,
    `\\b(?:budze[tc]\\w*|stawk\\w*|kwot\\w*|wynagrodzeni\\w*)\\s+(?:\\S+\\s+){0,2}?(?:podnies\\w*|podnios\\w*|zwieksz\\w*|podwyzsz\\w*)`,
    `\\b(?:wieksz\\w*|dodatkow\\w*|wyzsz\\w*)\\s+(?:budze[tc]\\w*|stawk\\w*|wynagrodzeni\\w*|kwot\\w*|zaplat\\w*|honorari\\w*)`,
    `\\bile\\s+(?:\\S+\\s+){0,2}?(?:kosztowal(?:oby|aby|by|yby)|bedzie kosztowac|kosztowac bedzie|bedzie kosztowal\\w*|bedzie to kosztowac|wezmiesz|wezmiecie|wzialbys|wzielabys|bys wzial|bys wziela|bys chcial|bys chciala|chcialbys|chcialabys|by pan wzial|by pani wziela|by pan chcial|by pani chciala|policzysz|policzylbys|bys policzyl|wyniesie|wynioslaby|dolicz\\w*)\\b`,
    `\\bile (?:by to|to by|za)\\b`,
    `\\bile\\s+(?:\\S+\\s+)?(?:by|bys)\\s+(?:\\S+\\s+)?kosztowal\\w*`,
    `\\b(?:podeslij|przeslij|wyslij|daj|dajcie|przygotuj|prosze o|poprosze o|prosimy o|prosic o)\\s+(?:mi\\s+|nam\\s+)?(?:wycen\\w*|kosztorys\\w*|ofert\\w*)`,
    `\\bwycen\\w*\\s+(?:\\S+\\s+)?(?:dodatkow\\w*|kolejn\\w*|now[aey]\\w*)\\b`,
    `\\b(?:wycenic|wycenisz|wycenilbys|wycenilabys|wycencie)\\b|\\b(?:jaka|jaki)\\s+(?:bylaby|bylby|bedzie)\\s+(?:cena|koszt)\\b`,
    `\\b(?:moge|mozemy|jestem gotow\\w*|jestesmy gotowi|chetnie)\\s+(?:\\S+\\s+)?(?:zaplacic|doplacic|oplacic)\\s+(?:\\S+\\s+)?(?:wiecej|ekstra|dodatkowo|osobno|za)\\b`,
    `\\b(?:zaplace|zaplacimy|oplace|oplacimy|zaplacilbym|zaplacilabym|oplacilbym|zaplacilibysmy)\\s+(?:\\S+\\s+)?(?:ekstra|wiecej|dodatkowo|osobno|oddzielnie|za to|za ten|za te|za dodatkow\\w*|za kazd\\w*|\\d)`,
    `\\b(?:dodatkow\\w*\\s+(?:czas|godzin\\w*|prac\\w*)|ten czas|te godziny|to|za to)\\s+(?:\\S+\\s+)?(?:zaplace|oplace|pokryje|zaplacimy|oplacimy|wynagrodze|zrekompensuje)\\b`,
    `\\bpokryj(?:e|emy)\\b|\\b(?:dorzuc|doloz)(?:e|imy|ymy)\\b|\\b(?:wynagrodze|wynagrodzimy|zrekompensuj\\w*|rekompensat\\w*)\\b`,
    `\\b\\d+\\s*(?:zl|zlotych|pln|usd|dolarow|dolary|euro|eur|\\$)?\\s*(?:ekstra|dodatkowo|wiecej|na dodatek)\\b|\\bekstra\\s+\\d+`,
  ]),
  notPay: rx([
    `\\bnie\\s+(?:\\S+\\s+)?(?:doplac\\w*|zaplac\\w*|plac\\w*|oplac\\w*|podnios\\w*|podnies\\w*|zwieksz\\w*)`,
    `\\bbez\\s+(?:zadnej\\s+|zadnych\\s+|dodatkow\\w*\\s+)?(?:doplat\\w*|oplat\\w*|kosztow|zaplaty|wynagrodzenia|bonusu|premii)`,
    `\\b(?:za darmo|gratis|w cenie|wliczon\\w*|w ramach (?:budzetu|ceny|umowy|kontraktu|tej samej ceny))\\b`,
    `\\bnie chce\\b[^.]{0,25}?(?:kamien|milestone|kontrakt|umow|etap)`,
    `\\b(?:bonusu|premii|doplaty|doplat) nie bedzie\\b`,
  ]),
  block: rx([
    `\\b(?:wtedy|potem|i|to)\\s+(?:od razu\\s+)?(?:zatwierdzam|akceptuje|zwalniam|wyplacam|zamykam|odbieram|przyjmuje)\\b`,
    `\\bzanim (?:zatwierdze|zaakceptuje|zwolnie|wyplace|zaplace|zamkne|odbiore)\\b`,
    `\\bnie\\s+(?:\\S+\\s+){0,2}?${APPROVE}\\w*[^.]{0,70}?\\b(?:dopoki|poki|dopiero|zanim|bez|jesli nie|jezeli nie|az|przed|do czasu)\\b`,
    `\\b${WILL_APPROVE}[^.]{0,60}?\\b${COND}\\b`,
    `\\b(?:wtedy|dopiero wtedy|dopiero potem)\\s+(?:\\S+\\s+)?(?:zatwierdze|zaakceptuje|zwolnie|wyplace|zaplace|oplace|zamkne|odbiore|przyjme)\\b`,
    `\\bnajpierw\\b[^.]{0,60}?\\b(?:potem|pozniej|dopiero|wtedy)\\b[^.]{0,30}?\\b${APPROVE}`,
    `\\b(?:dopoki|poki|do czasu)\\b[^.]{0,80}?\\bnie\\s+(?:\\S+\\s+)?${APPROVE}`,
    `\\b(?:dopiero|tylko)\\s+(?:gdy|kiedy|jak|jesli|po)\\b[^.]{0,60}?\\b${APPROVE}`,
    `\\b(?:zadnej|zadnego|zadnych)\\s+(?:platnosci|zaplaty|akceptacji|zatwierdzenia|odbioru|wyplaty|pieniedzy|przelewu)\\b`,
    `\\bnie ma (?:mowy o |co liczyc na )?(?:akceptacj\\w*|zatwierdzeni\\w*|platnos\\w*|zaplat\\w*|odbior\\w*|wyplat\\w*|pieniedzy)`,
    `\\bbez\\s+(?!(?:problemu|problemow|pospiechu|obaw|sensu|wzgledu|watpienia|zarzutu|doplaty|dodatkowych kosztow)\\b)(?:\\S+\\s+){1,6}?nie\\s+(?:\\S+\\s+)?${APPROVE}`,
    `\\b(?:platnosc|zaplata|wyplata|akceptacja|zatwierdzenie|odbior|kamien milowy|milestone|srodki|pieniadze)\\w*\\s+(?:\\S+\\s+){0,2}?(?:zalezy|zaleza|uzalezni\\w*)\\b|\\b${APPROVE}\\w*[^.]{0,50}?\\bpod warunkiem\\b`,
    `\\b(?:platnosc|kamien\\w*|milestone|etap|pieniadze|srodki|wyplata|zaplata|kontrakt|zlecenie|umowa)\\s+(?:\\S+\\s+){0,2}?(?:zostanie|zostana|bedzie|beda)\\s+(?:zwolnion|zatwierdzon|zaakceptowan|wyplacon|oplacon|zamkniet|odebran|przelan)\\w*\\s+(?:(?:dopiero|tylko|jedynie|wylacznie)\\s+)?(?:po|gdy|kiedy|jesli|jak|jezeli)\\b`,
    `\\b(?:kamien\\w*|milestone|kontrakt|umowa|platnosc|etap|zlecenie|srodki)\\s+(?:\\S+\\s+){0,2}?(?:pozostanie|zostanie|bedzie|zostaje|pozostaje)\\s+(?:otwart\\w*|wstrzyman\\w*|zablokowan\\w*|niezamkniet\\w*|zamrozon\\w*|na wstrzymaniu)\\b[^.]{0,60}?\\b(?:dopoki|az|do czasu|poki)\\b`,
    `\\b(?:otworze|otwieram|zglosze|zglosze|wszczne|zaloze)\\s+(?:\\S+\\s+)?(?:spor\\w*|dispute|reklamacj\\w*)\\b`,
    `\\b(?:dopoki|poki|do czasu|az)\\b[^.]{0,80}?\\b(?:srodki|pieniadze|platnosc|kamien\\w*|milestone|kontrakt|etap)\\s+(?:\\S+\\s+)?(?:zostaj|zostan|pozost|bed|czek|wis)\\w*`,
    `\\b(?:negatywn\\w*|zl[aey]|zlej|slab\\w*|nisk\\w*|kiepsk\\w*)\\s+(?:opini\\w*|ocen\\w*|recenzj\\w*|feedback\\w*|referencj\\w*)`,
    `\\b(?:5|piec|pieciu)\\s+gwiazd\\w*\\b[^.]{0,40}?\\b(?:tylko|jesli|jezeli|gdy|kiedy|dopiero|pod warunkiem)\\b|\\bchcesz\\s+(?:\\S+\\s+)?(?:5|piec|dobr\\w*|pozytywn\\w*)\\s+(?:gwiazd\\w*|opini\\w*|ocen\\w*)`,
  ]),
  notBlock: rx([
    `\\b(?:po weekendzie|po powrocie|po urlopie|jak wroce|kiedy wroce|gdy wroce|jak tylko wroce|jak najszybciej|jak najpredzej|jak znajde (?:chwile|czas)|jak bede mial\\w* (?:chwile|czas))\\b`,
    `\\b(?:zatwierdze|zaakceptuje|zwolnie|wyplace|zaplace|oplace|zamkne|odbiore)\\s+(?:\\S+\\s+){0,2}?(?:jutro|dzis|dzisiaj|wieczorem|w poniedzialek|zaraz|za chwile)\\b`,
    `\\b(?:dostane|otrzymam|przyslesz|wystawisz|wyslesz)\\s+(?:\\S+\\s+)?fakture\\b`,
    `\\b(?:juz\\s+)?(?:zatwierdzil|zaakceptowal|zwolnil|zaplacil|oplacil|zamknal|zamknel|wyplacil)\\w*\\b`,
  ]),
  blockExtra: rx([`\\b(?:tez|takze|rowniez|jeszcze(?! (?:nie|raz)\\b)|dodatkow\\w*|now(?:y|a|e|ego|ej|ych|ym)|ekstra)\\b`, `\\b(?:doda|dorob|doloz|dorzuc)\\w*|\\b(?:wraz z|razem z)\\b`]),
  clause: /,|:|;| - | ale | a potem | a ja | i ja | (?:i|a|oraz) (?=przy okazji|jeszcze|dodatkowo|tez|takze|rowniez|dodaj|dorob|doloz|zrob|stworz|przygotuj|podepnij|zintegruj)/g,
  stopwords: words(` kiedy beda bedzie
    przygotujesz zrobisz prawda
    i a o u w we z ze na do od po za przy dla bez przez pod nad oraz albo lub ale czy to ten ta te tego tej tym tu tam jest sa
    byc byl byla bylo bedzie mi mnie nam nas wam was ci cie ja ty on ona my wy pan pani panstwo sie jak co ktory ktora ktore
    tez takze rowniez jeszcze dodatkowo juz teraz tylko prosze prosimy pls hej czesc witam dzien dobry dzieki okazji przy
    skoro jedna jedno jeden rzecz sprawa moze mozesz mozecie moglbys moglabys moglby moglaby mozna da dasz rade dalbys
    dodac dodaj dodajcie dodasz zrobic zrob zrobisz zrobcie stworzyc stworz przygotowac przygotuj potrzebny potrzebna
    potrzebne potrzebujemy potrzebuje trzeba chce chcemy chcialbym chcialabym chcielibysmy nowy nowa nowe nowego nowej
    dodatkowy dodatkowa dodatkowe dodatkowego dodatkowej nasz nasza nasze naszej naszego moj moja moje twoj twoja swoj swoja
    swoje zeby aby by jakis jakas jakies cos szef szefowa klient klienta klienci wspolnik wspolniczka partner zarzad zespol
    kolega inwestor mam mamy`),
  generic: prefixes('stron podstron sekcj funkcj wersj witryn aplikacj apk rzecz czesc ekran opcj zakladk element'),
};
