import { type Lexicon, prefixes, rx, words } from './types';

// Italian. Text is normalised: accents off ("già" = "gia", "più" = "piu", "è" = "e"), doubled
// consonants single ("aggiungere" = "agiungere"); patterns are written in plain spelling and folded
// the same way. Clients write both the formal Lei ("potrebbe aggiungere") and the informal tu
// ("potresti aggiungere"), often without accents ("e'", "piu", "gia").
const ALSO = '(?:anche|inoltre|in piu|in aggiunta)';
// Verbs that make new work. Not: mandare, correggere, controllare (those finish what was agreed).
const MAKE =
  '(?:aggiung\\w*|inseri\\w*|inserisc\\w*|mett\\w*|fai|fare|fate|facci\\w*|farmi|farci|crea\\w*|cre[io]\\b|integr\\w*|inclu\\w*|implement\\w*|svilupp\\w*|tradu\\w*|migr\\w*|progett\\w*|disegn\\w*|scriv\\w*|realizz\\w*|prepar\\w*|configur\\w*|impost\\w*|serv\\w*|vorr\\w*|vogli\\w*|bisogn\\w*|avere|aver|ampli\\w*|estend\\w*|gestire|supportare|occupar\\w*)';
const THING =
  '(?:pagine?|sezion[ei]|funzionalita|funzion[ei]|landing\\w*|illustrazion[ei]|banner|loghi|lingue?|schede?|schermat[ae]|moduli|articoli|video|template|modelli|campi|prodotti|report|dashboard|pannelli|app|grafiche|post|caroselli|varianti|formati|lezioni|capitoli|livelli|pacchetti)';
// Approving, releasing or paying: "pago" only when it is no offer ("pago volentieri", "pago 50 euro extra").
const APPROVE =
  '(?:approv|rilasc|sbloc|pag(?!o (?:volentieri|extra|\\d|un |anche|di piu|in piu|la diferenza|a parte|il tempo|le ore|con piacere))|chiud|accett|valid|liber|saldo|salder)';
const UNTIL = '(?:finche|fino a quando|fino a che|fintanto che|prima che|prima di|senza|se non|a meno che)';
const COND = '(?:dopo (?:il|la|lo|i|gli|le|l\')|quando|appena|non appena|una volta che|una volta|solo se|soltanto se|solo dopo|solo quando|dopo che|dopo aver\\w*|se|finche)';
const LANGS = '(?:inglese|tedesco|francese|spagnolo|portoghese|russo|cinese|arabo|giapponese|olandese|polacco|ucraino|rumeno|greco|turco|svedese|catalano)';
const PLATFORMS = '(?:android|ios|iphone|ipad|tablet|mac|windows|linux|shopify|wordpress|woocommerce|instagram|facebook|tiktok|linkedin|whatsapp|telegram|amazon|ebay|smart ?tv|desktop|alexa)';

