// Sentences that carry a cue word but ask for no work, in all eight languages at once (clients mix
// languages, and these phrases are too rare in any one lexicon to be worth a field of their own).
import { rx } from './lexicon/types';

// One non-ASCII letter in a pattern turns every \b of it into a lookbehind (see lexicon/types.ts),
// which made the Latin cues markedly slower: Latin and other-script parts are compiled apart, and the
// second only runs on text with Cyrillic or Devanagari letters.
const OTHER_SCRIPT = /[\u0400-\u04ff\u0900-\u097f]/;
interface Cue {
  test(s: string): boolean;
}
function cue(parts: string[]): Cue {
  const latin = parts.filter((p) => !OTHER_SCRIPT.test(p));
  const other = parts.filter((p) => OTHER_SCRIPT.test(p));
  const a = latin.length ? rx(latin) : null;
  const b = other.length ? rx(other) : null;
  return { test: (s) => (a?.test(s) ?? false) || (b !== null && OTHER_SCRIPT.test(s) && b.test(s)) };
}

/** A cue that only announces ("One more thing", "Otra cosa", "И ещё"), with nothing after it yet. */
export const ANNOUNCE_ONLY = cue([
  `^\\W*(?:oh |and |ah |also,? )?(?:one more thing|another thing|one last thing|while you'?re at it|also|btw|by the way|otra cosa|una cosa mas|ademas|mais uma coisa|outra coisa|alem disso|autre chose|encore une chose|aussi|noch eine sache|noch eine|noch ein|noch etwas|ausserdem|ek aur baat|aur ek baat|ek aur|aur ek)\\W*$`,
  `^\\W*(?:и еще одно|и еще|еще момент|еще одно|і ще одне|і ще|ще момент|ще одне|एक और बात|और एक बात|एक और|और एक)\\W*$`,
  `^\\W*(?:oh |en |o ja,? |ff )?(?:nog een ding|nog 1 ding|nog ene ding|nog een dingetje|nog een puntje|nog iets|nog wat|trouwens|overigens)\\W*$`,
  `^\\W*(?:ah |oh |e )?,?\\s*(?:un'?\\s?altra cosa|un'?\\s?ultima cosa|ancora una cosa|altra cosa|ultima cosa|e poi|inoltre|anche|dimenticavo|a proposito|ah,? e poi|ah,? dimenticavo)\\W*$`,
  `^\\W*(?:i |a |aha,? |acha,? )?(?:jeszcze jedno|jeszcze jedna(?: rzecz| sprawa| kwestia| drobna rzecz)?|jeszcze cos|i jeszcze|a jeszcze|przy okazji|a propos|apropos|poza tym|ponadto|aha)\\W*$`,
]);

