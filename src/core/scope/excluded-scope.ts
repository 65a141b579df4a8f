// Work that the agreement names only to leave it out: "Out of scope: blog, shop", "Mobile app:
// phase 2", "Newsletter signup is not included", "no admin dashboard for now". Those words are no
// agreed scope: a later request for that work is new scope, and the agreement says so itself.
//
// The markers of all eight languages are tried on every agreement (a job post in one language often
// carries phrases of another, and agreements are read once per contract, not per message).

import { type Span } from './sentences';
import { normalise } from './normalise';
import { rx } from './lexicon/types';

// Markers whose excluded work follows them: "Out of scope: X", "without X", "no need for X".
// Each ends where the work starts.
const BEFORE_WORK = rx([
  // en
  `\\b(?:out of|outside(?: of)?(?: the)?|not in(?: the)?|beyond(?: the)?) scope\\b\\s*(?:for now|for this (?:contract|project|job|milestone))?\\s*(?:is|are|:|-|–)?`,
  `\\bnot (?:included|part of (?:this|the) (?:scope|project|contract|job))\\s*(?::|-|–|are|is)`,
  `\\b(?:excluding|excluded|exclusions|not including|except(?: for)?|without(?: any)?|no need for(?: an?| the)?)\\b\\s*:?`,
  `\\b(?:does not|doesn'?t|won'?t|will not|should not|shouldn'?t) (?:include|cover|need|require)(?: an?| the| any)?\\b`,
  `\\b(?:we|i) (?:do not|don'?t|won'?t) (?:need|want|require)(?: an?| the| any)?\\b`,
  `\\b(?:later|for later|future work|phase (?:2|two|ii)|second phase|next phase|not now)\\s*(?::|-|–|\\()`,
  `\\b(?:in |for )?(?:phase (?:2|two|ii)|the second phase|a later phase|the next phase|a later stage)\\b\\s*(?:we(?:'ll| will)? (?:add|do|build)|will (?:add|cover|include))?`,
  `(?:^|[.,;:(\\n-]\\s*|\\band |\\bbut )no\\s+(?!(?:later|more|less|problem|rush|worries|need to|deadline|longer|one|changes? to the (?:deadline|budget))\\b)`,
  // es
  `\\b(?:fuera del?|no entra en el|no forma parte del) (?:alcance|proyecto|presupuesto|contrato)\\b\\s*:?`,
  `\\bno (?:incluye|incluimos|se incluye|incluido|incluida|incluidos|incluidas|esta incluid[oa]|hace falta|necesitamos)\\b\\s*:?(?: (?:el|la|los|las|un|una))?`,
  `\\b(?:excepto|salvo|sin incluir|excluye|excluido|excluidos|sin)\\b\\s*:?(?: (?:el|la|los|las|un|una))?`,
  `\\b(?:fase 2|segunda fase|mas adelante|para despues)\\s*:`,
  // pt
  `\\b(?:fora do|nao faz parte do) (?:escopo|projeto|orcamento|contrato)\\b\\s*:?`,
  `\\bnao (?:inclui|incluimos|incluso|inclusa|inclusos|incluido|incluida|incluidos|esta inclus[oa]|esta incluid[oa]|precisa de|precisamos de)\\b\\s*:?(?: (?:o|a|os|as|um|uma))?`,
  `\\b(?:exceto|sem incluir|exclui|excluido|excluidos|sem)\\b\\s*:?(?: (?:o|a|os|as|um|uma))?`,
  `\\b(?:fase 2|segunda fase|mais tarde|depois)\\s*:`,
  // fr
  `\\bhors (?:du |de )?(?:perimetre|scope|champ|projet|devis|contrat)\\b\\s*:?`,
  `\\b(?:non (?:inclus|incluse|inclues|compris|comprise)|n'inclut pas|ne comprend pas|exclu|exclus|exclue|sauf|sans|pas besoin d[e'])\\b\\s*:?(?: (?:le|la|les|de|d'|un|une))?`,
  `(?:^|[.,;:(\\n-]\\s*)pas d[e']\\s*`,
  `\\b(?:phase 2|deuxieme phase|seconde phase|plus tard)\\s*:`,
  // de
  `\\bnicht (?:im|in|teil des) (?:umfang|leistungsumfang|angebot|auftrag|projekt)\\w*\\b\\s*(?:enthalten|inbegriffen)?\\s*:?`,
  `\\b(?:nicht enthalten|nicht inbegriffen|ausgenommen|ausgeschlossen|ausser|ohne|brauchen wir nicht)\\b\\s*:?(?: (?:der|die|das|den|einen?))?`,
  `(?:^|[.,;:(\\n-]\\s*|\\bund )(?:kein|keine|keinen)\\s+`,
  `\\b(?:phase 2|zweite phase|spater)\\s*:`,
  // ru
  `\\b(?:не входит|не входят|вне рамок|за рамками|не включено|не включены|не включает|не включая|исключая|исключено|исключены|кроме|без|не нужно|не нужна|не нужен|не нужны|не требуется)\\e(?:\\s+в\\s+(?:объем|рамки|стоимость|смету|проект|договор)\\S*)?(?:\\s+работ)?\\s*:?`,
  `\\b(?:второй этап|этап 2|на потом|позже)\\s*:`,
  // uk
  `\\b(?:не входить|не входять|поза межами|за межами|не включено|не включені|не включає|не включаючи|за винятком|крім|без|не потрібно|не потрібна|не потрібен|не потрібні|не треба)\\e(?:\\s+в\\s+(?:обсяг|рамки|вартість|кошторис|проєкт|договір)\\S*)?(?:\\s+робіт)?\\s*:?`,
  `\\b(?:другий етап|етап 2|на потім|пізніше)\\s*:`,
  // hi
  `\\bबिना\\e|\\b(?:स्कोप से बाहर|दायरे से बाहर|शामिल नहीं|ज़रूरत नहीं|जरूरत नहीं|दूसरा चरण|बाद में)\\e\\s*:`,
  `\\bbina\\b|\\b(?:scope se bahar|shamil nahi|shamil nahin|zarurat nahi|jarurat nahi|baad mein|baad me)\\b\\s*:`,
  // nl
  `\\b(?:buiten|niet binnen|niet in) (?:de |het )?(?:scope|opdracht|oferte|project|contract|prijs)\\b\\s*(?:valt|vallen|is|zijn)?\\s*(?::|-|–)?`,
  `\\bniet (?:inbegrepen|inclusief|meegenomen|opgenomen)\\s*(?::|-|–|zijn|is)`,
  `\\b(?:exclusief|excl|zonder|behalve|uitgezonderd|met uitzondering van|hoeft niet|geen behoefte aan)\\b\\s*:?(?: (?:de|het|een))?`,
  `(?:^|[.,;:(\\n-]\\s*|\\ben )geen\\s+`,
  `\\b(?:fase 2|tweede fase|volgende fase|voor later)\\s*:`,
  // it
  `\\b(?:fuori (?:dallo|dal|da) |non rientra (?:nello|nel) |non rientrano (?:nello|nel) |escluso dallo |esclusi dallo )(?:scopo|ambito|perimetro|progetto|preventivo|contratto|budget)\\b\\s*:?`,
  `\\bnon (?:incluso|inclusa|inclusi|incluse|e incluso|e inclusa|sono inclusi|sono incluse|include|includiamo|comprende|compreso|compresa|compresi|comprese|serve|servono|previsto|prevista|previsti|previste)\\b\\s*:?(?: (?:il|lo|la|i|gli|le|l'|un|una|uno))?`,
  `\\b(?:escluso|esclusa|esclusi|escluse|eccetto|tranne|ad eccezione d\\w*|ad esclusione d\\w*|senza)\\b\\s*:?(?: (?:il|lo|la|i|gli|le|l'|un|una|uno))?`,
  `(?:^|[.,;:(\\n-]\\s*)(?:nessun|nessuna|niente)\\s+`,
  `\\b(?:fase 2|seconda fase|in seguito|piu avanti|successivamente|in un secondo momento)\\s*:`,
  // pl
  `\\b(?:poza zakresem|poza zakres\\w*|nie wchodzi w zakres|nie wchodza w zakres|wylaczone z zakresu|wykluczone z zakresu)\\b\\s*(?:projektu|prac|umowy|zlecenia|oferty)?\\s*(?:jest|sa|:|-|–)?`,
  `\\b(?:nie (?:obejmuje|obejmuja|zawiera|zawieraja|uwzglednia|przewiduje|potrzebujemy|potrzeba)|nie wliczon\\w*|niewliczon\\w*|nie jest wliczon\\w*|nie sa wliczon\\w*|nie w cenie|z wylaczeniem|wylaczajac|wykluczajac|bez)\\e(?:\\s+w\\s+(?:cene|cenie|zakres|zakresie|budzet|budzecie))?\\s*:?`,
  `\\b(?:etap 2|etap ii|drugi etap|druga faza|faza 2|na pozniej|pozniej|w przyszlosci)\\s*:`,
]);

