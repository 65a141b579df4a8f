import { type Lexicon, prefixes, rx, words } from './types';

// Dutch and Flemish (je/jij/u, ge/gij). Text is normalised: doubled consonants are single
// ("kunnen" -> "kunen", "hebben" -> "heben", "offerte" -> "oferte"), so every word inside an
// alternation is written out whole ("kun|kunnen", never "kun(?:nen)?": the fold only joins letters
// that stand side by side in the pattern).

const YOU = '(?:je|jij|u|ge|gij|jullie)';
const CAN = '(?:kun|kunt|kan|kunnen|kunje|zou|zouden|wil|wilt|mag|moogt|moet|moeten)';
const ALSO = '(?:ook|daarnaast|bovendien|tevens|eveneens|daarbij)';
// Verbs (stems) that produce new work. Not: sturen, checken, oplossen, afmaken (those finish what was agreed).
const MAKE =
  '(?:toevoeg|toe te voegen|voeg\\w* [^.]{0,40}?toe|inbouw|in te bouwen|bouw|maak|maken|bijmaken|bij te maken|ontwerp|ontwikkel|schrijf|schrijven|integreer|integreren|koppel|vertaal|vertalen|migreer|migreren|omzet|om te zetten|opzet|op te zetten|zet\\w* [^.]{0,30}?op|aanlever|aan te leveren|lever|animeer|animeren|retouch|doet|doen|film|teken|programmeer|implementeer|verzorg|regel|inricht|in te richten|aanmak|aan te maken|nodig|erbij|bij doen|bij kunnen doen|beschikbaar|willen(?! weten| horen| zien| bellen| vragen)|krijgen)';
// Verbs that finish, check or explain agreed work: a clause with one asks for no new work.
const NOT_WORK =
  '(?:stuur|sturen|opsturen|doorsturen|mailen|checken|check|controleren|controleer|nakijken|kijken|oplossen|los \\w+ op|repareren|repareer|fixen|verbeteren|corrigeren|aanpassen|uitleggen|bellen|testen|afmaken|afronden|uploaden|verwijderen|laten weten|doorgeven|delen)';
// Things a client asks for that are no deliverable: an update, an answer, a call.
const NO_THING =
  '(?:blik|kijkje|check|update|seintje|berichtje|reactie|factuur|oferte|screenshot|voorbeeld|link|linkje|antwoord|mailtje|belletje|telefoontje|call|gesprek|afspraak met|overzicht|planning|test|vraag|vraagje|keer|momentje|paar dagen|dag|week)';
const LANGS_NL = '(?:engels|duits|frans|spaans|italiaans|pools|turks|arabisch|chinees|portugees|nederlands|vlaams|russisch|oekraiens|japans)';
// Separable approval verbs: "ik keur ... goed", "ik geef ... vrij", "ik sluit ... af", "ik betaal ... uit".
const APPROVE_FINITE = '(?:keur|geef|sluit|betaal|rond|accepteer|teken)';
const UNTIL = '(?:totdat|tot|zolang|voordat|voor|zonder|zo lang)';
const WHEN = '(?:als|nadat|zodra|wanneer|indien|zo gauw|op voorwaarde)';