/** The topic is the client's own time, not the work: travel, holidays, a missed call, greetings. */
export const OFF_WORK = cue([
  // Greetings and welcomes: "Welcome aboard, Ana!", "¡Bienvenida!", "Witaj na pokładzie".
  `\\b(?:welcome aboard|welcome to the team|looking forward to (?:working|seeing|it)|nice to meet you|glad to have you|great to have you|bienvenid[oa]s?|bem-vind[oa]s?|bienvenue|willkommen|benvenut[oa]|welkom|witaj|witamy|swagat)\\b`,
  `\\b(?:traveling|on (?:a )?(?:trip|vacation|holiday|leave)|out of (?:the )?office|ofline|(?:won'?t|will not|am not|i'?m not) be (?:available|around|reachable)|unavailable|(?:our|the) (?:call|meeting)|reschedule|sick|happy (?:birthday|holidays|new year)|merry christmas|time ?zone|public holiday)\\b`,
  `\\b(?:de viaje|viajando|vacaciones|no (?:estare|voy a estar|puedo estar) disponible|la llamada|la reunion|enfermo|feliz (?:cumpleaños|navidad|año)|zona horaria|feriado)\\b`,
  `\\b(?:de viagem|ferias|nao (?:vou estar|estarei) disponivel|a chamada|a reuniao|a call|doente|feliz (?:aniversario|natal|ano novo)|fuso horario)\\b`,
  `\\b(?:en deplacement|en voyage|en vacances|en conge|absent|pas disponible|l'appel|la reunion|malade|joyeux (?:anniversaire|noel)|bonne annee|fuseau horaire|jour ferie)\\b`,
  `\\b(?:auf reisen|unterwegs|im urlaub|nicht erreichbar|nicht verfugbar|beim call|den call|das meeting|krank|zum geburtstag|frohe weihnachten|zeitzone|feiertag)\\b`,
  `\\b(?:командировк|в отпуске|в отпуск|в поездке|не на связи|не смогу быть|созвон|болею|заболел|с днем рождения|с праздник|часовой пояс|відрядженн|у відпустці|у відпустку|у поїздці|не на зв'язку|не зможу бути|дзвінк|хворію|захворів|з днем народження|зі святами|часовий пояс)`,
  `\\b(?:chutti|chhutti|travel kar|call par nahi|bimar|janamdin|birthday)`,
  `\\b(?:यात्रा|छुट्टी|कॉल पर नहीं|बीमार|जन्मदिन)`,
  `\\b(?:op vakantie|met vakantie|op reis|onderweg|niet bereikbaar|niet beschikbaar|afwezig|ziek|de call|het gesprek|de vergadering|vergaderingen|fijne feestdagen|prettige feestdagen|gelukkig nieuwjaar|fijne kerst|vrolijk kerstfeest|gefeliciteerd|tijdzone|feestdag|vrije dag)\\b`,
  `\\b(?:in ferie|ferie|in vacanza|in viaggio|in trasferta|fuori ufficio|fuori sede|non (?:saro|sono|potro essere) (?:disponibile|raggiungibile|reperibile|online)|irraggiungibile|la (?:call|chiamata|riunione|videochiamata)|malat[oa]|buon (?:compleanno|natale|anno)|buone (?:feste|vacanze)|fuso orario|giorno festivo|ci sentiamo|sentiamoci|ti faccio sapere|ti aggiorno)\\b`,
  `\\b(?:w podrozy|w delegacji|na urlopie|mam urlop|urlop\\w*|na wakacjach|wyjezdzam|wyjezdzamy|nie bede (?:dostepn\\w*|osiagaln\\w*|pod telefonem|przy komputerze)|bede (?:niedostepn\\w*|offline|poza biurem)|poza biurem|nasze spotkanie|nasza rozmowa|nasz call|przelozyc (?:spotkanie|rozmowe|call)|chory|chora|choruje|rozchorowal\\w*|wszystkiego najlepszego|wesolych swiat|szczesliwego nowego roku|strefie czasowej|strefa czasowa|dzien wolny|swieto|zdzwon\\w*|zdzwaniamy|zadzwonic|spotkani[ae]|spotkaniu)\\b`,
]);