// Markers whose excluded work comes before them, in the same clause: "Blog is out of scope",
// "Android version later", "Mobile app (phase 2)", "Admin dashboard abhi nahi".
const AFTER_WORK = rx([
  // en
  `\\b(?:is|are|will be)?\\s*(?:done|provided|handled|supplied|written|managed|taken care of) by (?:the )?(?:client|customer|us|me|our team)\\b`,
  `\\b(?:lo |la |los |las )?(?:hace|hacemos|proporciona|aporta|pone) (?:el cliente|nosotros)\\b|\\ba cargo del cliente\\b|\\b(?:feit[oa]s?|fornecid[oa]s?) pelo cliente\\b|\\bpor conta do cliente\\b|\\b(?:fourni|fournie|fournis|realise|realisee|assure|assuree) par le client\\b|\\ba la charge du client\\b|\\b(?:vom|durch den) (?:kunden|auftraggeber)\\b|\\b(?:ubernimmt|liefert) der (?:kunde|auftraggeber)\\b`,
  `\\b(?:is|are|will be|stays?) (?:out of|outside(?: of)?(?: the)?|not in(?: the)?|beyond(?: the)?) scope\\b`,
  `\\b(?:is|are)?\\s*(?:not included|excluded|not needed|not required|not part of (?:this|the) (?:scope|project|contract|job))\\b`,
  `(?:\\s+|\\s*[:(-]\\s*)(?:later|for later|not now|in phase (?:2|two|ii)|phase (?:2|two|ii)|in a later phase|in the next phase|at a later stage|will come later|comes later|can wait)\\s*\\)?\\s*(?=[.,;!?\\n)]|$)`,
  `\\b(?:will|we'?ll|we will) (?:do|add|build|handle) (?:it|that|them|this) later\\b`,
  // es
  `\\b(?:no (?:esta|estan|va|van) incluid[oa]s?|no se incluye\\w*|quedan? fuera(?: del alcance)?|excluid[oa]s?|no hace falta|no es necesari[oa])\\b`,
  `(?:\\s+|\\s*[:(-]\\s*)(?:mas adelante|para despues|en (?:la )?fase 2|en una segunda fase|fase 2)\\s*\\)?\\s*(?=[.,;!?\\n)]|$)`,
  // pt
  `\\b(?:nao (?:esta|estao|vai|vao) (?:inclus|incluid)[oa]s?|nao inclus[oa]s?|nao incluid[oa]s?|fica(?:m)? de fora|fora do escopo|excluid[oa]s?|nao e necessari[oa]|nao precisa)\\b`,
  `(?:\\s+|\\s*[:(-]\\s*)(?:mais tarde|depois|na fase 2|numa segunda fase|fase 2)\\s*\\)?\\s*(?=[.,;!?\\n)]|$)`,
  // fr
  `\\b(?:n'est pas|ne sont pas|non) (?:inclus|incluse|incluses|compris|comprise|prevu|prevue)\\b|\\b(?:hors (?:du )?perimetre|exclue?s?|pas necessaire)\\b`,
  `(?:\\s+|\\s*[:(-]\\s*)(?:plus tard|en phase 2|phase 2|dans une deuxieme phase)\\s*\\)?\\s*(?=[.,;!?\\n)]|$)`,
  // de
  `\\b(?:ist|sind)?\\s*(?:nicht (?:im umfang|enthalten|inbegriffen|notig|erforderlich|vorgesehen)|ausgeschlossen|ausgenommen)\\b`,
  `(?:\\s+|\\s*[:(-]\\s*)(?:spater|vorerst nicht|in phase 2|phase 2|in einer zweiten phase)\\s*\\)?\\s*(?=[.,;!?\\n)]|$)`,
  // ru, uk
  `\\b(?:не входит|не входят|не включено|не включены|исключено|исключены|не нужно|не нужна|не нужен|не нужны|не требуется|не входить|не входять|не включено|не включені|не потрібно|не потрібна|не потрібен|не потрібні|не треба)\\e`,
  `(?:\\s+|\\s*[:(-]\\s*)(?:позже|потом|на потом|на втором этапе|второй этап|пізніше|потім|на потім|на другому етапі|другий етап)\\s*\\)?\\s*(?=[.,;!?\\n)]|$)`,
  // hi
  `\\b(?:शामिल नहीं|स्कोप से बाहर|बाद में|अभी नहीं|ज़रूरत नहीं|जरूरत नहीं|दूसरे चरण में)\\e`,
  `\\b(?:shamil nahi|shamil nahin|scope se bahar|baad mein|baad me|abhi nahi|abhi nahin|zarurat nahi|jarurat nahi)\\b`,
  // nl
  `\\b(?:valt|vallen|is|zijn|blijft|blijven)\\s+(?:\\w+\\s+)?buiten\\s+(?:de\\s+|het\\s+)?(?:scope|opdracht|oferte|project|contract|prijs)\\b`,
  `\\b(?:is|zijn)?\\s*(?:niet inbegrepen|niet inclusief|niet nodig|niet meegenomen|niet opgenomen|uitgesloten|geen onderdeel van (?:de|het) (?:opdracht|project|scope|oferte)|niet in de (?:scope|oferte|opdracht|prijs))\\b`,
  `(?:\\s+|\\s*[:(-]\\s*)(?:in fase 2|fase 2|in een latere fase|in een tweede fase|in de volgende fase|komt later|volgt later|voorlopig niet|nu nog niet)\\s*\\)?\\s*(?=[.,;!?\\n)]|$)`,
  // it
  `\\b(?:non (?:e|sono|sara|saranno) (?:incluso|inclusa|inclusi|incluse|compreso|compresa|compresi|comprese|previsto|prevista|previsti|previste|necessari[oa]|necessari|richiest[oaie])|(?:resta|restano|rimane|rimangono) (?:fuori|esclus[oaie])(?: dallo scopo| dal progetto)?|esclus[oaie]|fuori (?:dallo|dal) (?:scopo|progetto|perimetro)|non serve|non servono|non richiest[oaie])\\b`,
  `(?:\\s+|\\s*[:(-]\\s*)(?:in seguito|piu avanti|successivamente|in un secondo momento|nella fase 2|in fase 2|fase 2|in una seconda fase|per ora no|non ora|non per ora)\\s*\\)?\\s*(?=[.,;!?\\n)]|$)`,
  // pl
  `\\b(?:(?:jest|sa|bedzie|beda|zostaje|zostaja|pozostaje|pozostaja)\\s+)?(?:poza zakresem|nie (?:jest|sa|zostal\\w*) (?:wliczon\\w*|potrzebn\\w*|wymagan\\w*|objet\\w*|uwzgledn\\w*|w cenie)|niewliczon\\w*|nie wliczon\\w*|nie wchodzi\\w* w zakres|nie wchodz[aiy]\\w*|wykluczon\\w*|niepotrzebn\\w*)\\b`,
  `(?:\\s+|\\s*[:(-]\\s*)(?:pozniej|na pozniej|w etapie 2|etap 2|w drugim etapie|drugi etap|w kolejnym etapie|w przyszlosci|nie teraz|na razie nie|kiedys)\\s*\\)?\\s*(?=[.,;!?\\n)]|$)`,
]);