export const nl: Lexicon = {
  lang: 'nl',
  add: rx([
    `\\b(?:kun|kan|kunt|zou|zoudt)\\s+(?:je|u|jij|jullie|ge)\\s+(?:\\S+\\s+){0,5}?(?:ook nog|ook|nog)\\s+(?:\\S+\\s+){0,5}?(?:verwerken|toevoegen|maken|bouwen|inbouwen|opnemen|meenemen|erbij zetten|erbij maken)\\b`,
    `\\b(?:we gaan (?:gewoon )?door|doorgaan|blijven (?:aanpassen|schaven))\\b[^.]{0,30}?\\btot\\b[^.]{0,20}?\\b(?:het goed voelt|het perfect is|ik tevreden ben|ik het mooi vind)\\b|\\bzoveel (?:rondes|correctierondes|aanpassingen) als (?:nodig|we willen)\\b`,
    `\\b(?:is het|zou het|is dat)\\s+(?:veel werk|lastig|moeilijk|ingewikkeld)\\b[^.]{0,40}?\\b(?:toe te voegen|in te bouwen|te maken|te integreren)\\b`,
    `\\b(?:weekly|every (?:week|day|month|monday|friday)|daily|monthly|toda (?:semana|sexta|segunda)|todas as semanas|semanalmente|cada semana|todas las semanas|chaque semaine|toutes les semaines|jede woche|wochentlich|ogni settimana|settimanalmente|wekelijks|elke week|co tydzien|raz w tygodniu|har hafte|weekly basis)\\s+(?:laten\\s+)?draaien\\b|\\bdraaien\\b[^.]{0,20}?(?:weekly|every (?:week|day|month|monday|friday)|daily|monthly|toda (?:semana|sexta|segunda)|todas as semanas|semanalmente|cada semana|todas las semanas|chaque semaine|toutes les semaines|jede woche|wochentlich|ogni settimana|settimanalmente|wekelijks|elke week|co tydzien|raz w tygodniu|har hafte|weekly basis)`,
    // "nog één ding", "nog een kleinigheid", "ff nog iets:", "nog 1 verzoekje"
    `\\bnog\\s+(?:een|1|ene|ne|n)\\s+(?:klein\\w*\\s+|laatste\\s+|snel\\w*\\s+)?(?:ding|dingetje|dingen|puntje|verzoek|verzoekje|wens|wensje|aanvulling|toevoeging|kleinigheid|extraatje|ideetje|idee)\\b`,
    `\\bnog\\s+(?:iets|wat)\\s*(?:[:!-]|$)`,
    `\\b(?:nog een|nog 1|nog \\w+) (?:pagina|scherm|sectie|functie|optie|versie|taal|formulier|pop-?up|banner|logo|concept|video|artikel|post|template|module|koppeling|rapport|dashboard)\\b`,
    // "nu je toch bezig bent", "als je toch al bezig bent", "nu je er toch in zit"
    `\\b(?:nu|als|terwijl|aangezien|omdat)\\s+${YOU}\\s+(?:er\\s+|daar\\s+|toch\\s+|al\\s+|nou\\s+|nu\\s+|eh\\s+|ermee\\s+|mee\\s+|dan\\s+){1,4}(?:bezig|aan het werk|in de code|erin zit|erin zitten|in zit|mee bezig)`,
    `\\b(?:meteen|gelijk|direct|tegelijk|tegelijkertijd|in een moeite)\\b[^.]{0,40}?\\b(?:meenemen|mee te nemen|meepakken|erbij)\\b`,
    // "ook ... toevoegen", "daarnaast ... bouwen"
    `\\b${ALSO}\\b[^.]{0,50}?\\b${MAKE}\\w*`,
    // imperative first, "ook" after: "maak er ook meteen ...", "voeg de donkere modus ook toe"
    `\\b(?:voeg|bouw|maak|zet|schrijf|ontwerp|integreer|koppel|vertaal|regel)\\s+(?:er\\s+|het\\s+|de\\s+\\S+\\s+|het\\s+\\S+\\s+|aub\\s+|even\\s+|ff\\s+|gelijk\\s+|meteen\\s+|gewoon\\s+|svp\\s+){0,3}(?:ook|nog|extra|erbij|daarnaast)\\b(?![^.]{0,30}?\\b(?:af|klaar|kleiner|groter|aan|online)\\s*(?:[.!?,]|$))`,
    `\\bzet\\s+(?:er\\s+)?(?:nog|ook|even|aub|ff|gewoon|meteen)\\s+(?:\\S+\\s+)?(?:een|\\d+|twee|drie)\\s+\\w+`,
    // "kun je er nog ff een instagram feed op zetten", "zou je nog 3 extra concepten ..."
    `\\b${CAN}\\s+${YOU}\\s+(?:er\\s+|misschien\\s+|eventueel\\s+)*(?:nog|ook)\\s+(?:even\\s+|ff\\s+|snel\\s+|effe\\s+|efkes\\s+|eens\\s+)?(?:een|\\d+|extra|twee|drie|vier|vijf|tien|wat)\\s+(?!${NO_THING}\\b)\\w+`,
    // "kan er nog een pagina bij", "mag er ook een reviewsysteem bij", "kan er ook een versie komen"
    `\\b(?:kan|kun|kunnen|mag|mogen|moet|moeten|zou|zouden)\\s+er\\s+(?:\\S+\\s+){0,2}?(?:nog|ook|meteen|even|daarnaast)\\s+(?:\\S+\\s+){0,8}?(?:bij|erbij|bijkomen|komen|in)\\s*(?:[?!.,]|$)`,
    `\\ber\\s+(?:moet|moeten|mag|mogen|komt|komen|zou|zouden)\\s+(?:\\S+\\s+){0,2}?(?:ook|nog|daarnaast)\\s+(?:een|\\d+|twee|drie)\\b`,
    `\\ber\\s+(?:ook|nog|daarnaast)\\s+(?:een|\\d+|twee|drie)\\s+[^.]{0,40}?\\b(?:moet|moeten|mag|zou|gaat)\\s+(?:bij)?komen\\b`,
    `\\ber\\s+moet\\s+(?:een|\\d+)\\s+[^.]{0,40}?\\bkomen\\b`,
    `\\ber\\s+(?:ook|nog)\\s+(?:een|\\d+|twee|drie)\\s+[^.]{0,40}?\\b(?:op|in|bij|aan)\\s+(?:moet|moeten|mag|mogen|kan|kunnen)\\b`,
    `\\b(?:kan|kun|mag|kunnen|mogen|past|zou)\\s+(?:dat|die|het|dit|deze)\\s+(?:er\\s+)?(?:nog\\s+|ook\\s+|even\\s+|gewoon\\s+){1,3}(?:bij|erbij|erin|meegenomen)\\b`,
    // "we hebben nu ook ... nodig", "we willen nu ook", "daarnaast willen we"
    `\\b(?:we|wij|ik|ze|zij|hij|klant|baas)\\s+(?:hebben|heb|heeft)\\s+(?:nu\\s+|nog\\s+|eigenlijk\\s+|trouwens\\s+)?(?:ook|daarnaast|bovendien)\\s+(?!(?:\\w+\\s+){0,3}?(?:tijd|info|informatie|gegevens|feedback|factuur|bestanden|wachtwoord|inloggegevens)\\b)[^.]{0,50}?\\bnodig\\b`,
    `\\b(?:we|wij|ik)\\s+(?:hebben|heb)\\s+nu\\s+(?:een|\\d+|twee|drie)\\s+[^.]{0,50}?\\bnodig\\b`,
    `\\b(?:wil|willen|wilt|zou graag|zouden graag|willen graag|wil graag)\\s+(?:nu\\s+|graag\\s+|eigenlijk\\s+|dan\\s+){0,2}${ALSO}\\b`,
    `\\b(?:wil|willen|wilt)\\s+nu\\s+(?:een|\\d+|twee|drie|graag|ook)\\b`,
    `\\bnu\\s+(?:wil|willen|wilt|wil de|wilt de)\\s+(?:\\w+\\s+){0,3}?(?:ook|een|\\d+|alles)\\b`,
    `\\b(?:daarnaast|bovendien|tevens|daarbij|ook)\\s+(?:willen|wil|zouden|zou|hebben|moeten|moet)\\s+(?:we|wij|ik|ze|zij)\\b`,
    `\\b(?:ik|we|wij)\\s+(?:zou|zouden)\\s+(?:ook|nog|daarnaast|eigenlijk)\\s+(?:\\S+\\s+)?graag\\b`,
    `^\\W*(?:en\\s+)?(?:ook\\s+graag|graag\\s+ook)\\s+(?:nog\\s+)?(?:een|\\d+|extra|de|het)\\b`,
    // "moet ook", "moet nu ook 5 valuta ondersteunen", "alles moet ook in het Spaans"
    `\\b(?:moet|moeten)\\s+(?:nu|voortaan|vanaf nu|straks|dus)\\s+(?:ook\\s+)?(?:\\S+\\s+){0,4}?(?:ondersteunen|aankunnen|kunnen|werken|hebben|tonen|verwerken|beschikbaar|krijgen|draaien)\\b`,
    `\\b(?:moet|moeten|mag|mogen)\\s+(?:nu\\s+)?ook\\s+(?!(?:echt|nog|wel|gewoon|snel|vandaag|morgen|vrijdag|maandag)\\b)(?:\\S+\\s+){0,3}?(?:als|in|op|met|voor|een|werken|kunnen|hebben|beschikbaar)\\b`,
    `\\b(?:moet|moeten|wil|willen|wilt)\\s+(?:\\S+\\s+){0,3}?(?:ook|nu)\\s+in\\s+(?:het\\s+)?(?:${LANGS_NL}|\\d+\\s+talen|twee talen|drie talen|meerdere talen|alle talen)\\b`,
    // requirement growth: "20 pagina's in plaats van 10", "van 50 naar 200 producten", "niet 10 maar 20"
    `\\b\\d+\\s+(?:\\S+\\s+){0,3}?(?:in plaats van|inplaats van|ipv)\\s*\\d+\\b`,
    `\\bvan\\s+\\d+\\s+(?:\\S+\\s+)?naar\\s+\\d+\\s+(?!(?:euro|eur|dollar|usd|procent|%|uur|dagen|minuten|seconden)\\b)\\w+`,
    `\\bniet\\s+(?:meer\\s+)?\\d+\\s+maar\\s+\\d+\\b`,
    `\\bworden\\s+(?:er\\s+)?(?:nu|dus|toch|straks)\\s+(?:\\d+|twee|drie|vier|vijf|tien|twintig)\\b`,
    // "ik had verwacht dat X erbij zat", "ik dacht dat de hosting bij de prijs inbegrepen was"
    `\\b(?:ik|wij|we)\\s+(?:had|hadden)\\s+(?:eigenlijk\\s+|toch\\s+|wel\\s+)?(?:verwacht|gedacht|aangenomen|begrepen|gerekend op|op gerekend)\\b[^.]{0,60}?\\b(?:erbij|bij de prijs|inbegrepen|inclusief|bij zat|bij zit|standaard|ook|zou komen|zouden komen|meegenomen|in de prijs|in het pakket|onderdeel)\\b`,
    `\\b(?:ik|wij|we)\\s+(?:ging|gingen)\\s+(?:er\\s*van|ervan)\\s+uit\\b[^.]{0,60}?\\b(?:erbij|inbegrepen|inclusief|bij|standaard|ook|meegenomen|in de prijs|onderdeel)\\b`,
    `\\b(?:ik|wij|we)\\s+(?:dacht|dachten|verwachtte|verwachtten|nam aan|namen aan)\\b[^.]{0,60}?\\b(?:erbij|bij de prijs|inbegrepen|inclusief|bij zat|bij zit|standaard|zou komen|meegenomen|in de prijs|in het pakket|onderdeel van)\\b`,
    `\\b(?:ik|wij|we)\\s+(?:was|waren)\\s+vergeten\\s+(?:te\\s+)?(?:zeggen|vermelden|melden|noemen|vertellen)\\b`,
    `\\bvergeten\\s+(?:te\\s+)?(?:zeggen|vermelden|melden|noemen|vertellen)\\b[^.]{0,80}?\\b(?:ook|nodig|moet|willen|wil|graag|erbij)\\b`,
    // "een klant van ons wil", "mijn compagnon wil ook"
    `\\b(?:een|mijn|onze)\\s+(?:klant|klanten|partner|vriend|kennis|relatie)\\s+van\\s+(?:mij|ons)\\s+(?:wil|wilt|willen|heeft|zoekt|vraagt|vroeg)\\b`,
    `\\b(?:mijn|onze)\\s+(?:baas|compagnon|partner|klant|collega|manager|directeur|ceo|vrouw|man|team|marketeer|investeerder|zakenpartner|opdrachtgever|leidinggevende)\\s+(?:\\w+\\s+)?(?:wil|wilt|willen|vraagt|vroeg|zou graag|heeft gevraagd|vraagt om)\\s+(?:nu\\s+|ook\\s+|graag\\s+|nog\\s+|eigenlijk\\s+)*(?!(?:weten|zien|checken|spreken|bellen|even|een update|de factuur|dat je)\\b)`,
    `\\bnieuwe\\s+(?:eis|eisen|wens|wensen|idee|ideeen|feature|features|requirement|requirements|aanvraag)\\b`,
    `\\b(?:ik heb|we hebben|had)\\s+(?:een\\s+)?(?:nieuw\\s+)?(?:idee|ideetje|ingeving)\\b`,
    // "nu de website live staat, kunnen we beginnen aan de app"
    `\\bnu\\s+(?:de|het|onze|die|dat|alles)\\b[^.]{0,50}?\\b(?:af|klaar|live|online|staat|draait|gelanceerd)\\b[^.]{0,20}?\\b(?:laten we|kunnen we|kun je|kunt u|gaan we|beginnen we|wil ik|willen we|is het tijd voor|mag je|tijd voor)\\b(?![^.]{0,30}\\b(?:testen|betalen|afronden|afsluiten|factureren|evalueren|bellen)\\b)`,
    `\\b(?:kunnen|gaan|laten)\\s+(?:we|wij)\\s+(?:nu\\s+|dan\\s+)?(?:beginnen|starten|verder)\\s+(?:aan|met)\\s+(?:de|het|een)\\s+(?!(?:test\\w*|oplevering|betaling|laatste|rest|correcties|feedback)\\b)`,
    // "kan de bot ook op WhatsApp antwoorden?", "moet de app ook offline werken"
    `\\b(?:kan|kunnen|mag|mogen|moet|moeten|zou|zouden)\\s+(?:de|het|die|onze|deze|elke|iedere)\\s+(?:\\S+\\s+)?(?:ook|nog)\\s+(?:\\S+\\s+){0,3}?(?:hebben|krijgen|ondersteunen|tonen|antwoorden|reageren|werken|draaien|spreken|bevatten|laten zien)\\b`,
    // "ik wil dat elke gebruiker zijn eigen dashboard krijgt"
    `\\b(?:wil|willen|zou graag|zouden graag|graag)\\s+(?:graag\\s+)?dat\\s+(?:elke|iedere|alle|onze|de)?\\s*(?:klant|klanten|gebruiker|gebruikers|bezoeker|bezoekers|lid|leden|medewerker|medewerkers|student|studenten|deelnemer|deelnemers|mensen|kopers|cursisten)\\s+(?:ook\\s+)?(?:\\w+\\s+){0,5}?(?:kunnen|kan|krijgt|krijgen|hebben|heeft|zien)\\b`,
    `\\b(?:elke|iedere)\\s+(?:\\w+\\s+)?(?:moet|moeten|krijgt|krijgen|heeft|hebben)\\s+(?:\\w+\\s+){0,2}?(?:een|hun|zijn|haar|z'n)\\s+eigen\\b`,
    // "wat als we er ook een webshop bij hadden", "wat dacht je van een ..."
    `\\bwat (?:als|nou als|nu als)\\s+(?:we|wij|je|jij|u|jullie|ik)\\b[^.?]{0,50}?\\b(?:ook|nog|erbij|bij|extra|toevoeg\\w*)\\b`,
    `\\bwat (?:dacht|denk|vind) (?:je|jij|u|jullie) van\\s+(?:een|\\d+|nog|ook|extra|het toevoegen)\\b`,
    `\\bhoe (?:zit het|staat het) met (?:een|nog een|ook een)\\b`,
    `\\b(?:is het|zou het|lijkt het)\\s+(?:me\\s+|ons\\s+)?(?:een idee|een optie|handig|leuk|slim)\\s+(?:om|als|dat)\\b`,
    `\\b(?:zou|is|zal)\\s+(?:het\\s+)?(?:\\w+\\s+)?mogelijk\\s+(?:zijn\\s+)?(?:om|dat)\\b[^.]{0,60}?\\b(?:toe te voegen|bij te maken|te bouwen|in te bouwen|te integreren|te koppelen|te ontwikkelen|te vertalen|te ontwerpen|erbij|ook|extra)\\b`,
    `\\b(?:het )?(?:zou|zal|is|was|lijkt me)\\s+(?:\\w+\\s+)?(?:fijn|leuk|mooi|handig|top|gaaf|tof|super|ideaal|geweldig|cool|prettig|goed|chique)\\s+(?:zijn\\s+)?(?:als|om|wanneer)\\b[^.]{0,50}?\\b(?:ook|erbij|extra|nog een)\\b`,
    `\\bvergeet\\s+(?:niet|ook niet)\\b[^.]{0,50}?\\b(?:een|ook|erbij|\\d+)\\b`,
    // "zou je er ook ondertiteling bij kunnen doen", "bijmaken", "erbij bouwen"
    `\\b(?:erbij|bij)\\s+(?:te\\s+|kunnen\\s+|kan\\s+|nog\\s+)?(?:maken|doen|zetten|bouwen|voegen|schrijven|ontwerpen|verzinnen)\\b|\\bbij(?:maken|zetten|bouwen)\\b`,
    `\\b(?:naast|behalve)\\s+(?:de|het|onze|die)\\s+\\S+\\s+(?:ook|nog)\\b`,
    `\\b(?:uitbreiden|uitbreiding)\\b`,
    // price of new work: "wat vraag je voor een extra landingspagina", "een offerte voor de extra pagina's"
    `\\b(?:wat|hoeveel)\\s+(?:vraag|vraagt|rekent|reken|kost|kosten|zou|zal)\\s+(?:je|jij|u|jullie|het|dat)?\\s*(?:\\w+\\s+){0,2}?(?:voor|om)\\s+(?:een|\\d+|nog|er|extra|de extra|het toevoegen|te)\\b`,
    `\\b(?:oferte|prijsopgave|prijs|kostenraming|inschatting)\\s+(?:voor|van)\\s+(?:de\\s+|het\\s+|een\\s+)?(?:extra|nieuwe|aanvullende)\\b`,
    // "we willen er een webshop bij", "kun je er een blog bij maken"
    `\\b(?:wil|willen|wilt|zou|zouden|kun|kunt|kan|kunnen|mag|moet|moeten)\\s+(?:\\S+\\s+){0,2}?er\\s+(?:\\S+\\s+){0,2}?(?:een|\\d+|twee|drie)\\s+(?:\\S+\\s+){0,4}?bij\\b`,
    `\\b(?:extra|aanvullende)\\s+(?:wens|wensen|eis|eisen|functionaliteit|feature|features|werkzaamheden)\\b`,
    `\\b(?:nog\\s+)?(?:\\d+|twee|drie|vier|vijf|tien|een paar|enkele|wat)\\s+extra\\s+(?!(?:info|informatie|tijd|uur|uren|dagen|dag|week|weken|details|uitleg|kosten|betaling|geld|budget|correcties|feedback|voor|bovenop|op|erbij|euro|eur|dollar|per)\\b)\\w+`,
    `\\b(?:versie|variant|editie)\\s+(?:voor|van)\\s+(?:de\\s+)?(?:kinderen|ipad|tablet|tablets|android|ios|mobiel|desktop|apple|windows|mac|belgie|duitsland|frankrijk|engeland|de belgische|de duitse|de franse|de engelse)\\b`,
  ]),
  addWeak: rx([
    `\\b(?:${LANGS_NL}e?|engelstalige|franstalige|duitstalige|spaanstalige|meertalige|tweetalige)\\s+(?:versie|vertaling|variant|editie)s?\\b`,
    `(?:^|[,:;(]\\s*|\\b(?:en|graag|aub|svp|pls|hoi|hallo|hey|even|ff|dus|oh|ok)\\s+)(?:voeg|bouw|maak|zet|schrijf|ontwerp|integreer|koppel)\\s+(?!(?:mij|me|hem|haar|ons|het af|de rest|het even af)\\b)(?:\\S+\\s+){0,8}?(?:toe|in|een|\\d+)\\b`,
    `\\b${CAN}\\s+${YOU}\\s+(?:\\S+\\s+){0,6}?(?:toevoegen|bouwen|inbouwen|bijmaken|ontwerpen|ontwikkelen|schrijven|integreren|koppelen|vertalen|migreren|opzetten|aanmaken|implementeren|programmeren|inrichten|omzetten|maken|aanleveren|regelen|verzorgen|erbij doen)\\b`,
    `\\b(?:we|wij|ik)\\s+(?:hebben|heb)\\s+(?:ook\\s+|nog\\s+|eigenlijk\\s+)?(?:een|\\d+|twee|drie)\\s+(?!(?:\\w+\\s+){0,2}?(?:tijd|vraag|vraagje|probleem|paar dagen|update|factuur)\\b)[^.]{0,50}?\\bnodig\\b`,
    `\\b(?:ik|we|wij)\\s+(?:wil|willen|zou|zouden|wilt)\\s+(?:\\w+\\s+)?graag\\s+(?:een|\\d+|nog|ook|extra)\\s+(?!${NO_THING}\\b)`,
    `\\b(?:ik|we|wij)\\s+(?:wil|willen|wilt)\\s+(?:een|\\d+|twee|drie)\\s+(?!${NO_THING}\\b)\\w+`,
    `\\b(?:mag|kan|kun|zou)\\s+(?:er|het)\\s+(?:ook|nog)\\b`,
    `\\b(?:zou|is|zal)\\s+(?:het\\s+)?mogelijk\\s+(?:zijn\\s+)?om\\b[^.]{0,60}?\\b(?:te maken|toe te voegen|te bouwen|te doen)\\b`,
    `\\bgraag\\b[^.]{0,40}?\\b(?:toevoegen|inbouwen|erbij|bijmaken|aanmaken|integreren|koppelen)\\b`,
  ]),
  addLoose: rx([`\\b(?:kun|kunt|kan|zou)\\s+${YOU}\\s+(?:\\w+\\s+){0,3}?(?:maken|doen|veranderen|wijzigen)\\b`]),
  notAddAnnounced: rx([`\\b(?:fout|fouten|bug|bugs|kapot|werkt niet|typfout|tikfout|vraag|vraagje|wachtwoord|probleem|foutmelding)\\b`]),
  notAdd: rx([
    `(?<!alvast )\\b(?:bedankt|dank je|dank u|dankjewel|dankuwel|dank voor|merci|thanks|thx)\\b(?!\\s+alvast)`,
    `\\b(?:toegevoegd|geupload|gestuurd|gemaild|verstuurd|bijgevoegd|ingebouwd|gemaakt|aangepast|opgelost|aangemaakt)\\b`,
    `\\b(?:extra|aanvullende)\\s+(?:info|informatie|details|uitleg|toelichting|bestanden|foto'?s voor|tijd|vragen|ruimte|witruimte)\\b`,
    `\\b(?:zoals|volgens)\\s+(?:afgesproken|besproken|overeengekomen|gepland|beloofd|in de|de oferte|de opdracht|de briefing|het contract|de scope|het voorstel|de vacature|het ontwerp)\\b`,
    `\\b(?:afgesproken|besproken|overeengekomen|oorspronkelijke|oorspronkelijk|afspraak was)\\b`,
    `\\bvoeg\\s+(?:mij|me|hem|haar|ons|hen|mijn \\w+|jezelf)\\s+(?:\\w+\\s+)?toe\\b`,
    `\\b(?:toe aan|toevoegen aan)\\s+(?:de|het|onze|mijn|je)?\\s*(?:slack|trelo|trello|drive|map|groep|chat|teams|repo|bord|agenda|whatsapp|mailinglijst)`,
    `\\b${NOT_WORK}\\b(?![^.]{0,40}?\\b(?:extra|nieuwe|aanvullende)\\b)`,
    `\\b(?:geen|niks|niets)\\s+(?:nieuwe|extra|meer)\\b`,
    `\\b(?:mijlpaal|milestone|contract|budget|bonus|factuur)\\b`,
    `\\b(?:in de toekomst|ooit|volgend jaar|op termijn|niet nu|nu nog niet|voorlopig niet|nu niet)\\b`,
    `\\b(?:opmerkingen|commentaar|comments)\\b`,
    `\\bhoeven?\\s+(?:er\\s+)?niet\\b`,
  ]),
  pay: rx([
    `\\b(?:hetzelfde|zelfde|dezelfde)\\s+(?:tarief|prijs|bedrag)\\s+(?:per|als)\\b`,
    `\\bstel\\s+(?:maar\\s+|even\\s+)?(?:een|nog een)\\s+(?:nieuwe\\s+)?mijlpaal\\s+voor\\b|\\bfinancier (?:ik|we)\\b`,
    `\\b(?:ik|we|wij)\\s+betaal\\w*\\s+(?:je\\s+|jou\\s+|u\\s+|jullie\\s+)?(?:er\\s+|daar\\s+|het\\s+)?(?:\\d|\\$|\\u20ac|extra|meer|graag|gewoon|natuurlijk|uiteraard|bij|voor)`,
    `\\bbetaal\\s+(?:ik|we)\\s+(?:je\\s+|jou\\s+|u\\s+)?(?:de\\s+|het\\s+|dat\\s+|dit\\s+)?(?:extra|meer|\\d|\\$|bij|natuurlijk|uiteraard|graag|gewoon|ook)`,
    `\\b(?:extra|meer)\\s*(?:werk|uren|tijd|kosten|moeite)\\s+(?:\\w+\\s+)?(?:betaal|vergoed|betalen|vergoeden)`,
    `\\b(?:ik|we|wij)\\s+vergoed\\w*|\\bvergoed\\s+(?:ik|we)\\b`,
    `\\b(?:bonus|fooi|fooitje|extraatje)\\b`,
    `\\b(?:mijlpaal|milestone)\\w*\\s+(?:\\S+\\s+){0,4}?(?:aan|aanmaken|aangemaakt|toegevoegd|toevoegen|gefinancierd|financieren|klaar|klaarzetten|klaargezet|opgezet|opzetten|verhoogd|aan te maken)\\b`,
    `\\b(?:maak|zet|voeg|financier|open|start|maken|zetten)\\w*\\s+(?:ik\\s+|we\\s+)?(?:er\\s+|daarvoor\\s+|dan\\s+|je\\s+|nog\\s+)*(?:een|de|extra)?\\s*(?:nieuwe\\s+|extra\\s+|aparte\\s+|tweede\\s+|volgende\\s+)?(?:mijlpaal|milestone)`,
    `\\b(?:nieuwe|extra|aparte|tweede|volgende|apart|nieuw)\\s+(?:betaalde\\s+)?(?:mijlpaal|milestone|contract|offer)\\b`,
    `\\b(?:verhoog|verhogen|verhoogd|verhoogt|ophogen|opgehoogd|verdubbel|verdubbelen)\\w*\\s+(?:ik\\s+|we\\s+)?(?:het\\s+|je\\s+|jouw\\s+|uw\\s+|de\\s+)?(?:budget|prijs|vergoeding|bedrag|tarief|uurtarief|mijlpaal|contract)`,
    `\\b(?:budget|prijs|vergoeding|bedrag|tarief|mijlpaal)\\b[^.]{0,30}?\\b(?:verhogen|verhoog|verhoogd|ophogen|opgehoogd|omhoog|verdubbelen)\\b`,
    `\\ber is\\s+(?:nog\\s+)?(?:extra\\s+|wat\\s+|genoeg\\s+|meer\\s+)?budget\\s+(?:voor|beschikbaar)\\b`,
    `\\bwat\\s+(?:zou|zal|gaat|kost|kosten|vraag|vraagt|rekent|reken|wordt)\\s+(?:dat|het|je|jij|u|jullie|dit)?\\s*(?:\\w+\\s+){0,3}?(?:kosten|voor|daarvoor|ervoor|extra|erbij|rekenen|vragen)\\b`,
    `\\bhoeveel\\s+(?:kost|kosten|zou|vraag|vraagt|reken|rekent|extra|meer|wordt)\\b(?![^.]{0,40}\\b(?:tijd|dagen|uren nog|nog nodig|betaald|gekost)\\b)`,
    `\\b(?:stuur|geef|maak|doe)\\s+(?:me|mij|ons)\\s+(?:\\w+\\s+)?(?:een\\s+)?(?:oferte|prijsopgave|prijs|kostenraming|inschatting|voorstel)\\b`,
    `\\b(?:zeg|laat)\\s+(?:\\w+\\s+){0,2}?(?:maar\\s+)?(?:weten\\s+)?wat\\s+(?:het|dat|dit)\\s+(?:extra\\s+)?(?:kost|gaat kosten|zou kosten)`,
    `\\b(?:geef|noem|stuur|doe)\\s+(?:me\\s+|mij\\s+|ons\\s+)?(?:maar\\s+|even\\s+|ff\\s+)*(?:een|je)\\s+(?:prijs|oferte|prijsopgave|prijsindicatie|indicatie)\\b`,
    `\\b(?:hoog|verhoog)\\s+(?:ik|we)\\s+(?:het\\s+|je\\s+|de\\s+|jouw\\s+|uw\\s+)?(?:budget|prijs|bedrag|mijlpaal|vergoeding|tarief)\\b`,
    `\\b(?:meerprijs|meerkosten)\\b|\\bmeerwerk\\b[^.]{0,30}?\\b(?:factur|reken|betal|vergoed)`,
    `\\b(?:factureer|factureren|reken|rekenen|declareer|declareren)\\b[^.]{0,30}?\\b(?:extra|apart|erbij|los)\\b`,
    `(?:\\u20ac|\\$)\\s?\\d+[\\d.,]*\\s*(?:extra|meer|erbij|bovenop)\\b|\\b\\d+[\\d.,]*\\s*(?:euro|eur|dollar|usd|\\u20ac|\\$)\\s*(?:extra|meer|erbij|bovenop)\\b`,
    `\\b(?:krijg|krijgt)\\s+(?:je|jij|u)\\s+(?:van mij\\s+)?(?:\\d+|extra|een extraatje|meer)\\b`,
  ]),
  notPay: rx([
    `\\bgeen\\s+(?:extra\\s+|aparte\\s+|nieuwe\\s+)?(?:betaling|geld|kosten|budget|bonus|mijlpaal|meerprijs|meerkosten|vergoeding|cent)`,
    `\\b(?:betaal|betalen)\\s+(?:ik\\s+|we\\s+)?(?:je\\s+|er\\s+|daar\\s+|hier\\s+)?(?:niet|niks|niets|geen)\\b`,
    `\\b(?:niet|niks|niets|geen cent)\\s+(?:meer\\s+|extra\\s+)?(?:betalen|betaal)`,
    `\\b(?:gratis|kosteloos|zonder (?:extra )?kosten)\\b`,
    `\\bwil geen\\b`,
  ]),
  block: rx([
    `\\bdan\\s+(?:keur|sluit|accepteer|teken)\\s+(?:ik|we|wij)\\b|\\bdan\\s+geef\\s+(?:ik|we|wij)\\s+(?:\\S+\\s+){0,3}?vrij\\b`,
    `\\b(?:betaling|geld|bedrag|mijlpaal|goedkeuring)\\s+(?:\\w+\\s+){0,2}?(?:komt|gaat|wordt)\\s+(?:pas\\s+)?(?:vrij|vrijgegeven|uitbetaald|goedgekeurd)\\b[^.]{0,40}?\\b${WHEN}\\b`,
    `\\bvoordat (?:ik|we|wij)\\s+(?:\\w+\\s+)?(?:goedkeur|vrijgeef|betaal|uitbetaal|afsluit)`,
    `\\b(?:pas|alleen|enkel|uitsluitend)\\s+(?:\\S+\\s+){0,5}?(?:goed|vrij|af|uit|goedkeuren|vrijgeven|afsluiten|betalen|uitbetalen|betaal|betaling|goedkeuring|akkoord|sterren|review)\\b[^.]{0,20}?\\b${WHEN}\\b`,
    `\\b(?:pas|alleen|enkel)\\s+(?:als|nadat|zodra|wanneer)\\b[^.]{0,80}?\\b(?:${APPROVE_FINITE}\\s+(?:ik|we|wij)|goedkeuren|vrijgeven|uitbetalen|akkoord)\\b`,
    `\\b${APPROVE_FINITE}\\s+(?:ik|we|wij)\\b[^.]{0,30}?\\b${WHEN}\\b`,
    `\\b(?:ik|we|wij)\\s+${APPROVE_FINITE}\\w*\\s+(?:\\S+\\s+){0,5}?(?:goed|vrij|af|uit)\\s+${WHEN}\\b`,
    `\\b${APPROVE_FINITE}\\w*\\s+(?:\\S+\\s+){0,4}?(?:niet|niks|niets|geen\\s+(?!(?:extra|cent|meer)\\b)\\w+)\\s+(?:\\S+\\s+){0,3}?(?:goed\\s+|vrij\\s+|af\\s+|uit\\s+)?${UNTIL}\\b`,
    `\\beerst\\b[^.]{0,60}?\\b(?:dan|daarna)\\b[^.]{0,30}?\\b(?:${APPROVE_FINITE}|goedkeuren|vrijgeven|betalen)\\b`,
    `\\b(?:dan pas|pas dan)\\b[^.]{0,30}?\\b(?:${APPROVE_FINITE}|goed|vrij|betaling|goedkeuring)\\b`,
    `\\bgeen\\s+(?:betaling|goedkeuring|vrijgave|uitbetaling|geld|akkoord|sterren|5 sterren|vijf sterren)\\b[^.]{0,10}?\\b(?:${UNTIL}|als niet)\\b`,
    `\\bzonder\\b[^.]{2,60}?\\b(?:geen\\s+(?:betaling|goedkeuring|vrijgave|akkoord|geld|sterren)|${APPROVE_FINITE}\\s+(?:ik|we)\\b[^.]{0,40}?\\b(?:niet|niks|niets)\\b)`,
    `\\b(?:zolang|totdat|voordat)\\b[^.]{0,60}?\\b${APPROVE_FINITE}\\s+(?:ik|we|wij)\\b[^.]{0,30}?\\b(?:niet|niks|niets|geen)\\b`,
    `\\b(?:mijlpaal|contract|betaling|opdracht|geld|bedrag)\\s+(?:blijft|blijven|staat|houd ik|hou ik)\\s+(?:\\w+\\s+){0,2}?(?:open|vast|staan|geblokkeerd|in de wacht|on hold)\\b[^.]{0,60}?\\b(?:tot|totdat|zolang|voordat)\\b`,
    `\\b(?:houd|hou|houden)\\s+(?:ik\\s+|we\\s+)?(?:de\\s+|het\\s+)?(?:betaling|mijlpaal|geld|bedrag|goedkeuring)\\s+(?:\\w+\\s+)?(?:vast|tegen|achter|in de wacht)\\b`,
    `\\b(?:betaling|goedkeuring|vrijgave|uitbetaling|mijlpaal|review|beoordeling)\\b[^.]{0,30}?\\b(?:hangt\\b[^.]{0,20}?\\baf van|afhankelijk van|op voorwaarde)\\b`,
    `\\b(?:slechte|negatieve|lage)\\s+(?:review|beoordeling|feedback|rating|recensie)|\\b(?:1|een) ster\\b`,
    `\\b(?:5|vijf)\\s+sterren\\b[^.]{0,40}?\\b(?:alleen|pas|enkel|als|zodra|wanneer)\\b`,
    `\\b(?:als|wil|wilt) (?:je|u|jij|ge)\\s+(?:\\w+\\s+)?(?:5|vijf)\\s+sterren`,
    `\\b(?:geschil|dispute|terugbetaling|geld terug)\\b`,
  ]),
  notBlock: rx([
    `\\b(?:na het weekend|vanavond|morgen|straks|na mijn vakantie|na de feestdagen|(?:zodra|als|wanneer) ik (?:terug|thuis|weer|tijd|achter mijn)|als ik het (?:heb )?bekeken)\\b`,
    `\\b(?:heb|hebben)\\b[^.]{0,30}\\b(?:goedgekeurd|vrijgegeven|betaald|afgesloten)\\b`,
    `\\bgeen (?:extra|aparte|nieuwe) (?:betaling|kosten|mijlpaal)`,
    `\\bbetaal (?:ik |we )?(?:geen|niet) (?:extra|meer)\\b`,
    `\\bwanneer (?:kan|kun|wil|zal|is|moet)\\b`,
  ]),
  blockExtra: rx([`\\b(?:ook|nog|extra|erbij|nieuwe|nieuw|daarnaast|bovendien|samen met|vergezeld van)\\b`, `\\b(?:toegevoegd|toevoegen|ingebouwd|inbouwen|bouwen|erin)\\b`]),
  // "... repareren en ook een nieuwssectie toevoegen": the asking clause starts at "en ook".
  clause: /,|:|;| - | maar | en dan | (?=en ook |en daarnaast |en verder )/g,
  stopwords: words(`
    doen gedaan
    de het een en of maar ook nog graag aub svp alsjeblieft alstublieft bedankt dank hoi hallo ik je jij u ge gij we wij
    jullie ze zij hij mij me mijn jouw uw ons onze het dit dat deze die er erbij daar hier van voor op in aan met bij naar
    uit om te tot is zijn ben bent was waren wordt worden zal zou zouden kan kun kunt kunnen wil wilt willen mag moet moeten
    heb hebt heeft hebben maken maak toevoegen voeg toe bouwen bouw inbouwen zetten zet schrijven nodig extra nieuwe nieuw
    even ff meteen gelijk daarnaast bovendien eigenlijk nu dan al toch wel niet geen iets wat ding dingetje als dat
    dus want omdat zodat klein kleine snel`),
  generic: prefixes('pagina sectie functie versie onderdeel deel optie ding website site app applicatie scherm werk opdracht project taak'),
};