/** Asks how agreed work is going: "How is the blog coming along?", "¿Ya agregaste el formulario?". */
export const PROGRESS = cue([
  `\\b(?:how is|how are|how'?s)\\b[^.?]{0,40}?\\b(?:going|coming along|progressing)\\b|\\bany (?:update|news|progress)\\b|\\b(?:did|have) you (?:already )?(?:add|added|finish|finished|do|done|start|started)\\b|\\bwhen (?:will|would|do you think)\\b[^.?]{0,50}?\\b(?:be ready|be done|be finished)\\b`,
  `\\b(?:como va|como vas con|como anda|alguna novedad|ya (?:agregaste|añadiste|terminaste|hiciste|pusiste)|cuando (?:crees que )?(?:estara|esta|estaran) list)`,
  `\\b(?:como esta indo|como anda|como vai|alguma novidade|ja (?:adicionou|terminou|fez|colocou)|quando (?:acha que )?(?:fica|vai ficar|estara) pront)`,
  `\\b(?:ou en est|ou en es|des nouvelles|(?:tu as|as-tu|avez-vous|vous avez) deja|quand (?:penses-tu que |pensez-vous que )?[^.?]{0,40}?sera (?:pret|prete|fini|finie|termine))`,
  `\\b(?:wie weit bist|wie weit seid|wie lauft|gibt es neuigkeiten|gibt es news|hast du [^.?]{0,40}?schon|habt ihr [^.?]{0,40}?schon|wann ist [^.?]{0,40}?fertig)`,
  `\\b(?:как продвигается|как идет|как дела с|есть новости|ты уже (?:добавил|сделал|закончил)|вы уже (?:добавили|сделали|закончили)|когда [^.?]{0,40}?будет готов|як просувається|як іде|як справи з|є новини|ти вже (?:додав|зробив|закінчив)|ви вже (?:додали|зробили|закінчили)|коли [^.?]{0,40}?буде готов)`,
  `\\b(?:kaisa chal raha|kaise chal raha|koi update|kab tak (?:taiyar|ready)|kya (?:aapne|apne|tumne) [^.?]{0,40}?(?:kar diya|kar liya|bana diya))`,
  `(?:कैसा चल रहा|कोई अपडेट|कब तक तैयार)`,
  `\\b(?:hoe staat het met (?:de|het|onze|mijn)|hoe gaat het met (?:de|het|onze|mijn)|hoe loopt|hoe ver (?:ben|zijn|sta)|is er (?:al )?nieuws|nog nieuws|enig nieuws|(?:heb|hebben) (?:je|jij|u|jullie) [^.?]{0,40}?al\\b|wanneer is [^.?]{0,40}?\\b(?:klaar|af|afgerond)\\b|wanneer (?:denk|verwacht) (?:je|u|jij|jullie))`,
  `\\b(?:come (?:va|procede|procedono|sta andando|stanno andando|siamo messi)|a che punto (?:sei|siete|siamo|e|sta|stanno)|(?:ci sono|qualche|nessuna|che) novita|(?:ci sono|qualche|nessun) aggiornament\\w*|(?:hai|avete|ha) gia (?:aggiunto|finito|fatto|inserito|messo|completato|iniziato)|quando (?:pensi|credi|pensate|crede|pensa)?\\s*(?:che )?[^.?]{0,40}?sara (?:pront|finit|complet))`,
  `\\b(?:jak (?:idzie|ida|tam|postepy|sie sprawuje)|jakie postepy|sa (?:jakies )?postepy|jakies (?:postepy|nowosci|wiesci)|co slychac|na jakim etapie|czy (?:juz )?(?:dodales|dodalas|skonczyles|skonczylas|zrobiles|zrobilas|zaczales|zaczelas)|(?:juz )?(?:dodales|dodalas|skonczyles|skonczylas)\\?|kiedy (?:mniej wiecej |twoim zdaniem )?(?:bedzie|beda|moge sie spodziewac)\\b[^.?]{0,40}?\\bgotow)`,
]);

/** Revises agreed work by size or fixes it: "make it smaller", "fix the typo". */
export const REVISION = cue([
  `\\b(?:smaller|bigger|larger|fix the typo|typo)\\b`,
  `\\b(?:mas pequeñ\\w*|mas chic\\w*|mas grande|errata)\\b`,
  `\\b(?:menor|maior|erro de digitacao)\\b`,
  `\\b(?:plus petit\\w*|plus grand\\w*|reduire|faute de frappe)\\b`,
  `\\b(?:kleiner|grosser) (?:machen|darstellen|sein)\\b|\\b(?:etwas|viel|bisschen|deutlich) (?:kleiner|grosser)\\b|\\btippfehler`,
  `\\b(?:поменьше|покрупнее|помельче|опечатк|меншим|меншою|більшим|більшою|одруківк)`,
  // "logo chhota kar do" (make it smaller), not "ek chhota sa admin panel" (a small admin panel).
  `\\b(?:chhota|chota|chhoti|choti) (?:kar|karo|kardo|kijiye|karna)\\b|\\btypo theek\\b`,
  `(?:छोटा|टाइपो)`,
  `\\b(?:iets|wat|veel|een beetje|beetje|stuk) (?:kleiner|groter)\\b|\\b(?:kleiner|groter) (?:maken|zetten|tonen)\\b|\\b(?:typfout|tikfout|spelfout)`,
  `\\b(?:piu piccol\\w*|piu grand\\w*|rimpicciolir\\w*|rimpicciolisci|ingrandir\\w*|ingrandisci|refus[oi]|errore di battitura|errori di battitura)\\b`,
  `\\b(?:zmniejsz\\w*|powieksz\\w*|literowk\\w*)|\\b(?:troche|nieco|odrobine|duzo|o wiele|zdecydowanie|bardziej)\\s+(?:mniejsz\\w*|wieksz\\w*)\\b|\\b(?:zrob|zrobic|zrobisz)\\b[^.]{0,30}?\\b(?:mniejsz\\w*|wieksz\\w*)\\b`,
]);