// Markers that name one thing ("no blog", "without WordPress", "sin panel"): their work ends at
// the next clause mark, a comma included, unlike list headings ("Out of scope: blog, shop").
const ONE_THING = rx([
  `\\b(?:no|without|except|excluding|no need for|do not need|don'?t need|won'?t need|sin|sem|sans|pas d|ohne|kein|keine|keinen|ausser|без|кроме|крім|bina|बिना)\\e`,
  `\\b(?:zonder|behalve|exclusief|excl|geen)\\b`,
  `\\b(?:senza|tranne|eccetto|nessun|nessuna|niente)\\e`,
  `\\b(?:bez|z wylaczeniem|wylaczajac|nie potrzebujemy|nie potrzeba)\\e`,
]);

// A phrase with no words of its own ("Out of scope:") heads a list on the following lines.
const LIST_ITEM = /^\s*(?:[-*•·–—]|\d+[.)])\s*/;

/** Where clauses start and end, in normalised text. */
const isClauseEnd = (c: number): boolean =>
  c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 44 || c === 0x964 || c === 40 || c === 41;
const isSentenceEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 0x964;
const LETTERS = /[a-z0-9\u00c0-\u024f\u0400-\u04ff\u0900-\u0963\u0966-\u097f]/;

/** The excluded work in normalised agreement text, as [start, end) spans of that text. */
export function excludedSpansNormalised(text: string): Span[] {
  const spans: Span[] = [];
  const before = new RegExp(BEFORE_WORK.source, 'g');
  for (let m = before.exec(text); m !== null; m = before.exec(text)) {
    if (m[0].length === 0) {
      before.lastIndex++;
      continue;
    }
    const start = m.index + m[0].length;
    const stop = ONE_THING.test(m[0]) ? isClauseEnd : isSentenceEnd;
    let end = start;
    while (end < text.length && !stop(text.charCodeAt(end))) end++;
    const own = text.slice(start, end);
    if (!LETTERS.test(own) && text.charCodeAt(end) === 10) {
      // "Out of scope:" alone on its line: the list below it.
      let at = end + 1;
      let last = end;
      for (;;) {
        const lineEnd = text.indexOf('\n', at);
        const line = text.slice(at, lineEnd < 0 ? text.length : lineEnd);
        if (!LIST_ITEM.test(line) || line.trim().length === 0) break;
        last = lineEnd < 0 ? text.length : lineEnd;
        if (lineEnd < 0) break;
        at = lineEnd + 1;
      }
      if (last > end) spans.push({ start: end + 1, end: last });
      continue;
    }
    if (LETTERS.test(own)) spans.push({ start, end });
  }
  const after = new RegExp(AFTER_WORK.source, 'gm');
  for (let m = after.exec(text); m !== null; m = after.exec(text)) {
    if (m[0].length === 0) {
      after.lastIndex++;
      continue;
    }
    let start = m.index;
    while (start > 0 && !isClauseEnd(text.charCodeAt(start - 1))) start--;
    // "Mobile app: phase 2" reads "Mobile app" back over its colon.
    if (start > 0 && text.charCodeAt(start - 1) === 58) {
      start--;
      while (start > 0 && !isClauseEnd(text.charCodeAt(start - 1))) start--;
    }
    if (LETTERS.test(text.slice(start, m.index))) spans.push({ start, end: m.index });
  }
  spans.sort((a, b) => a.start - b.start);
  return spans;
}

/** The work the agreement leaves out, as [start, end) spans of the agreement text itself. */
export function excludedRanges(agreement: string): Span[] {
  const norm = normalise(agreement);
  return excludedSpansNormalised(norm.text).map((s) => {
    const from = norm.origin[s.start] ?? 0;
    const to = norm.origin[s.end] ?? agreement.length;
    // Trim the spaces the clause edges carry.
    let a = from;
    let b = to;
    while (a < b && /\s/.test(agreement[a]!)) a++;
    while (b > a && /\s/.test(agreement[b - 1]!)) b--;
    return { start: a, end: b };
  });
}