export const it: Lexicon = {
  lang: 'it',
  add: rx([
    `\\b(?:andiamo avanti|continuiamo|continuare)\\b[^.]{0,30}?\\bfinche\\b[^.]{0,20}?\\b(?:non )?(?:mi )?(?:piace|convince|e perfett\\w*|sono soddisfatt\\w*)\\b|\\btutte le (?:revisioni|modifiche|versioni) che (?:servono|servira|sono necessarie)\\b`,
    `\\b(?:sarebbe|e)\\s+(?:tanto lavoro|molto lavoro|complicato|difficile|un problema)\\s+(?:aggiungere|inserire|mettere|integrare|fare)\\b`,
    // "potresti anche aggiungere", "potrebbe inserire anche", "puoi fare anche", "riesci a mettere anche"
    `\\b(?:potresti|potreste|potrebbe|potrebbero|puoi|potete|puo|possono|riesci a|riuscite a|riusciresti a|riuscireste a|riuscirebbe a)\\s+(?:\\w+\\s+)?${ALSO}\\b(?! (?:essere|darsi|andare bene)\\b)`,
    `\\b(?:potresti|potreste|potrebbe|riusciresti|riuscireste)\\b[^.?]{0,40}?\\banche\\b(?! (?:essere|darsi|andare bene)\\b)`,
    `\\b${ALSO},?\\s+(?:\\w+\\s+)?${MAKE}`,
    // Imperatives with "anche": "aggiungi anche", "metti pure", "fai anche i banner"
    `\\b(?:aggiungi|aggiungete|aggiunga|aggiungere|aggiungerei|aggiungiamo|metti|mettete|metta|mettere|mettiamo|inserisci|inserite|inserisca|inserire|crea|create|crei|creare|creiamo|fai|fate|faccia|fare|facciamo|integra|integrate|integri|integrare|includi|includete|includa|includere|traduci|traducete|tradurre|prepara|preparate|preparare|realizza|realizzate|realizzare|sviluppa|sviluppare|scrivi|scrivete|scrivere|progetta|progettare|disegna|disegnare|implementa|implementare)\\s+(?:\\S+\\s+){0,6}?(?:${ALSO}|pure)\\b`,
    `\\b(?:aggiungi|aggiungete|metti|mettete|inserisci|fai|fate|crea|create|integra|includi) (?:pure|anche)\\b`,
    // Clitic imperatives that name new work: "aggiungici un blog", "mettici anche", "fammi anche"
    `\\b(?:aggiungici|aggiungeteci|mettici|metteteci|inseriscici|aggiungimi|aggiungetemi|mettimi|mettetemi|inseriscimi|aggiungigli|mettigli|fammi|facci|fatemi|preparami|creami|realizzami|aggiungile|aggiungilo)\\s+(?:\\w+\\s+)?(?:anche|pure|un|una|uno|un'|altr\\w+|\\d+)\\b(?! (?:po|attimo|momento|favore|preventivo|prezzo|sapere|fattura)\\b)`,
    // "un'altra cosa", "ancora una cosa", "un'ultima cosa", "ah e poi"
    `\\b(?:un'?\\s?altra|ancora una|un'?\\s?ultima) (?:piccola )?(?:cosa|cosetta|cosina|richiesta|funzionalita|pagina)\\b|(?<!')\\b(?:altra|ultima) (?:piccola )?(?:cosa|cosetta|cosina)\\b`,
    `\\b(?:ah|oh|ehm),?\\s+e poi\\b`,
    `\\b(?:ah|oh),? dimenticavo\\b|\\bdimenticavo\\b|\\b(?:mi sono|mi ero) (?:dimenticat[oa]|scordat[oa]) di (?:dirti|dirvi|dirle|chiederti|chiedervi|chiederle|specificare|menzionare|scriverti|aggiungere)\\b`,
    `\\b(?:gia|visto|dato) che ci (?:sei|siete|sta|stai|state|siamo|e)\\b`,
    `\\b(?:approfitto|ne approfitto|approfittane|approfittiamo)\\w*\\s+(?:anche\\s+)?(?:per|e)\\s+(?:chieder\\w*|aggiung\\w*|far\\w*|mett\\w*|inser\\w*)`,
    // Something needed too: "mi servirebbe anche", "ci vorrebbe pure", "serve anche la versione per iPad"
    `(?<!\\b(?:ti|vi|le|se) )\\b(?:mi |ci )?(?:servirebbe|servirebbero|serve|servono|servira|serviranno|occorre|occorrono|occorrerebbe|vorrebbe|vorrebbero)\\s+(?:\\w+\\s+){0,3}?(?:anche|pure|inoltre|in piu)\\b`,
    `\\b(?:ci|mi) (?:servirebbe|servirebbero|vorrebbe|vorrebbero)\\b(?!\\s+(?:la fattura|una fattura|la ricevuta|sapere|capire|un aggiornamento|una risposta|una call|una chiamata|il link|la password|le credenziali|un attimo|qualche giorno)\\b)`,
    `\\b(?:vorrei|vorremmo|voglio|vogliamo|volevo|volevamo|mi serve|ci serve|mi servono|ci servono|servirebbe|ho bisogno|abbiamo bisogno|avrei bisogno|avremmo bisogno|mi piacerebbe|ci piacerebbe|desidero|desideriamo|desidererei|preferirei|preferiremmo|bisogna|bisognerebbe|dovremmo|dovrei)\\b[^.]{0,60}?\\b(?:anche|inoltre|in piu|pure|in aggiunta)\\b(?! (?:io|noi|tu|voi|lui|lei|loro)\\b)`,
    `\\b(?:vorrei|vorremmo|voglio|vogliamo|volevo|volevamo|mi piacerebbe|ci piacerebbe|avrei bisogno di|avremmo bisogno di|pensavo di|pensavamo di|abbiamo deciso di|ho deciso di)\\s+(?:anche\\s+)?(?:ampliare|estendere|aggiungere|integrare|includere|inserire|espandere|allargare|arricchire|mettere)\\b(?! che\\b)`,
    // "sarebbe possibile / si può / è possibile" + adding
    `\\b(?:sarebbe possibile|e possibile|e' possibile|si puo|si potrebbe|sarebbe fattibile|e fattibile|riusciresti a|riesci a)\\b[^.]{0,50}?\\b(?:aggiung\\w*|inserir\\w*|inserisc\\w*|includ\\w*|integr\\w*|implement\\w*|aver\\w* anche)`,
    `\\b(?:sarebbe possibile|e possibile|e' possibile|si puo|si potrebbe)\\s+(?:avere|fare|creare|realizzare|preparare|sviluppare)\\s+(?:anche\\s+)?(?:un|una|uno|un'|altr\\w+|\\d+)\\s+(?!(?:call|chiamata|riunione|fattura|ricevuta|aggiornamento|risposta|stima|anteprima|proroga)\\b)`,
    `\\b(?:c'e|ce|ci sarebbe|ci sara) (?:un |il )?(?:modo|possibilita|la possibilita|maniera) (?:di|per)\\b[^.]{0,40}?\\b(?:anche|aggiung\\w*|inser\\w*|inclu\\w*|integr\\w*|avere|mett\\w*|crea\\w*)`,
    // "pensavo fosse incluso", "davo per scontato", "credevo che il prezzo comprendesse anche"
    `\\b(?:davo|do|davamo|diamo|avevo dato) per scontato\\b|\\bcontavo (?:sul fatto )?che\\b`,
    `\\b(?:pensavo|pensavamo|credevo|credevamo|immaginavo|supponevo|ero convint[oa]|eravamo convinti|avevo capito|avevamo capito|mi aspettavo|ci aspettavamo)\\b[^.]{0,60}?\\b(?:inclus[oaie]|compres[oaie]|includesse|includessero|comprendesse|comprendessero|includ\\w+|comprend\\w+|anche(?! (?:io|noi)\\b)|ci fosse|ci fossero|facesse parte|rientrasse|coprisse)\\b`,
    // Growth: "10 pagine invece di 5", "ora sono 200 prodotti, non 50", "adesso deve supportare 5 lingue"
    `\\b\\d+\\s+(?!(?:giorni|settimane|ore|minuti|mesi|euro|eur|dollari|usd|%)\\b)(?:\\w+\\s+){0,3}?(?:invece di|invece che|anziche|al posto di|piuttosto che)\\s+(?:\\w+\\s+)?\\d+\\b`,
    `\\b(?:ora|adesso|ormai)\\s+(?:sono|servono|ne servono|ci servono|vogliamo|ne vogliamo|abbiamo|ci sono)\\s+\\d+\\b[^.]{0,40}?\\b(?:non|e non|invece di|anziche)\\s+\\d+\\b`,
    `\\b(?:ora|adesso)\\s+(?:ci |mi |ne )?(?:servono|serve|vogliamo|vorremmo|ci vogliono|sono)\\s+\\d+\\s+(?!(?:giorni|settimane|ore|minuti|mesi|euro|eur|dollari|usd)\\b)\\w+`,
    `\\b(?:ora|adesso|d'ora in poi|da ora|da adesso)\\s+(?:\\w+\\s+)?(?:deve|devono|dovra|dovranno|dovrebbe|dovrebbero|bisogna)\\s+(?:anche\\s+)?(?:supportare|gestire|accettare|includere|mostrare|avere|permettere|integrare|parlare|coprire|contenere|offrire)\\b`,
    `\\b(?:ora|adesso)\\b[^.]{0,25}?\\b(?:vuole|vogliono|vorrebbe|vorrebbero|chiede|chiedono|richiede|pretende)\\b(?! (?:sapere|capire|vedere|parlare|sentire|una call|un aggiornamento|quando|a che punto|come|perche|dove)\\b)`,
    `(?<!\\b(?:pago|paghero|pagherei|do|daro|darei|ti|vi) )\\b(?:\\d+|altri|altre)\\s+(?!(?:giorni|settimane|ore|minuti|mesi|euro|eur|dollari|usd|%)\\b)(?:\\S+\\s+){0,2}?(?:in piu|extra|aggiuntiv\\w*|in aggiunta)\\b`,
    `\\bne (?:vorrei|vorremmo|voglio|vogliamo|servono|servirebbero|mi servono|ci servono|ci vogliono|ci vorrebbero)\\s+(?:\\w+\\s+)?(?:altr[eio]|ancora|\\d+)\\b`,
    `\\baltr[ie]\\s+(?:\\d+|due|tre|quattro|cinque|sei|sette|otto|dieci|venti)\\s+(?!(?:giorni|settimane|ore|minuti|mesi|euro|eur|dollari)\\b)\\w+`,
    `\\b${THING}\\s+(?:aggiuntiv\\w*|extra|in piu|ulterior\\w*)\\b`,
    `\\b(?:nuov[oaie]|ulterior[ie])\\s+(?:funzionalita|sezion[ei]|pagine|lingue|schede|moduli|integrazion[ei]|requisiti|richieste)\\b`,
    // Language versions, platforms: "lo vogliamo anche in inglese", "anche per Android"
    `\\b(?:lo|la|li|le)\\s+(?:vogliamo|voglio|vorremmo|vorrei)\\s+(?:anche\\s+)?in\\s+${LANGS}\\b`,
    `\\b(?:anche|pure) in\\s+${LANGS}\\b|\\btradott\\w* (?:anche )?in\\s+${LANGS}\\b`,
    `\\b(?:anche|pure) (?:per|su|in|con|sull'|nell')\\s*${PLATFORMS}\\b`,
    // Someone else wants it: "un mio cliente vuole", "il mio socio vuole"
    `\\b(?:un|una|il|la|l')\\s*(?:mio\\s+|mia\\s+|nostro\\s+|nostra\\s+)?(?:cliente|socio|socia|capo|responsabile|titolare|collega|amico|investitore|direttore|direttrice|direzione|consiglio|ceo|team)\\s+(?:ora\\s+|adesso\\s+|anche\\s+)?(?:vuole|vorrebbe|chiede|ha chiesto|richiede|desidera|ha bisogno)\\b(?! (?:sapere|capire|vedere|parlare|sentire|che sia|una call|un aggiornamento|la fattura|se)\\b)`,
    `\\b(?:un|una)\\s+(?:cliente|socio|amico)\\s+(?:mio|nostro)\\s+(?:vuole|vorrebbe|chiede|ha chiesto|richiede|ha bisogno)\\b`,
    // "Ora che il sito è finito, passiamo all'app"
    `\\b(?:passiamo|passerei|passeremmo|andiamo avanti|procediamo)\\s+(?:ora\\s+|adesso\\s+)?(?:a|al|alla|allo|ai|alle|agli|all'|con)\\b(?!\\s*(?:test|revisione|revisioni|consegna|pagamento|chiamata|call|correzioni|collaudo|fattura|saldo|lancio|pubblicazione|messa online|prossimo punto|approvazione|chiusura|fase di test)\\b)`,
    // "ti occupi anche dei social?", "te ne occupi anche tu?"
    `\\b(?:ti|vi|si)\\s+(?:puoi |potresti |potete |potrebbe )?occup\\w*\\s+(?:anche|pure)\\b|\\b(?:te|ve|se) ne (?:puoi |potresti |potete )?occup\\w*\\b|\\boccupart\\w*\\s+(?:anche|pure)\\b`,
    `\\b(?:dovrebbe|dovrebbero|deve|devono|dovra|dovranno)\\s+(?:\\w+\\s+)?(?:anche|pure|inoltre)\\b(?! (?:essere (?:pronto|pronta|finito|finita|consegnato|consegnata|corretto|corretta)|funzionare come)\\b)`,
    `\\b(?:e se|che ne (?:dici|dite|pensi|pensate|direste) (?:di|se))\\s+(?:ci\\s+)?(?:aggiung\\w*|mett\\w*|facess\\w*|fare|far\\w*|inser\\w*|cre\\w*|integr\\w*|includ\\w*|avess\\w*|avere|aggiungiamo|mettiamo|facciamo)\\b(?!\\s+(?:\\w+\\s+)?(?:call|chiamata|riunione|videochiamata|pausa)\\b)`,
    `\\be se ci (?:fosse|fossero) anche\\b`,
    `\\banche\\b[^.]{0,60}?\\bsarebbe (?:utile|comodo|bello|carino|ottimo|fantastico|perfetto|il massimo)\\b`,
    `\\b(?:sarebbe|sarebbe davvero|sarebbe molto) (?:bello|bellissimo|ottimo|fantastico|perfetto|utile|carino|top|il massimo|ideale|figo|comodo|grandioso)\\s+(?:se|avere|aggiungere|poter)\\b(?!\\s+(?:\\w+\\s+){0,2}?(?:consegn|finir|finiss|chiuder|chiudess|complet|mandar|mandass|rispond|sistem|corregg|rispett)\\w*)`,
    `\\bnon (?:dimenticare|dimenticarti|scordarti|scordare|dimenticate|dimentichi) di (?:aggiungere|inserire|includere|mettere|fare|creare|integrare) (?:anche )?(?:un|una|uno|un'|il|la|i|le|gli)\\b`,
    `\\b(?:nuovi requisiti|requisiti nuovi|nuove richieste|richieste nuove|mi e venuta (?:in mente )?un'?\\s?idea|ho avuto un'?\\s?idea|ci e venuta un'?\\s?idea|ho pensato a una cosa)\\b`,
    `\\bmanca (?:una cosa|qualcosa|un dettaglio|ancora una cosa)\\b`,
    `\\boltre (?:a|al|alla|allo|ai|alle|agli|all')\\b[^.]{0,60}?\\b(?:anche|pure|serv\\w*|vorr\\w*|vogli\\w*|aggiung\\w*|bisogn\\w*)\\b`,
    `\\b(?:quanto|che prezzo|a quanto)\\s+(?:mi\\s+|ci\\s+)?(?:chiederesti|chiedereste|chiederebbe|verrebbe|costerebbe|faresti pagare|fareste pagare|prenderesti|chiedi|chiedete)\\s+(?:per|a)\\s+(?:aggiungere|fare|creare|realizzare|inserire|integrare|sviluppare|tradurre|un|una|uno|un'|il|la|lo|l'|i|le|gli|altr\\w+)`,
    `\\bquanto (?:mi |ci )?(?:verrebbe|costerebbe|costerebbero|chiederesti|chiedereste|faresti pagare)\\s+(?:a costare\\s+)?(?:\\w+\\s+)?(?:la|il|lo|l'|un|una|uno|un'|i|le|gli|anche|aggiungere|fare|tradurre)\\b`,
    `\\bquanto (?:costerebbe|costa|verrebbe) (?:aggiungere|fare anche|inserire|integrare|creare|tradurre|avere anche)\\b`,
    `\\b(?:vorrei|vorremmo|voglio|vogliamo|serve|mi serve|ci serve|bisogna|volevo) che (?:ogni|ciascun|tutti gli|tutti i|tutte le|i|gli|le|i nostri|le nostre)\\s+(?:\\w+\\s+)?(?:clienti|cliente|utenti|utente|visitatori|visitatore|membri|membro|iscritti|iscritto|studenti|studente|acquirenti|soci|dipendenti|abbonati)\\s+(?:\\w+\\s+)?(?:possa|possano|potesse|potessero|abbia|abbiano|riceva|ricevano|veda|vedano)\\b`,
    `\\b(?:aggiungerei|aggiungeremmo|metterei|metteremmo|inserirei|inseriremmo|integrerei|integreremmo|includerei|includeremmo)\\b(?! (?:che|solo|altro|nulla|niente)\\b)`,
    `\\b(?:sono|saranno|servono|diventano|vogliamo|ne servono|ne vogliamo)\\s+\\d+\\s*,?\\s+(?:e\\s+)?non\\s+(?:piu\\s+)?\\d+\\b`,
    `\\b(?:puo|possono|potrebbe|potrebbero)\\s+(?:\\w+\\s+)?anche\\s+(?:avere|includere|mostrare|gestire|rispondere|parlare|funzionare|supportare|contenere|inviare|mandare|calcolare|generare)\\b`,
  ]),
  addWeak: rx([
    `\\bversion[ei]\\s+(?:in\\s+)?(?:inglese|tedesca|tedesco|francese|spagnola|spagnolo|portoghese|russa|cinese|araba|olandese|polacca|giapponese)\\b`,
    `(?:^|[,:;(]\\s*|\\b(?:e|per favore|per piacere|perfavore|ciao|salve|buongiorno|pls|please|dai|poi|quindi)\\s+)(?:aggiungi|aggiungete|aggiunga|aggiungici|inserisci|inserite|inserisca|mettici|crea|create|crei|integra|integrate|integri|includi|includete|includa|realizza|realizzate|prepara|preparate|implementa|implementate)\\b`,
    `\\b(?:puoi|potresti|potete|potreste|potrebbe|puo|riesci a|riusciresti a|riuscite a|si puo|si potrebbe)\\s+(?:\\w+\\s+)?(?:aggiungere|creare|fare|integrare|includere|inserire|progettare|migrare|tradurre|sviluppare|realizzare|implementare|scrivere|ampliare|estendere|disegnare|impostare|configurare|preparare)\\b`,
    `(?<!\\b(?:ti|vi|le|se) )\\b(?:vorrei|vorremmo|voglio|vogliamo|volevo|volevamo|mi serve|ci serve|mi servirebbe|ci servirebbe|servirebbe|serve|servono|mi servono|ci servono|ho bisogno di|abbiamo bisogno di|avrei bisogno di|avremmo bisogno di|bisogna|ci vuole|ci vorrebbe|mi piacerebbe|ci piacerebbe)\\s+(?:che\\s+)?(?:anche\\s+)?(?:un|una|uno|un'|\\d+|aggiungere|inserire|mettere|creare|integrare|includere|altr\\w+)\\b(?!\\s*(?:che|fattura|ricevuta|aggiornamento|call|chiamata|riunione|risposta|conferma|preventivo|stima|po|momento|attimo|minuto|giorno|giorni|settimana|consiglio|parere|feedback|copia|link|password|mano|mail|email|chiarimento|secondo)\\b)`,
    `\\bdovrebbe (?:anche )?(?:avere|includere|supportare|gestire|permettere|mostrare|contenere)\\b`,
    `\\b(?:lo|la|li|le|ce|me) (?:possiamo|puoi|potresti|potete|potreste|riesci a|riusciresti a) (?:aggiungere|inserire|mettere|integrare|includere)\\b`,
    `\\b(?:deve|devono|dovra|dovranno)\\s+(?:anche\\s+)?(?:avere|includere|supportare|gestire|permettere|contenere|integrare|offrire)\\b`,
    `\\b(?:ci|mi) manca (?:anche )?(?:un|una|uno|un')\\b|^\\W*(?:e )?magari (?:anche )?(?:un|una|uno|un')\\b`,
    `\\b(?:tradurre|tradurlo|tradurla|tradurli|tradurle|traduci|traducete|tradotto|tradotta|tradotti|tradotte)\\b[^.]{0,40}?\\bin\\s+${LANGS}\\b`,
    `\\b(?:sarebbe possibile|e possibile|e' possibile)\\s+(?:avere|fare|creare)\\b`,
  ]),
  addLoose: rx([`\\b(?:puoi|potresti|potete)\\s+(?:fare|cambiare|modificare)\\b`]),
  notAddAnnounced: rx([
    `\\b(?:correggi\\w*|correggere|sistem\\w*|aggiust\\w*|bug|errore|errori|refuso|non funziona|non va|rotto|rotti|password|domanda)\\b`,
    `\\b(?:mi |ci )?conferm\\w*\\b|\\b(?:la|una) (?:call|chiamata|riunione)\\b|\\b(?:hai|avete|ha) (?:ricevuto|visto|letto|controllato)\\b|\\bquando (?:consegni|consegnate|pensi di|pensate di|finisci|finite|sara pront\\w*)\\b`,
  ]),
  notAdd: rx([
    // A guess at a cause, no request: "potrebbe anche essere la cache".
    `\\b(?:potrebbe|puo|potrebbero) (?:anche )?essere\\b`,
    `\\bgrazie\\b[^.]{0,25}?\\b(?:per|di|aggiunt\\w*|inserit\\w*|messo)\\b|\\b(?:ti|vi|la) ringrazio\\b|\\bringraziar\\w*\\b`,
    `\\b(?:ti|vi|le|gli)\\s+(?:ho|abbiamo)\\s+(?:aggiunto|inserito|messo|caricato|mandato|inviato|girato|allegato)\\b`,
    `\\b(?:ho|abbiamo) (?:appena |gia )?(?:aggiunto|inserito|caricato|allegato|mandato|inviato|girato|creato)\\b`,
    `\\b(?:in allegato|allego|ti allego|vi allego|le allego|le invio|allegat[oaie])\\b`,
    `\\b(?:informazioni|info|dati|dettagli|documenti|materiali|testi|note)\\s+(?:\\w+\\s+)?(?:aggiuntiv\\w*|in piu|extra)\\b`,
    `\\b(?:come|secondo quanto|quanto|per quanto)\\s+(?:gia\\s+)?(?:concordato|d'accordo|deciso|stabilito|pattuito|previsto|discusso|detto|indicato|scritto|da brief|nel brief|da preventivo|nella proposta|nel preventivo|nel contratto|da contratto|da capitolato|avevamo detto|abbiamo detto|ci siamo detti|promesso)\\b`,
    `\\b(?:concordat[oaie]|pattuit[oaie]|previst[oaie] (?:dal|nel) (?:contratto|preventivo|brief|progetto))\\b`,
    `\\b(?:lista|elenco|perimetro|preventivo|piano|brief|progetto|accordo) (?:originale|iniziale|di partenza)\\b`,
    `\\bnon (?:aggiungere|aggiungete|aggiungerei|aggiungiamo|serve aggiungere|c'e bisogno di aggiungere|fare altro|serve altro|voglio|vogliamo|mi serve|ci serve|mi servono|ci servono|servono|ho bisogno|abbiamo bisogno)\\b`,
    `\\bquanto (?:costa|costano|ti devo|vi devo|manca|ci vuole|ci vorra|tempo)\\b`,
    `\\b(?:aggiungere|aggiungi|mettere|metti|inserire|inserisci) (?:dei |i |qualche )?commenti (?:al|nel|nei) codic\\w*\\b`,
    `\\b(?:creo|creero|ho creato|creare|apro|aprire|apriro|apriamo|aggiungo|aggiungero|aggiungiamo|ho aggiunto|finanzio|finanziero|ho finanziato|attivo|ho attivato)\\s+(?:\\w+\\s+){0,2}?(?:un'|l')?(?:altr\\w+\\s+)?(?:milestone|contratto|offerta)\\b`,
    `\\b(?:aggiungimi|aggiungetemi|aggiungermi|mi aggiungi|mi aggiungete|mi puoi aggiungere|aggiungi anche me)\\s+(?:\\w+\\s+)?(?:su|a|al|in|nel|nella|alla|come)\\b`,
    `\\bche (?:hai|avete|ha) (?:gia )?(?:fatto|aggiunto|creato|inserito|realizzato|preparato|messo)\\b`,
    `\\b(?:correggere|correggi|correggete|corregga|correggilo|correggila|sistemare|sistemi|sistemalo|sistemala|sistemarla|sistemarlo|aggiustare|aggiusta|aggiustate|risolvere|risolvi|risolvete|fixare|controllare|controlla|controllate|verificare|verifica)\\b`,
    `\\b(?:correzion\\w*|ritocch\\w*|bug|errore|errori)\\b`,
    `\\b(?:ti|vi) (?:serve|servono|servirebbe|manca|occorre)\\b|\\bse (?:hai|avete|ha) bisogno\\b|\\bda parte (?:mia|nostra)\\b`,
    `\\b(?:mandar|inviar|girar|spedir)\\w*\\s+(?:\\w+\\s+){0,2}?(?:fattura|ricevuta|file|sorgent\\w*|link|password|credenziali|aggiornamento|screenshot|anteprima|bozza|zip)\\b`,
    `\\b(?:sapere|capire) (?:quando|a che punto|come va|come procede|quanto manca|se (?:hai|avete|ha|sei|siete) (?:ricevuto|visto|letto|finito|completato|caricato|mandato|inviato))\\b`,
    `\\b(?:serve|servirebbe|servono|mandami|inviami|mandarmi|inviarmi)\\b[^.]{0,20}?\\b(?:fattura|ricevuta|password|credenziali)\\b`,
    `\\b(?:prenditi|prenderti|prendervi|prendetevi|con calma)\\b`,
    `\\b(?:dirti|dirvi|dirle) che\\b(?!\\s+(?:\\w+\\s+){0,3}?(?:serv|vorr|vogli|bisogn|aggiung|manca)\\w*)|\\b(?:la|una|della|nella) (?:fattura|ricevuta)\\b(?! (?:elettronica|automatica))`,
    `\\b(?:bozza|bozze|anteprima|demo|preview|stato dei lavori)\\b`,
    `\\b(?:ti|vi) (?:riconosco|pago|paghero|do|daro|mando|verso)\\b[^.]{0,40}?\\bper (?:il|i|le|la|lo|l') ?(?:lavoro|lavori|ore|tempo|revisioni|modifiche|impegno|disturbo)\\b`,
    `\\b(?:nessun|nessuna) (?:extra|costo|supplemento|sovrapprezzo)\\b|\\b(?:e|era|sono|erano) gia (?:tutto )?(?:nel preventivo|nel prezzo|nel contratto|inclus[oaie]|compres[oaie])\\b`,
    `\\b(?:spiegare|spiegarmi|spiegami|spiegarci|mostrarmi|mostrami|farmi vedere|dirmi|dimmi|insegnarmi) (?:come|dove|quale|perche)\\b`,
  ]),
  pay: rx([
    `\\b(?:stessa tariffa|stesso prezzo|stesso compenso|stessa cifra)\\s+(?:per|a|di)\\b`,
    `\\bpropon(?:i|imi|ga|etemi)\\s+(?:una|un)\\s+(?:nuova\\s+)?milestone\\b|\\b(?:la|lo) finanzio\\b`,
    `\\b(?:mandato|inviato|aggiunto|mando|invio|aggiungo)\\s+(?:un\\s+)?(?:piccolo\\s+)?(?:extra|mancia|regalino)\\b`,
    `\\b(?:quanto|che prezzo|a quanto)\\s+(?:mi\\s+|ci\\s+)?(?:chiederesti|chiedereste|chiederebbe|verrebbe|costerebbe|costerebbero|faresti pagare|fareste pagare|prenderesti|prendereste)\\b`,
    `\\bquanto (?:mi |ci )?(?:chiedi|chiedete|vuoi|volete|prendi|costa) (?:per|a) (?:aggiungere|fare|creare|realizzare|inserire|integrare|sviluppare|tradurre|l'|un|una|uno|un'|altr\\w+)`,
    `\\b(?:mandami|mandaci|inviami|inviaci|fammi|facci|mi mandi|mi fai|mi faresti|mi prepari|preparami|puoi farmi|potresti farmi|potresti mandarmi|puoi mandarmi|mi invii|mi inviate|mandatemi|fatemi|mi manda|mi faccia|mi invii)\\s+(?:\\w+\\s+)?(?:un\\s+|il\\s+)?(?:preventivo|prezzo|quotazione|stima dei costi|stima del costo)\\b`,
    `\\b(?:dimmi|ditemi|mi dica|mi dici) (?:tu )?(?:quanto (?:vuoi|volete|chiedi|chiedete|costerebbe|verrebbe)|il (?:tuo )?prezzo)\\b`,
    `\\b(?:parlare|parliamo|discutere|discutiamo|vedere|vediamo|ragionare|ragioniamo|accordarci|accordiamoci|definire|definiamo)\\s+(?:di\\s+|del\\s+|dello\\s+|su\\s+|sul\\s+|un\\s+)?(?:un\\s+)?(?:budget|compenso|pagamento|costo|prezzo|importo)\\s+(?:extra|aggiuntiv\\w*|maggiore|in piu|ulteriore|a parte)\\b`,
    `\\b(?:bonus|mancia|gratifica|premio)\\b`,
    `\\b(?:(?:ho|abbiamo) (?:gia |appena |ora )?(?:creato|aggiunto|aperto|finanziato|attivato|impostato)|creo|creero|crea|creare|creiamo|aggiungo|aggiungero|aggiungiamo|apro|aprire|apriro|apriamo|finanzio|finanziero|attivo|faccio|facciamo|ti mando|ti invio|ti mandero|ti inviero|ti faccio|ti propongo|propongo)\\s+(?:\\w+\\s+)?(?:un'|l')?(?:un|una|uno|il|la|lo|nuov\\w+|altr\\w+|second\\w*)?\\s*(?:nuov\\w+\\s+|altr\\w+\\s+|seconda\\s+|secondo\\s+)?(?:milestone|contratto|offerta)\\b`,
    `\\b(?:milestone|contratto|offerta)\\s+(?:nuov\\w*|separat\\w*|a parte|aggiuntiv\\w*|extra|in piu|dedicat\\w*|apposit\\w*|\\d+ finanziat\\w*)`,
    `\\b(?:nuov[oaie]|altr[oaie]|seconda|secondo|ulterior[ei])\\s+(?:milestone|contratto)\\b|\\bun'altra milestone\\b`,
    `\\b(?:ti|vi|le)\\s+(?:pago|pagherei|paghero|pagheremo|paghiamo|riconosco|riconoscerei|riconoscero|do|daro|darei|mando|mandero|invio|inviero|aggiungo|giro)\\s+(?:volentieri\\s+|anche\\s+|ovviamente\\s+|sicuramente\\s+|certamente\\s+)?(?:\\w+\\s+)?(?:\\d|\\$|\\u20ac|un extra|extra|in piu|di piu|il tempo|le ore|un bonus|un premio|una mancia|la differenza|qualcosa in piu)`,
    `\\b(?:pago|pagherei|paghero|pagheremo|paghiamo)\\s+(?:volentieri|con piacere|senza problemi|il tempo|le ore|extra|la differenza|a parte|di piu|in piu|un extra)\\b`,
    `\\b(?:aumento|aumentare|aumentero|aumentiamo|alzo|alzare|alzero|alziamo|ho alzato|ho aumentato|incremento|incrementare|integro|integrare|adeguo|adeguare|ritocco)\\s+(?:io\\s+)?(?:il\\s+|la\\s+|lo\\s+|tuo\\s+|vostro\\s+)?(?:budget|prezzo|compenso|importo|tariffa|cifra|pagamento|milestone)\\b`,
    `\\b(?:ti|vi)\\s+(?:aumento|alzo|integro)\\s+(?:il\\s+|la\\s+)?(?:budget|prezzo|compenso|importo|tariffa|cifra|pagamento|milestone)\\b`,
    `\\b\\d+\\s*(?:euro|eur|dollari|usd|\\$|\\u20ac)?\\s*(?:in piu|extra|aggiuntiv\\w*|di piu)\\b`,
    `\\b(?:ti|vi) (?:compenso|compensero|ricompenso|ricompensero|rimborso|rimborsero)\\b|\\b(?:compensarti|compensarvi|ricompensarti|rimborsarti)\\b`,
    `\\b(?:lo|la|li|le|ti|vi) (?:pago|paghiamo|paghero|copro) a parte\\b|\\b(?:copro|coprirei|copriro) (?:io )?(?:i costi|la spesa|il costo|la differenza)\\b`,
    `\\b(?:ho aggiunto|aggiungo|aggiungero|aggiungere|aggiungiamo|ho messo|metto|mettere|mettiamo)\\s+(?:altri\\s+)?\\d+`,
    `\\b(?:ti|vi) (?:lascio|lascero) (?:anche )?(?:un|una) (?:bonus|mancia|extra|premio)\\b`,
    `\\b(?:piu|altro|ulteriore) budget\\b|\\bbudget (?:in piu|extra|aggiuntivo)\\b|\\bil budget non e un problema\\b`,
    `\\b(?:disposto|disposta|disposti|pronto|pronta|pronti) a pagare\\b|\\bpagare (?:la differenza|di piu|extra|un extra|a parte)\\b`,
    `\\b(?:fammi|fatemi|mi fai|mi fa|dammi) (?:tu )?(?:un|il) prezzo\\b`,
  ]),
  notPay: rx([
    `\\b(?:pdf|capitolo|contenuto|contenuti|sezione|materiale|video|pagina|ricetta|ricette|traccia|livello) bonus\\b|\\bbonus (?:pdf|capitolo|contenuto|sezione|materiale|video|pagina|punti)\\b`,
    `\\bnon\\s+(?:ti\\s+|vi\\s+|le\\s+)?(?:pago|paghero|pagherei|pagheremo|paghiamo|voglio pagare|posso pagare|intendo pagare|ho intenzione di pagare|pagare|posso aumentare|possiamo aumentare|aumento|aumentero|posso alzare)\\b`,
    `\\b(?:nessun|nessuna|senza)\\s+(?:extra|costo|costi|compenso|pagamento|supplemento|sovrapprezzo|aumento|bonus|aggiunta|spesa)\\b`,
    `\\bnon (?:voglio|vogliamo|intendo) (?:creare|aprire|aggiungere|fare)\\s+(?:un'|una\\s+|un\\s+)?(?:altr\\w+\\s+|nuov\\w+\\s+)?(?:milestone|contratto)`,
    `\\b(?:gratis|gratuit\\w*|inclus[oaie]|compres[oaie] nel prezzo|nel prezzo|gia pagat\\w*)\\b`,
    `\\bnon (?:c'e|ci sara|ci sono) (?:nessun |alcun )?(?:bonus|extra|budget)\\b`,
  ]),
  block: rx([
    `\\bprima di (?:rilasciare|approvare|pagare|chiudere|sbloccare|saldare|liberare)\\b`,
    `\\b(?:e|poi|quindi|allora|dopo)\\s+(?:ti\\s+|vi\\s+|la\\s+|lo\\s+)?(?:approvo|rilascio|sblocco|chiudo|saldo)\\b`,
    `\\bnon\\s+(?:ti\\s+|vi\\s+|le\\s+|lo\\s+|la\\s+|li\\s+|posso\\s+|intendo\\s+|ho intenzione di\\s+|voglio\\s+|vado a\\s+|potro\\s+)?${APPROVE}\\w*[^.]{0,80}?\\b${UNTIL}\\b`,
    `\\bsenza\\b(?! (?:problemi|problema|fretta|dubbio|dubbi|impegno|costi|costo|pagare|extra|offesa)\\b)[^.]{2,60}?\\bnon\\s+(?:ti\\s+|vi\\s+|le\\s+|lo\\s+|la\\s+|posso\\s+|si\\s+|ci sara\\s+|c'e\\s+)?(?:${APPROVE}|approvazione|pagamento|rilascio)`,
    `\\b(?:il pagamento|l'approvazione|il rilascio|lo sblocco|la chiusura|il saldo)\\s+(?:\\w+\\s+){0,3}?(?:e\\s+|sara\\s+|resta\\s+|rimane\\s+)?(?:subordinat\\w*|condizionat\\w*|vincolat\\w*|legat\\w*)\\s+(?:a|al|alla|all'|ai|alle)\\b`,
    `\\b(?:il pagamento|l'approvazione|il rilascio|la milestone|lo sblocco|la chiusura|il saldo)\\s+(?:\\w+\\s+){0,3}?dipende\\b`,
    `\\b(?:segno|segnero|contrassegno|considero|considerero|do per|daro per|metto)\\s+(?:la milestone|il lavoro|il contratto|la consegna|il progetto)?\\s*(?:come\\s+)?(?:completat\\w*|terminat\\w*|finit\\w*|chius\\w*|approvat\\w*)\\b[^.]{0,60}?\\b(?:quando|appena|una volta|dopo|se|solo se)\\b`,
    `\\b(?:milestone|contratto|pagamento|progetto|fondi|soldi|saldo)\\s+(?:\\w+\\s+)?(?:resta|restera|rimane|rimarra|e)\\s+(?:apert\\w*|in sospeso|bloccat\\w*|in attesa|ferm\\w*)\\b[^.]{0,60}?\\b(?:finche|fino a|prima|se non|a meno)\\b`,
    `\\b(?:5|cinque) stelle\\b[^.]{0,40}?\\b(?:solo se|se|quando|finche|dopo)\\b|\\b(?:se )?(?:vuoi|volete|vuole)\\s+(?:le\\s+)?(?:5|cinque) stelle\\b`,
    `\\b(?:recension\\w*|feedback|valutazion\\w*|voto|giudizio)\\s+(?:\\w+\\s+)?(?:negativ\\w*|pessim\\w*|bass\\w*|brutt\\w*|scars\\w*)\\b|\\b(?:negativ\\w*|pessim\\w*|brutt\\w*|cattiv\\w*)\\s+(?:recension\\w*|feedback|valutazion\\w*|voto|giudizio)\\b|\\b(?:una|1) (?:sola )?stella\\b`,
    `\\b(?:approvero|approvo|approviamo|rilascio|rilascero|rilasciamo|sblocco|sbloccherò|sblocchero|chiudo|chiudero|paghero|pago(?! (?:volentieri|extra|\\d|un |anche|di piu|in piu|la diferenza|a parte|il tempo|le ore|con piacere))|accetto|accettero|libero|liberero|saldo|saldero)\\b[^.]{0,60}?\\b${COND}\\b`,
    `\\b(?:pagamento|milestone|soldi|fondi|approvazione|saldo)\\s+(?:\\w+\\s+){0,2}?(?:verra|sara|viene|verranno|saranno|vengono)?\\s*(?:rilasciat\\w*|sbloccat\\w*|approvat\\w*|liberat\\w*|pagat\\w*|versat\\w*)\\b[^.]{0,40}?\\b(?:solo se|quando|se|una volta|dopo|appena|solo dopo|solo quando)\\b`,
    `\\b(?:il pagamento|la milestone|il saldo|i soldi|i fondi)\\s+(?:lo |la |li )?(?:sblocco|rilascio|approvo|libero|pago|verso)\\b[^.]{0,40}?\\b${COND}\\b`,
    `\\bprima\\b(?! di tutto)[^.]{0,60}?\\b(?:poi|dopo|e)\\b[^.]{0,30}?(?:rilasc|approv|pag|sbloc|chiud|liber)`,
    `\\b(?:niente|nessun|nessuna|non (?:ci sara|c'e|vedrai|riceverai|avrai))\\s+(?:nessun[ao]?\\s+)?(?:approvazione|pagamento|rilascio|saldo|soldi|un euro|un centesimo)\\b[^.]{0,60}?\\b(?:finche|senza|prima|se non|fino a)\\b`,
    `\\b(?:finche|fino a quando|fino a che|fintanto che)\\b[^.]{0,80}?\\bnon\\s+(?:ti\\s+|vi\\s+|lo\\s+|la\\s+|le\\s+|posso\\s+)?(?:approv|rilasc|sbloc|pag|chiud|accett|liber|valid|sald)`,
    `\\b(?:rimborso|disputa|contestazione)\\b`,
    `\\b(?:trattengo|tratterro|blocco|blocchero|sospendo|congelo|metto in (?:sospeso|pausa|attesa))\\s+(?:\\w+\\s+)?(?:il pagamento|la milestone|i fondi|i soldi|l'approvazione|il saldo)\\b`,
    `\\b(?:approv|rilasc|sbloc|pag|vers|sald|liber)\\w*\\b[^.]{0,40}?\\bsolo (?:a|ad) (?:lavoro|progetto|sito|tutto|lavori) (?:finito|completato|concluso|terminato|online|funzionante)\\b`,
    `\\b(?:finche|fino a quando|fintanto che)\\b[^.]{0,80}?\\b(?:milestone|contratto|pagamento|progetto|saldo)\\s+(?:\\w+\\s+)?(?:resta|restera|rimane|rimarra)\\s+(?:apert|in sospeso|bloccat|in attesa|ferm)`,
    `\\baspetto (?:a|ad) (?:approv|rilasc|chiud|pag|sbloc|liber|sald)\\w*[^.]{0,60}?\\b(?:finche|fino a|prima|se non|quando)\\b`,
    `\\bse non\\b[^.]{0,80}?\\bnon\\s+(?:ti\\s+|vi\\s+|lo\\s+|la\\s+|posso\\s+)?(?:approv|rilasc|sbloc|pag|chiud|accett|liber|sald)`,
  ]),
  notBlock: rx([
    `\\b(?:approv|rilasc|pag|chiud|sbloc|liber)\\w*\\s+(?:\\w+\\s+){0,3}?(?:stasera|domani|in giornata|entro sera|dopo il (?:weekend|week end|fine settimana)|la prossima settimana)\\b`,
    `\\b(?:stasera|domani|in giornata) (?:ti |lo |la )?(?:approv|rilasc|pag|chiud|sbloc|liber)\\w*`,
    `\\b(?:appena|quando) (?:posso|torno|rientro|ho (?:un )?(?:attimo|momento|minuto|tempo)|sono (?:a casa|in ufficio|al computer))\\b`,
    `\\b(?:ho|abbiamo) (?:gia|appena) (?:approvato|rilasciato|pagato|sbloccato|chiuso)\\b`,
    `\\b(?:appena|quando|dopo che) (?:avro|avremo|ho|abbiamo) (?:controllato|verificato|visto|testato|guardato|provato)\\b|\\bappena (?:controllo|verifico|guardo|testo|provo)\\b`,
  ]),
  blockExtra: rx([
    `\\b(?:anche|inoltre|pure|in piu|extra|aggiuntiv\\w*|nuov[oaie]|ulterior\\w*|accompagnat\\w* da|insieme a|completo di)\\b`,
    `\\b(?:aggiung|inseri|inserisc|includ|integr)\\w*`,
  ]),
  clause: /,|:|;| - | ma | pero | e anche | ed anche | e poi | e inoltre /g,
  stopwords: words(`
    farai fara
    il lo la i gli le l un uno una di del dello della dei degli delle da dal dallo dalla dai dagli dalle a al allo alla
    ai agli alle all in nel nello nella nei negli nelle su sul sullo sulla sui sugli sulle con per tra fra e ed o che
    mi ti ci vi si me te ce ve lui lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua nostro nostra vostro vostra
    anche inoltre pure per favore piacere grazie ciao salve buongiorno puoi potresti potrebbe potete possiamo si puo
    sarebbe possibile aggiungere aggiungi aggiunga inserire inserisci creare crea fare fai mettere metti includere
    includi integrare integra serve servono servirebbe vorrei vorremmo voglio vogliamo bisogno ho abbiamo piu altra
    altro altri altre cosa cosetta nuova nuovo nuove nuovi extra aggiuntiva aggiuntivo piccola piccolo questo questa
    questi queste quello quella e sono sei siete visto dato essere ora adesso poi gia ancora sempre molto tutto tutti`),
  generic: prefixes('pagin sezion funzion version sito web app applicazion cosa part opzion schermat'),
};