/** Another project later, on its own contract: no scope added to this one. */
export const LATER_PROJECT = cue([
  `\\b(?:another|a new|a different|our next|future) (?:project|job|contract)s?\\b(?! (?:page|section|card|gallery|tab|list))|\\bmore work for you\\b|\\bwork with you again\\b|\\bhire you again\\b`,
  `\\b(?:otro proyecto|otro trabajo|outro projeto|outro trabalho|autre projet|d'autres missions|anderen projekt|weitere auftrage|alag project)`,
  `\\b(?:другой проект|еще работа для|інший проект|ще робота для|अलग कॉन्ट्रैक्ट|और काम)`,
  `\\b(?:ander project|andere opdracht|nieuw project|volgend project|volgende opdracht|meer werk voor je|weer samenwerken|nog eens samenwerken|opnieuw inhuren)\\b`,
  `\\b(?:un altro progetto|un'altro progetto|altro progetto|altri progetti|un progetto diverso|prossimo progetto|altri lavori|lavorare (?:ancora|di nuovo) (?:insieme|con te|con voi)|collaborare (?:ancora|di nuovo))\\b`,
  `\\b(?:inn\\w* projek\\w*|kolejn\\w* projek\\w*|nastepn\\w* projek\\w*|osobn\\w* projek\\w*|wiecej pracy dla ciebie|kolejne zlecenia|kolejnych zlecen|wiecej zlecen|znow(?:u)? (?:wspolpracowac|zatrudnic)|ponownie (?:wspolpracowac|zatrudnic))\\b(?! (?:strony|logo|graficzn\\w*|sekcji|ekranu|banera)\\b)`,
]);

/**
 * Work on a contract of its own: "It'd be a separate contract", "vai ser outro contrato", "dat wordt een
 * apart contract", "to będzie osobna umowa". With a "later" somewhere in the message and nothing decided
 * ("let's open a separate contract for it" is an offer), it is no pay offered now.
 */
export const SEPARATE_CONTRACT = cue([
  `\\b(?:(?:a |on a |be a )separate (?:contract|project|job)|outro contrato|contrato (?:separado|a parte|aparte|distinto)|otro contrato|(?:un )?autre contrat|contrat (?:separe|a part)|separate[nmr]? vertrag|eigene[nmr]? vertrag|(?:un )?altro contratto|contratto (?:a parte|separato)|apart contract|apart project|aparte opdracht|ander contract|osobn\\w* umow\\w*|inn\\w* umow\\w*)\\b`,
]);
export const DECIDED = cue([
  `\\b(?:let'?s|lets|laten we|vamos|bora|on (?:va|fait)|machen wir|lass uns|facciamo|zrobmy|chalo|(?:i|we)(?:'l| wil) (?:open|set up|create|send|start)|ik (?:maak|open|stuur)|eu (?:abro|crio))\\b`,
]);

