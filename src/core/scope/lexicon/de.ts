import { type Lexicon, prefixes, rx, words } from './types';

const ALSO = '(?:auch|noch|zusatzlich|auserdem|ebenfals|gleich)';
const MAKE =
  '(?:einbau|einbind|hinzufug|erganz|mach|erstel|anleg|integrier|anbind|schreib|migrier|bau|rein|dabei|fug|brauch|bräucht|braucht|funktionier|antwort|verfugbar|ubersetz|gestalt|entwickel|entwickl|umsetz|liefer|drehen|zeichn|animier)';
const APPROVE = '(?:frei(?!e)|freigabe|freigegeben|freigeben|genehmig\\w*|akzeptier\\w*|abnahme|abnehm\\w*|zahl(?!e (?:ich )?\\d)(?!\\w* ich \\d)\\w*|bezahl\\w*|schlies\\w*|bewert\\w*)';
const COND = '(?:bis|bevor|sobald|solange|wenn|ohne|erst|nur wenn|nachdem|falls)';

export const de: Lexicon = {
  lang: 'de',
  add: rx([
    `\\b${ALSO}\\b[^.]{0,50}?\\b${MAKE}\\w*`,
    `\\b(?:bau|baue|baut|fug|fuge|mach|macht|erstell|erstelle|integrier|integriere|schreib|schreibe|erganz|erganze|anleg|leg)\\w*\\b[^.]{0,40}?\\b(?:auch|noch|zusatzlich)\\b`,
    `\\bnoch (?:eine|ein|einen|was|etwas|\\d+|weitere|mehr)\\b`,
    `\\bweitere\\w*\\b`,
    `\\bzusatz\\w*\\b`,
    `\\bwenn (?:du|sie|ihr) (?:schon|eh|gerade) dabei`,
    `\\bbei der gelegenheit\\b`,
    `\\b(?:mochte|mochten|will|wollen|braucht|brauchen|hatte gern)\\s+(?:jetzt|nun)\\b`,
    `\\b(?:jetzt|nun)\\s+(?:auch\\s+|noch\\s+)?(?:mochte|mochten|will|wollen|braucht|brauchen)\\b`,
    `\\b(?:erweitern|ausbauen)\\b`,
    `\\bwie ware es\\b`,
    `\\b(?:neue anforderungen|mir ist (?:was|etwas) eingefallen|ich hab eine idee)\\b`,
    `\\b(?:es )?ware (?:super|toll|gut|schon|cool|ideal|klasse),?\\s*wenn\\b`,
    `\\bvergis nicht\\b[^.]{0,30}?\\b(?:einen|eine|ein)\\b`,
    `\\bgibt es (?:eine )?moglichkeit\\b`,
    `\\b(?:jetzt|nun)\\b[^.]{0,25}?\\b(?:will|wollen|mochte|mochten|braucht|brauchen)\\b`,
    `\\bdavon ausgegangen\\b`,
    `\\bich dachte\\b[^.]{0,40}?(?:enthalten|dabei|inklusive|auch|inbegrifen)`,
    `\\bvergessen zu (?:sagen|erwahnen)`,
    `\\b(?:es )?fehlt (?:noch|etwas|was)\\b`,
    `\\bneben (?:dem|der|den)\\b`,
    `\\b(?:kleinigkeit|kleiner wunsch|zusatzwunsch)\\b`,
    `\\bmein (?:\\w*partner|chef|kunde|team) (?:mochte|will|braucht)`,
  ]),
  addWeak: rx([
    `(?:^|[,:;(]\\s*|\\b(?:und|bitte|hallo|hi)\\s+)(?:fug|fuge|bau|baue|erstelle|erstell|integrier|erganz|leg|mach)\\b`,
    `\\b(?:konen|konten|kannst|konntest|wurden|wurdest)\\s+(?:sie|du|ihr)\\s+(?:\\S+\\s+){0,6}?(?:einbauen|hinzufugen|erganzen|erstellen|anlegen|integrieren|anbinden|schreiben|machen|bauen|ubersetzen|migrieren)\\b`,
    `\\b(?:wir brauchen|ich brauche|wir bra?uchten|ich hatte gern|ich hatte gerne|ich mochte|wir mochten|wir wollen|ich will|wir benotigen)\\b`,
    `\\bsoll\\w*\\b[^.]{0,40}?\\b(?:auch|zusatzlich|ebenfals)\\b`,
    `\\bware es moglich\\b`,
    `\\bbitte\\b[^.]{0,40}?\\b(?:hinzufugen|einbauen|erganzen|anlegen|integrieren)\\b`,
  ]),
  addLoose: rx([`\\b(?:kannst du|konen sie)\\s+(?:\\w+\\s+){0,3}?(?:machen|andern)\\b`]),
  notAdd: rx([
    `\\bdanke\\w*\\b`,
    `\\b(?:hinzugefugt|hochgeladen|angehangt|geschickt|gesendet|erganzt|eingebaut)\\b`,
    `\\b(?:zusatzliche|weitere)\\s+(?:infos?|informationen|details|unterlagen|dateien|fotos fur die vereinbarte)`,
    `\\b(?:wie|laut)\\s+(?:vereinbart|besprochen|abgesprochen|geplant|angeboten|im angebot|im briefing)`,
    `\\b(?:vereinbart\\w*|besprochen\\w*|abgesprochen\\w*|ursprunglich\\w*)\\b`,
    `\\bvon mir\\b`,
    `\\bkommentare\\b`,
    `\\bwas wurde\\b[^.]{0,30}\\bkosten`,
    `\\bnichts (?:neues|mehr) (?:hinzufugen|einbauen)`,
  ]),
  pay: rx([
    `\\b(?:bonus|trinkgeld|pramie)\\b`,
    `\\b(?:meilenstein|milestone)\\w*\\s+(?:\\S+\\s+){0,4}?(?:an|anlegen|angelegt|hinzugefugt|erstellt|erstellen|finanziert|eingerichtet|auf)\\b`,
    `\\b(?:lege|erstelle|richte|finanziere)\\s+(?:ich\\s+)?(?:dafur\\s+)?(?:einen|den|noch einen)?\\s*(?:neuen\\s+)?(?:meilenstein|milestone|vertrag)`,
    `\\b(?:neuen|weiteren|separaten|zusatzlichen|extra)\\s+(?:meilenstein|milestone|vertrag|auftrag)`,
    `\\b(?:zahle|bezahle|zahlen)\\s+(?:ich\\s+|wir\\s+)?(?:dir\\s+|ihnen\\s+)?(?:\\d|\\$|extra|mehr|gern|gerne|die mehrarbeit)`,
    `\\b(?:mehrarbeit|extraarbeit)\\s+(?:\\w+\\s+)?(?:bezahle|zahle|verguten|vergute)`,
    `\\b(?:erhohe|erhohen|erhoht|aufstocken|stocke)\\s+(?:ich\\s+)?(?:das\\s+|dein\\s+|ihr\\s+)?(?:budget|honorar|preis|betrag)`,
    `\\b(?:budget|honorar)\\s+(?:\\w+\\s+)?(?:erhohen|erhohe|aufstocken)`,
    `\\b\\d+\\s*(?:dollar|euro|usd|€|\\$)?\\s*(?:extra|mehr|zusatzlich)\\b`,
    `\\b(?:schicke|sende|gebe)\\s+(?:dir|ihnen)\\s+(?:einen\\s+|ein\\s+)?(?:bonus|trinkgeld|\\d)`,
    `\\bverguten\\b|\\bvergutung\\b`,
    `\\b(?:festpreis|budget|preis|honorar)\\b[^.]{0,30}?\\berhoh\\w*`,
    `\\bich ubernehme (?:das|die kosten|den aufwand)\\b`,
    `\\b\\d+\\s*(?:\\$|€|euro|dollar)\\s+(?:\\S+\\s+){0,4}?(?:draufgelegt|aufgestockt|dazu)`,
  ]),
  notPay: rx([
    `\\b(?:zahle|bezahle)\\s+(?:ich\\s+)?(?:dafur\\s+)?nicht\\b`,
    `\\b(?:kein|keinen|ohne)\\s+(?:aufpreis|mehrpreis|neuen meilenstein|bonus|extra\\w*)`,
    `\\b(?:kostenlos|umsonst|inklusive|inbegrifen)\\b`,
    `\\bwill keinen\\b`,
  ]),
  block: rx([
    `\\b${APPROVE}\\b[^.]{0,70}?\\b${COND}\\b`,
    `\\b(?:erst|nur)\\b[^.]{0,40}?\\b(?:frei|freigegeben|genehmig\\w*|zahl\\w*|schlies\\w*)\\b[^.]{0,40}?\\b(?:wenn|sobald|nachdem)`,
    `\\b(?:keine|ohne)\\b[^.]{0,50}?\\b(?:freigabe|zahlung|abnahme|genehmigung)\\b`,
    `\\b(?:schlechte|negative|miese)\\s+bewertung`,
    `\\b(?:wenn|falls) (?:du|sie) (?:5|funf) sterne`,
    `\\berst\\b[^.]{0,50}?\\bdann\\b[^.]{0,30}?(?:frei|zahl|genehmig|schlies)`,
    `\\b${COND}\\b[^.]{0,60}?\\b(?:gebe ich|zahle ich(?! \\d)|genehmige ich|schliese ich)\\b`,
  ]),
  notBlock: rx([`\\b(?:heute abend|morgen|wenn ich (?:zuruck|wieder))\\b`, `\\b(?:habe|hab)\\b[^.]{0,30}\\b(?:genehmigt|freigegeben)\\b`, `^(?:zahlung|meilenstein|betrag) (?:ist )?freigegeben\\b`]),
  blockExtra: rx([`\\b(?:auch|noch|zusatzlich\\w*|extra|neue\\w*|weitere\\w*)\\b`, `\\b(?:hinzugefugt|eingebaut|drin)\\b`]),
  clause: /,|:|;| - | aber | und auserdem | und dann /g,
  stopwords: words(`
    der die das den dem des ein eine einen einem einer und oder aber auch noch bitte danke hallo ich du sie wir ihr es
    mir dir uns ihnen mein dein unser ihr zu zum zur mit fur auf in im an am von vom bei aus ist sind sein soll sollte
    konnen konnten kannst konnte wurden machen mach bauen bau einbauen hinzufugen fug fuge erganzen erstellen anlegen
    integrieren brauchen brauche zusatzlich auserdem weitere neue neuen kleinigkeit gern gerne dass wenn schon dabei`),
  generic: prefixes('seite bereich funktion version webseite website site app anwendung sache teil option'),
};
