import { type Lexicon, prefixes, rx, words } from './types';

const ALSO = '(?:aussi|egalement|en plus|en meme temps|de plus)';
const MAKE =
  '(?:ajout|rajout|cre|fai|fais|integr|inclu|mett|met|redig|ecri|tradui|migr|concev|dessin|prepar|develop|il faut|il faudrai|faut|veu|voudr|aimer|besoin)';
const THING =
  '(?:pages?|sections?|rubriques?|fonctionnalites?|versions?|landing\\w*|illustrations?|bannieres?|logos?|langues?|onglets?|ecrans?|modules?|articles?|videos?|modeles?|formulaires?|champs?|produits?|rapports?|tableaux? de bord|applis?|choses?|visuels?|declinaisons?)';
const APPROVE = '(?:valid|libere|liber|debloqu|clotur|clotr|pai|pay(?!e (?:\\d|plus))|accept|approuv|ferm)';
const UNTIL = '(?:tant que|avant|sans|jusqu)';
const COND = '(?:quand|des que|lorsque|une fois|que si|si|apres que|apres|aussitot)';

export const fr: Lexicon = {
  lang: 'fr',
  add: rx([
    `\\b(?:pourriez|pourrais|pouvez|peux|peut|pourrait|tu pourrais|vous pourriez)(?:-vous|-tu| vous| tu)?\\s+(?:\\w+\\s+)?${ALSO}\\b`,
    `\\b${ALSO}\\s+(?:\\w+\\s+)?${MAKE}`,
    `\\b(?:ajoute|ajoutez|ajouter|rajoute|rajoutez|rajouter|fais|faites|faire|cree|creez|creer|mets|mettez|mettre|integre|integrez|integrer|inclu\\w*|redige\\w*|tradui\\w*|migre\\w*)\\s+(?:\\S+\\s+){0,3}?(?:${ALSO}|en plus)\\b`,
    `\\b(?:encore|juste) une (?:petite |derniere )?(?:chose|demande|question|fonctionnalite|page)\\b`,
    `\\bune (?:petite |derniere )?(?:chose|demande) (?:en plus|de plus|encore)\\b`,
    `\\bautre chose\\b`,
    `\\bau passage\\b`,
    `\\b(?:nouvel+es? exigences?|j'ai pense a un truc|j'ai une idee)\\b`,
    `\\bpourrai\\w*\\b[^.]{0,40}?\\baussi\\b`,
    `\\bet si (?:on|vous|tu) (?:ajout|rajout|ment|fais|cre)\\w*`,
    `\\b(?:ce serait|ca serait|il serait) (?:top|bien|genial|super|ideal|parfait) (?:si|que|d')`,
    `\\bn'oublie[sz]? pas d'(?:inclure|ajouter|integrer) (?:un|une)\\b`,
    `\\b(?:y a-t-il|il y a) moyen\\b`,
    `\\bmaintenant\\b[^.]{0,25}?\\b(?:veu\\w*|voudrai\\w*|a besoin|demande)\\b`,
    `\\b(?:voudrai\\w* maintenant|maintenant (?:il |elle |on |je )?(?:veu\\w*|voudrai\\w*|a besoin))\\b`,
    `\\b(?:est-ce que|est ce que)\\b[^.]{0,50}?\\b(?:aussi|egalement|en plus)\\b`,
    `\\b(?:etendre|elargir|agrandir|completer)\\b`,
    `\\bpetite demande\\b`,
    `\\bpendant que (?:vous y etes|tu y es|t'y es)`,
    `\\bprofite(?:s|z)?-en\\b`,
    `\\b(?:je pensais|je croyais|j'imaginais|je supposais|j'avais compris)\\b[^.]{0,50}?(?:inclu|compri|aussi|egalement|avec)`,
    `\\b${THING}\\s+(?:suplementaires?|en plus|de plus|additionnel\\w*|nouvel\\w*)\\b`,
    `(?<!(?:paie|paye|paierai|payerai|donne) )\\b\\d+\\s+(?:\\S+\\s+){0,2}?(?:de plus|en plus|suplementaires?)\\b`,
    `\\bj'ai oublie de (?:dire|mentionner|preciser)`,
    `\\ben plus d[eu]\\b`,
    `\\bil manque (?:un truc|une chose|quelque chose|un\\b)`,
    `\\bil nous faudrait\\b`,
    `\\bmon (?:associe|patron|client|boss) (?:veut|voudrait|demande)`,
    `\\b(?:on veut|nous voulons|je veux|je voudrais|on voudrait|besoin|il faut|il nous faut)\\b[^.]{0,60}?\\b(?:aussi|egalement)\\b`,
  ]),
  addWeak: rx([
    `(?:^|[,:;(]\\s*|\\b(?:et|svp|stp|bonjour|salut)\\s+)(?:ajoute|ajoutez|rajoute|rajoutez|cree|creez|mets|mettez|integre|integrez|faites|fais)\\b`,
    `\\b(?:pourriez|pourrais|pouvez|peux|pourrait)(?:-vous|-tu| vous| tu)?\\s+(?:\\w+\\s+)?(?:ajouter|creer|faire|integrer|inclure|mettre|rajouter|migrer|traduire|developper|rediger)\\b`,
    `\\b(?:je veux|je voudrais|nous voulons|on veut|j'ai besoin|nous avons besoin|on a besoin|il nous faut|il me faut|il faut|il faudrait|faut|j'aimerais|on voudrait)\\s+(?:que\\s+)?(?:d'?un|d'?une|un|une|aussi|\\d|ajouter|rajouter|l'|le|la|les|des|qu)`,
    `\\bdoit (?:aussi|egalement)?\\s*(?:avoir|fonctionner|repondre|inclure)`,
    `\\bserait-il possible\\b`,
  ]),
  addLoose: rx([`\\b(?:pouvez|peux)(?:-vous|-tu)?\\s+(?:faire|changer)\\b`]),
  notAdd: rx([
    `\\bmerci\\b[^.]{0,25}?\\b(?:pour|d'avoir|ajout)`,
    `\\b(?:t'ai|vous ai)\\s+ajoute\\b`,
    `\\b(?:j'ai (?:ajoute|mis|envoye|televerse|joint)|ci-joint|en piece jointe)\\b`,
    `\\b(?:informations?|infos?|details|photos|fichiers|documents)\\s+(?:\\w+\\s+)?suplementaires?`,
    `\\b(?:comme|tel que)\\s+(?:convenu|prevu|discute|on a dit|dans le brief)`,
    `\\b(?:convenu|prevue?s?)\\b`,
    `\\b(?:liste|perimetre|devis|plan) (?:initial|initiale|d'origine)\\b`,
    `\\bn'ajoutez rien\\b`,
    `\\bcombien (?:couterait|coute)\\b`,
    `\\b(?:ajouter|mettre) des commentaires\\b`,
    `\\b(?:cree|creer|ajoute|ouvre|ouvrir|finance)\\w*\\s+(?:\\w+\\s+){0,2}?(?:jalon|contrat|milestone)\\b`,
    `\\bque (?:tu as|vous avez) (?:deja )?fai\\w*`,
    `\\b(?:de ma part|de moi|de notre part)\\b`,
  ]),
  pay: rx([
    `\\b(?:prime|bonus|pourboire|gratification)\\b`,
    `\\b(?:cree|creer|creerai|ajoute|ajouter|ajouterai|ouvr\\w*|finance|financer|financerai|j'ai cree|j'ai ajoute|j'ai finance)\\s+(?:\\w+\\s+)?(?:un|le|une|nouveau|autre)?\\s*(?:nouveau\\s+|deuxieme\\s+|second\\s+|autre\\s+)?(?:jalon|milestone|contrat|offre)`,
    `\\b(?:jalon|milestone|contrat)\\s+(?:suplementaire|separe|additionnel|en plus|\\d+ finance)`,
    `\\b(?:nouveau|autre)\\s+(?:jalon|milestone|contrat)`,
    `\\b(?:je\\s+)?(?:te|vous)\\s+(?:paie|paye|payerai|paierai)\\s+(?:\\w+\\s+)?(?:\\d|\\$|en plus|plus|le temps)`,
    `\\bpaierai volontiers|payerai volontiers\\b`,
    `\\b(?:augmente|augmenter|augmenterai|monte|monter)\\s+(?:le\\s+|ton\\s+|votre\\s+)?(?:budget|prix|tarif|montant)`,
    `\\b\\d+\\s*(?:dollars|euros?|usd|€|\\$)?\\s*(?:de plus|en plus|suplementaires?)\\b`,
    `\\b(?:t'envoie|vous envoie|te donne|vous donne)\\s+(?:un\\s+|une\\s+)?(?:prime|bonus|pourboire|\\d)`,
    `\\bdedommag|\\bcompens`,
    `\\bje (?:couvre|prends en charge)\\b`,
    `\\b(?:ajoute|rajoute)\\s+\\d+`,
  ]),
  notPay: rx([
    `\\bne\\s+(?:vais\\s+)?(?:pas\\s+)?(?:\\w+\\s+)?pa[iy]\\w*\\s+(?:pas\\s+)?plus\\b`,
    `\\bpas de (?:suplement|suplementaire|paiement en plus|surcout|prime)`,
    `\\bne veux pas (?:creer |ouvrir )?(?:un |d'autre )?(?:nouveau )?(?:jalon|milestone|contrat)`,
    `\\b(?:gratuit|gratuitement|inclus|compris dans)\\b`,
  ]),
  block: rx([
    `\\b(?:ne|n')\\s*(?:te\\s+|vous\\s+|le\\s+|la\\s+)?${APPROVE}\\w*\\s+(?:pas|rien|plus)\\b[^.]{0,80}?\\b${UNTIL}\\b`,
    `\\b(?:pas|aucun|aucune)\\s+(?:de\\s+)?(?:validation|paiement|versement|approbation)\\b[^.]{0,60}?\\b(?:sans|tant que|avant)\\b`,
    `\\b(?:je\\s+)?(?:valide|validerai|libere|libererai|debloque|debloquerai|paie|paierai|cloture|cloturerai|approuve|approuverai)\\b[^.]{0,60}?\\b${COND}\\b`,
    `\\b(?:paiement|jalon|argent|fonds|validation)\\s+(?:\\w+\\s+){0,3}?(?:libere|debloque|valide|verse)\\w*\\b[^.]{0,40}?\\b(?:que si|quand|si|une fois|apres)`,
    `\\b(?:d'abord)\\b[^.]{0,60}?\\b(?:ensuite|puis|apres)\\b[^.]{0,30}?(?:libere|valide|paie|debloque)`,
    `\\bavis (?:negatif|mauvais)|mauvais avis|mauvaise (?:note|evaluation)`,
    `\\bsi (?:tu veux|vous voulez)\\s+(?:les\\s+)?5 etoiles`,
    `\\bne sera (?:libere|valide|verse|paye)\\w* que\\b`,
    `\\btant que\\b[^.]{0,80}?\\b(?:ne|n')\\s*(?:\\w+\\s+)?(?:valid|liber|debloqu|pai|pay|clotur|accept)`,
    `\\bdepend de (?:toi|vous)\\b`,
    `\\b(?:validation|paiement|jalon)\\s+(?:\\w+\\s+){0,3}?(?:reste|restera|attend)\\w*[^.]{0,40}?(?:tant que|jusqu|avant)`,
  ]),
  notBlock: rx([`\\b(?:ce soir|demain|quand je (?:rentre|serai))\\b`, `\\bj'ai (?:deja )?(?:valide|libere)\\b`]),
  blockExtra: rx([`\\b(?:aussi|egalement|en plus|suplementaires?|nouvel\\w*|de plus)\\b`, `\\b(?:ajout|rajout|declinaison)\\w*`]),
  clause: /,|:|;| - | mais | et aussi | et ensuite /g,
  stopwords: words(`
    le la les l un une des de du d et ou que qu pour par avec sans en au aux a mon ma mes ton ta tes votre vos notre nos
    me te se vous tu nous il elle on ce cet cette ces aussi egalement plus en svp stp merci bonjour pourriez pourrais
    pouvez peux ajouter ajoute ajoutez rajoute creer cree faire fais faites mettre mets integrer inclure besoin faut
    veux voudrais encore autre chose petite petit nouvelle nouveau suplementaire est sont etre va vais avoir y`),
  generic: prefixes('page section rubrique fonctionnalit version site web appli application chose partie option ecran'),
};