/** Says the later project is only a possibility, or later: no offer of pay now. */
export const MAYBE_LATER = cue([
  `\\b(?:may|might|maybe|perhaps|later|next month|next year|in the future|if this goes well|when we'?re ready|once this (?:one )?is (?:done|finished|over)|after this one|if you'?re interested|for future reference|down the road|on verra|cuando estemos listos|quando estivermos prontos|wenn wir so weit sind|quizas|tal vez|mas adelante|si todo sale bien|talvez|mais pra frente|se der tudo certo|peut-etre|plus tard|si tout se passe bien|vielleicht|spater|wenn alles gut|shayad|baad mein)`,
  `\\b(?:возможно|позже|если все пойдет|можливо|пізніше|якщо все піде|शायद|बाद में|सब ठीक रहा)`,
  `\\b(?:misschien|wellicht|eventueel|volgende maand|volgend jaar|in de toekomst|als dit goed gaat|als alles goed gaat|op termijn)`,
  `\\b(?:forse|magari|piu avanti|in futuro|il mese prossimo|il prossimo mese|l'anno prossimo|se (?:tutto va|va tutto) bene|prossimamente|in seguito)\\b`,
  // "After this project", "depois que terminar", "po zakończeniu", "not now".
  `\\b(?:after this (?:project|contract|one)|once (?:this|the) (?:project|contract) (?:is )?(?:done|over|finished)|depois que (?:terminar|acabar)|depois (?:deste|desse) projeto|despues de este proyecto|cuando terminemos|apres ce projet|nach diesem projekt|dopo questo progetto|na dit project|po zakonczeniu|po tym projekcie|nie teraz|not now|niet nu|nicht jetzt|pas maintenant|non ora|no ahora|agora nao|next quarter)\\b`,
  `\\b(?:moze|mozliwe|pozniej|w przyszlym (?:miesiacu|roku|kwartale)|w przyszlosci|jesli wszystko pojdzie dobrze|kiedys|niewykluczone|ewentualnie)\\b`,
]);

/** Asks what new work would cost, not for the work: "How much for an app? Just curious". */
export const PRICE_QUESTION = cue([
  `\\b(?:how much|what would you charge|what do you charge|cuanto (?:me )?(?:cobrarias|costaria|cobras|saldria)|quanto (?:voce |vc )?(?:cobraria|custaria|cobra|sairia)|combien (?:prendriez|prendrais|couterait|coute|factureriez|demanderiez)|wie ?viel (?:wurde|kostet|wurdest|wurden|nimmst)|kitna (?:lagega|charge|loge|hoga))`,
  // "What would it cost", "¿qué precio tendría?", "Was würde es ungefähr kosten", "Quanto verrebbe a costare", "Wat zou het kosten", "Ile byś wziął".
  `\\bwhat (?:would|will|does|did) (?:it|that|this) (?:\\w+ )?cost\\b|\\bque precio tendria\\b|\\bquel (?:serait|est) (?:le|votre|ton) (?:prix|tarif|cout)\\b|\\bwas (?:wurde|wurden|kostet|wurdest)\\b[^.?]{0,40}?\\b(?:kosten|nehmen|verlangen|berechnen)\\b`,
  `\\bquanto (?:mi |ci |me )?(?:verrebbe|costerebbe|costa|chiederesti|chiedereste|prenderesti|fareste pagare|faresti pagare)\\b|\\b(?:wat|hoeveel) (?:zou|zouden|kost|vraag|reken)\\b[^.?]{0,40}?\\b(?:kosten|kost|vragen|rekenen)\\b|\\bile (?:by|bys|bylo|by to|kosztowal\\w*|kosztuje|wezmiesz|wzial\\w*|wziel\\w*|chcial\\w*|policzyl\\w*)\\b`,
]);

/** Said beside a price question: only to know, for later, not now. */
export const JUST_ASKING = cue([
  `\\b(?:just curious|not now|just (?:want|wanted) to (?:budget|know|plan)|for (?:my |our )?budget(?:ing)?|nothing urgent|for another project|for future reference|next year|solo por curiosidad|por curiosidad|no es urgente|nada urgente|el año que viene|so por curiosidade|por curiosidade|nao e urgente|ano que vem|juste pour (?:le budget|savoir)|par curiosite|rien d'urgent|l'an prochain|nur aus neugier|nur interessehalber|nicht dringend|nachstes jahr|bas aise hi|bas puch raha|budget ke liye|abhi nahi|agle saal)`,
  // Only to know, for a budget or a later decision: "Out of curiosity", "not asking you to do it now", "I just need a number".
  `\\b(?:out of curiosity|curious what|(?:i'?m |i am )?not asking (?:you )?(?:to|for)|(?:just|only) (?:need|want) (?:a|the) (?:number|figure|ballpark|rough (?:number|idea|figure))|budget (?:meeting|planning|for next)|next (?:quarter|year)'?s? budget|(?:nothing|not) (?:is )?decided|haven'?t decided|no decision yet|just sounding you out|sounding you out)`,
  `\\b(?:no es para (?:ahora|ya)|(?:del|para el) año que viene|(?:el|del) proximo año|(?:armando|haciendo|preparando|cerrando) el presupuesto|tener una cifra|aun no (?:lo )?(?:he |hemos )?decidid|todavia no (?:lo )?(?:he |hemos )?decidid|nao e (?:pra|para) agora|so (?:pra|para) (?:saber|ter uma ideia)|(?:pro|para o) orcamento do ano|proximo ano|ainda nao (?:decidi|decidimos|esta decidido))`,
  `\\b(?:pas pour (?:tout de suite|maintenant|l'instant)|pour (?:mon|notre|le) budget|l'annee prochaine|rien n'est (?:encore )?decide|pas encore decide|(?:grobe|ungefahre) hausnummer|nur als (?:grobe |ungefahre )?(?:schatzung|orientierung|richtwert|hausnummer)|fruhestens|nachste\\w* jahr|nicht (?:fur )?jetzt|noch (?:nichts|nicht) entschieden|(?:fur die|zur) (?:budget)?planung)`,
  `\\b(?:(?:chiedo|domando) solo|solo per (?:il budget|curiosita|sapere|farmi un'idea)|per curiosita|non (?:e )?(?:ancora )?deciso|non ho (?:ancora )?deciso|(?:l')?anno prossimo|non (?:e )?per (?:ora|adesso)|(?:alleen )?voor de begroting|uit nieuwsgierigheid|we beslissen pas|nog (?:niet|niks|niets) (?:beslist|besloten)|niet voor nu|pytam tylko|tylko pytam|z ciekawosci|do budzetu|nic (?:jeszcze )?nie (?:postanowil|zdecydowal)\\w*|jeszcze nie (?:wiem|zdecydowal\\w*|postanowil\\w*)|w przyszlym roku)`,
]);

/**
 * Work taken out of the scope, or narrowed: "we don't need the print version after all", "decidimos no
 * hacer el blog", "on n'aura pas besoin de", "brauchen wir doch nicht", "concentrati solo su", "that
 * should make your life easier". Less work is no added scope (unless the sentence swaps in something "instead").
 */
export const DESCOPE = cue([
  `\\b(?:(?:don'?t|do not|no longer|won'?t|wil not) need (?:the|that|those|it|them|any)\\b[^.]{0,50}?\\b(?:after al|anymore|any more)|decided (?:not to|against|to drop|to skip)|(?:make|makes) your life easier|less work for you|saves? you (?:some )?(?:time|work)|one less thing)`,
  `\\b(?:ya no (?:necesitamos|necesito|hace falta|vamos a hacer)|(?:decidimos|hemos decidido|he decidido) no (?:hacer|incluir|seguir)|al final no (?:necesitamos|hace falta)|menos trabajo|te ahorra trabajo|(?:decidimos|decidiu|resolvemos|resolveu|a gente decidiu) nao (?:fazer|incluir|seguir)|nao (?:precisa|precisamos|vamos precisar) mais|nao vamos mais fazer|(?:pode|podes) focar so|menos trabalho)`,
  `\\b(?:(?:on|nous) n'?aur(?:a|ons) pas besoin|n'?avons plus besoin|plus besoin d|finalement (?:on|nous) (?:ne|n'|laisse|abandonne)|moins de travail|on laisse tomber|brauchen\\b[^.]{0,40}?\\bdoch nicht|(?:nicht mehr|doch nicht) (?:notig|gebraucht|erforderlich)|brauchen wir nicht mehr|spart (?:dir|ihnen|euch) (?:arbeit|zeit)|weniger arbeit|lassen wir weg|fallt weg)`,
  `\\b(?:(?:abbiamo |ho )?deciso di non (?:fare|includere|proseguire)|non (?:serve|servono|ci serve|ci servono) piu|non (?:facciamo|faremo) piu|concentrati (?:pure )?(?:solo )?su|meno lavoro|lasciamo perdere|(?:hebben|heb)\\b[^.]{0,40}?\\btoch niet nodig|niet meer nodig|laten we weg|hoeft niet meer|minder werk|scheelt je werk)`,
  `\\b(?:nie (?:potrzebujemy|potrzebuje|bedziemy potrzebowac) juz|juz nie (?:potrzebujemy|potrzebuje)|jednak nie potrzeb\\w*|zrezygnowal\\w* z|mniej pracy|odpuszczamy|skup sie (?:tylko )?na|k[ai] (?:ab )?(?:zarurat|jarurat) nahi|ab nahi chahiye|rehne do|chhod do)`,
  // Told not to add: "please do NOT add any animations", "no agregues nada", "n'ajoutez pas", "bitte keine … hinzufügen".
  `\\b(?:(?:do not|don'?t|dont) add (?:any|anything|more)|no (?:agregues|añadas|anadas) (?:nada|ningun)|nao (?:adicione|adiciona|coloque) (?:nada|nenhum)|n'?ajoute[sz]? (?:pas|rien|aucun)|(?:fuge|fugt|fugen sie) (?:keine|nichts)|non aggiunger\\w* (?:niente|nulla|altr)|voeg (?:geen|niets) (?:\\w+ )?toe|nie dodawaj|add mat kar\\w*|mat add kar\\w*)\\b`,
]);
const INSTEAD = /\b(?:instead|en su lugar|en vez|em vez|no lugar|a la place|stattdessen|dafur aber|invece|in plaats|zamiast|ke badle)/;
/** Less work, not a swap: "skip the blog" is no request; "skip the blog, add a shop instead" is. */
export const asksLess = (s: string): boolean => DESCOPE.test(s) && !INSTEAD.test(s);

/**
 * The client counts this message as a round of the agreed revisions ("first round of changes",
 * "Ye pehla revision hai"): plain change requests in it revise agreed work.
 */
export const REVISION_ROUND = cue([
  `\\b(?:(?:first|second|1st|2nd) (?:round|batch|set) of (?:changes|edits|revisions|feedback|corections|coments)|(?:first|second|1st|2nd) (?:revision|corection) round|this is (?:the|our|my) (?:first|second) (?:revision|round))\\b`,
  `\\b(?:(?:primera|segunda) ronda de (?:cambios|correcciones|corecciones|revisiones|ajustes)|(?:primeira|segunda) (?:rodada|rodade|ronda) de (?:ajustes|alteracoes|revisao|revisoes|mudancas)|(?:premier|premiere|deuxieme|second|seconde) (?:retour|tour|serie|round|vague) de (?:corrections|modifications|retours)|(?:premier|deuxieme|second) aller-retour)\\b`,
  `\\b(?:(?:erste|zweite) (?:korrekturschleife|korrekturrunde|feedbackrunde|runde)|(?:primo|secondo) (?:giro|round) di (?:modifiche|correzioni|revisioni)|(?:prima|seconda) (?:revisione|tornata di modifiche)|(?:eerste|tweede) (?:correctieronde|feedbackronde|ronde)|(?:pierwsza|druga) (?:runda|tura) (?:poprawek|zmian|uwag)|(?:pehla|pehli|doosra|dusra|dusri|first) revision)\\b`,
]);

/** Reports a defect (it crashes, does not load, an error): for the model, a bug report is no new request. */
export const BUG_REPORT = cue([
  `\\b(?:(?:is|are|got) broken|(?:doesn'?t|does not|don'?t|won'?t|isn'?t|is not|not) (?:work|working|load|loading|show|showing|refresh|refreshing|update|updating|open|opening|save|saving)|crash\\w*|uncaught|exception|throws|stack ?trace|eror)\\b`,
  `\\b(?:se (?:cierra|cuelga|bloquea)|no (?:funciona|carga|se actualiza|aparece|abre|guarda)|nao (?:funciona|carrega|atualiza|aparece|abre|salva)|trava|fecha sozinho|quebrad[oa]|erro|error)\\b`,
  `\\b(?:ne (?:marche|fonctionne|charge|s'?affiche|s'?ouvre|se met a jour) (?:pas|plus)|plante|erreur|funktioniert nicht|ladt nicht|sturzt\\w* ab|absturz\\w*|fehlermeldung|kaputt)\\b`,
  `\\b(?:non (?:funziona|carica|si aggiorna|si apre|salva)|si blocca|errore|werkt niet|laadt niet|crasht|loopt vast|foutmelding|nie (?:dziala|laduje|odswieza|wyswietla|otwiera|zapisuje)|sie (?:wywala|zawiesza|nie odswieza|nie laduje)|blad|kaam nahi kar|nahi chal raha|band ho ja\\w*)\\b`,
]);

/**
 * For the model, sentences that ask for no new work: agreed work reported as not there yet ("I only see the
 * Spanish file so far", "są tylko polskie"), an approval already given ("Ho approvato la milestone"), a look
 * at a problem ("pls take a look"), spelling fixes ("corrigir a ortografia", "coquilles").
 */
export const NO_NEW_WORK = cue([
  // Praise: "looks great", "tá ótimo", "c'est parfait", "sieht super aus".
  `\\b(?:looks (?:great|perfect|amazing|awesome)|(?:ta|esta|ficou) (?:otimo|perfeito|lindo)|(?:queda|esta|quedo) (?:genial|perfecto|precioso)|c'?est (?:parfait|super|genial)|sieht (?:super|toll|klasse|perfekt) aus|(?:e|sembra) perfett[oa]|ziet er (?:goed|top|perfect|geweldig) uit|wyglada (?:super|swietnie|idealnie)|bahut (?:accha|acha|badhiya) (?:hai|laga))\\b`,
  `\\b(?:(?:i )?only see|(?:i )?can only see|so far|there (?:is|are) only|(?:i'?ve|i have|we'?ve|we have|just) (?:approved|aproved|released|paid)|(?:take|have) a (?:quick )?look|spelling)\\b`,
  `\\b(?:solo veo|de momento solo|hasta ahora solo|ya (?:aprobe|libere|pague)|echale un vistazo|ortografia|erratas?|so vejo|por enquanto so|ate agora so|ja (?:aprovei|liberei|paguei)|da uma olhada|erros? de (?:ortografia|digitacao))\\b`,
  `\\b(?:je ne vois que|pour l'?instant (?:il n'?y a )?que|j'?ai (?:deja )?(?:valide|libere|paye|approuve)|jette[zr]? un (?:oeil|coup d'?oeil)|coquilles?|orthographe|ich sehe nur|bisher nur|habe (?:schon |bereits )?(?:freigegeben|bezahlt|genehmigt)|schau (?:dir )?(?:das |es )?(?:mal )?an|rechtschreib\\w*)\\b`,
  `\\b(?:vedo solo|per ora solo|finora solo|ho (?:gia )?(?:approvato|rilasciato|pagato)|dai un'?occhiata|ortografi\\w*|ik zie (?:alleen|enkel)|tot nu toe (?:alleen|enkel)|(?:heb|hebben) (?:al )?(?:goedgekeurd|vrijgegeven|betaald)|kijk (?:er )?(?:even )?naar|spelfout\\w*|widze tylko|sa tylko|na razie tylko|(?:juz )?(?:zatwierdzil\\w*|zaplacil\\w*)|zerknij|ortograf\\w*|literowk\\w*|approve kar (?:diya|di)|dekh lo|check kar lo|spelling)\\b`,
]);

/** Whether a sentence asks for no work whatever its cue words: progress, a fix by size, a later project, the client's own time. */
export const asksNoWork = (s: string): boolean =>
  PROGRESS.test(s) || REVISION.test(s) || LATER_PROJECT.test(s) || OFF_WORK.test(s) || asksLess(s);
