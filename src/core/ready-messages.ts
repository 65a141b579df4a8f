// Messages the freelancer can copy and send to the client, one template per language. Each one is
// polite and firm: it states what was agreed, quotes the client's own request, and proposes a
// separate milestone for that work or, as the alternative, a higher amount on the active milestone
// (only one milestone is funded at a time, so a raise gets the extra work funded now; either is
// funded before work starts). The client's words are
// inserted as plain text, never as markup. Templates are real translations, written so that they
// do not depend on the sender's grammatical gender (ru, uk, hi).

export const READY_MESSAGE_LANGS = ['en', 'es', 'pt', 'fr', 'de', 'ru', 'uk', 'hi'] as const;
export type ReadyMessageLang = (typeof READY_MESSAGE_LANGS)[number];

export interface ReadyMessageFields {
  /** The client's name for the greeting, or null for a greeting without a name. */
  clientName: string | null;
  /** The contract's title as agreed, or null. */
  agreed: string | null;
  /** The client's own words, quoted as they wrote them. */
  request: string;
  /** The extra work, named for the milestone. */
  work: string;
  /** Also ask the client to review and approve the milestone already submitted. */
  askApproval: boolean;
  freelancerName: string | null;
}

type Template = (f: ReadyMessageFields) => string[];

const TEMPLATES: Record<ReadyMessageLang, Template> = {
  en: (f) => [
    f.clientName ? `Hi ${f.clientName},` : 'Hi,',
    '',
    `Thank you for your message. ${
      f.agreed ? `Our contract "${f.agreed}" covers` : 'Our contract covers'
    } the work set out in its terms.`,
    '',
    `You asked: "${f.request}"`,
    '',
    `This goes beyond what we agreed, so I would be glad to do it as a separate milestone: "${f.work}". I will propose this milestone on Upwork now. If you prefer, we can instead raise the amount of the current milestone to cover the extra work; just let me know and I will send that request instead. Once you accept and fund either option, I will start on the extra work.`,
    ...(f.askApproval
      ? [
          '',
          'The milestone I submitted covers the agreed work, so please review and approve it. The extra work can then follow, funded on its own.',
        ]
      : []),
    '',
    'Best regards,',
    ...(f.freelancerName ? [f.freelancerName] : []),
  ],
  es: (f) => [
    f.clientName ? `Hola, ${f.clientName}:` : 'Hola:',
    '',
    `Gracias por su mensaje. ${
      f.agreed ? `Nuestro contrato «${f.agreed}» cubre` : 'Nuestro contrato cubre'
    } el trabajo descrito en sus términos.`,
    '',
    `Usted me pidió: «${f.request}»`,
    '',
    `Esto va más allá de lo que acordamos, así que con gusto lo haré como un hito (milestone) aparte: «${f.work}». Ahora mismo propondré este hito en Upwork. Si lo prefiere, también podemos aumentar el monto del hito actual para cubrir el trabajo adicional; dígamelo y le enviaré esa solicitud en su lugar. En cuanto acepte y financie cualquiera de las dos opciones, empezaré con el trabajo adicional.`,
    ...(f.askApproval
      ? [
          '',
          'El hito que entregué cubre el trabajo acordado, así que le pido que lo revise y lo apruebe. El trabajo adicional puede seguir después, con su propia financiación.',
        ]
      : []),
    '',
    'Saludos cordiales,',
    ...(f.freelancerName ? [f.freelancerName] : []),
  ],
  pt: (f) => [
    f.clientName ? `Olá, ${f.clientName}!` : 'Olá!',
    '',
    `Agradeço a sua mensagem. ${
      f.agreed ? `Nosso contrato "${f.agreed}" abrange` : 'Nosso contrato abrange'
    } o trabalho descrito nos seus termos.`,
    '',
    `Você pediu: "${f.request}"`,
    '',
    `Isso vai além do que combinamos, então terei prazer em fazê-lo como uma etapa (milestone) separada: "${f.work}". Vou propor esta etapa no Upwork agora. Se preferir, podemos aumentar o valor da etapa atual para cobrir o trabalho extra; é só me avisar que envio essa solicitação no lugar. Assim que você aceitar e financiar uma das duas opções, começo o trabalho extra.`,
    ...(f.askApproval
      ? [
          '',
          'A etapa que enviei abrange o trabalho combinado, por isso peço que você a revise e aprove. O trabalho extra pode vir depois, com financiamento próprio.',
        ]
      : []),
    '',
    'Atenciosamente,',
    ...(f.freelancerName ? [f.freelancerName] : []),
  ],
  fr: (f) => [
    f.clientName ? `Bonjour ${f.clientName},` : 'Bonjour,',
    '',
    `Merci pour votre message. ${
      f.agreed ? `Notre contrat « ${f.agreed} » couvre` : 'Notre contrat couvre'
    } le travail défini dans ses conditions.`,
    '',
    `Vous m'avez demandé : « ${f.request} »`,
    '',
    `Cela dépasse ce que nous avons convenu ; je le ferai donc volontiers dans un jalon (milestone) distinct : « ${f.work} ». Je propose ce jalon sur Upwork dès maintenant. Si vous préférez, nous pouvons plutôt augmenter le montant du jalon en cours pour couvrir ce travail supplémentaire ; dites-le-moi et je vous enverrai cette demande à la place. Dès que vous aurez accepté et financé l'une ou l'autre option, je me mettrai au travail supplémentaire.`,
    ...(f.askApproval
      ? [
          '',
          "Le jalon que j'ai soumis couvre le travail convenu : merci de l'examiner et de l'approuver. Le travail supplémentaire pourra ensuite suivre, financé à part.",
        ]
      : []),
    '',
    'Cordialement,',
    ...(f.freelancerName ? [f.freelancerName] : []),
  ],
  de: (f) => [
    f.clientName ? `Hallo ${f.clientName},` : 'Hallo,',
    '',
    `vielen Dank für Ihre Nachricht. ${
      f.agreed ? `Unser Vertrag „${f.agreed}“ umfasst` : 'Unser Vertrag umfasst'
    } die in seinen Bedingungen beschriebene Arbeit.`,
    '',
    `Sie haben geschrieben: „${f.request}“`,
    '',
    `Das geht über das Vereinbarte hinaus, daher übernehme ich es gern als eigenen Meilenstein (Milestone): „${f.work}“. Ich schlage diesen Meilenstein jetzt auf Upwork vor. Wenn Ihnen das lieber ist, können wir stattdessen den Betrag des aktuellen Meilensteins erhöhen, um die zusätzliche Arbeit abzudecken; geben Sie mir einfach Bescheid, dann sende ich Ihnen diese Anfrage. Sobald Sie eine der beiden Möglichkeiten angenommen und finanziert haben, beginne ich mit der zusätzlichen Arbeit.`,
    ...(f.askApproval
      ? [
          '',
          'Der eingereichte Meilenstein umfasst die vereinbarte Arbeit. Bitte prüfen Sie ihn und geben Sie ihn frei; die zusätzliche Arbeit kann danach folgen, mit eigener Finanzierung.',
        ]
      : []),
    '',
    'Mit freundlichen Grüßen',
    ...(f.freelancerName ? [f.freelancerName] : []),
  ],
  ru: (f) => [
    f.clientName ? `Здравствуйте, ${f.clientName}!` : 'Здравствуйте!',
    '',
    `Спасибо за ваше сообщение. ${
      f.agreed ? `Наш контракт «${f.agreed}» охватывает` : 'Наш контракт охватывает'
    } работу, описанную в его условиях.`,
    '',
    `Вы попросили: «${f.request}»`,
    '',
    `Это выходит за рамки того, о чём мы договорились, поэтому я с удовольствием выполню это как отдельный этап (milestone): «${f.work}». Сейчас я предложу этот этап на Upwork. Если вам удобнее, можно вместо этого увеличить сумму текущего этапа, чтобы покрыть дополнительную работу, — просто дайте знать, и я отправлю такой запрос. Как только вы примете и профинансируете любой из этих вариантов, я сразу приступлю к дополнительной работе.`,
    ...(f.askApproval
      ? [
          '',
          'Сданный этап охватывает согласованную работу, поэтому прошу вас проверить и одобрить его. Дополнительная работа может пойти следом, с отдельным финансированием.',
        ]
      : []),
    '',
    'С уважением,',
    ...(f.freelancerName ? [f.freelancerName] : []),
  ],
  uk: (f) => [
    f.clientName ? `Вітаю, ${f.clientName}!` : 'Вітаю!',
    '',
    `Дякую за ваше повідомлення. ${
      f.agreed ? `Наш контракт «${f.agreed}» охоплює` : 'Наш контракт охоплює'
    } роботу, описану в його умовах.`,
    '',
    `Ви попросили: «${f.request}»`,
    '',
    `Це виходить за межі того, про що ми домовилися, тому я охоче виконаю це як окремий етап (milestone): «${f.work}». Зараз я запропоную цей етап на Upwork. Якщо вам зручніше, можна натомість збільшити суму поточного етапу, щоб покрити додаткову роботу, — просто дайте знати, і я надішлю такий запит. Щойно ви приймете й профінансуєте будь-який із цих варіантів, я одразу візьмуся до додаткової роботи.`,
    ...(f.askApproval
      ? [
          '',
          'Зданий етап охоплює погоджену роботу, тому прошу вас перевірити й схвалити його. Додаткова робота може піти слідом, з окремим фінансуванням.',
        ]
      : []),
    '',
    'З повагою,',
    ...(f.freelancerName ? [f.freelancerName] : []),
  ],
  hi: (f) => [
    f.clientName ? `नमस्ते ${f.clientName} जी,` : 'नमस्ते,',
    '',
    `आपके संदेश के लिए धन्यवाद। ${
      f.agreed ? `हमारा अनुबंध "${f.agreed}"` : 'हमारा अनुबंध'
    } उसकी शर्तों में बताए गए काम को कवर करता है।`,
    '',
    `आपने लिखा: "${f.request}"`,
    '',
    `यह हमारे तय किए गए काम से ज़्यादा है, इसलिए इसे एक अलग माइलस्टोन (milestone) के रूप में करना मेरे लिए खुशी की बात होगी: "${f.work}"। इस माइलस्टोन का प्रस्ताव अभी Upwork पर भेजा जा रहा है। अगर आप चाहें, तो इसके बजाय मौजूदा माइलस्टोन की राशि बढ़ाकर भी अतिरिक्त काम को कवर किया जा सकता है; बस बता दीजिए, तो उसका अनुरोध भेज दिया जाएगा। इन दोनों में से किसी एक को स्वीकार करके फ़ंड करते ही अतिरिक्त काम शुरू हो जाएगा।`,
    ...(f.askApproval
      ? [
          '',
          'जमा किया गया माइलस्टोन तय किए गए काम को कवर करता है, इसलिए कृपया इसकी समीक्षा करके इसे स्वीकृत करें। अतिरिक्त काम उसके बाद, अलग से फ़ंड होकर, हो सकता है।',
        ]
      : []),
    '',
    'सादर,',
    ...(f.freelancerName ? [f.freelancerName] : []),
  ],
};

/** The supported language for a detected code ("pt-BR" -> "pt"), or English. */
export function readyMessageLang(lang: string | null | undefined): ReadyMessageLang {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (READY_MESSAGE_LANGS as readonly string[]).includes(base) ? (base as ReadyMessageLang) : 'en';
}

export function readyMessage(
  lang: string | null | undefined,
  fields: ReadyMessageFields,
): { lang: ReadyMessageLang; text: string } {
  const chosen = readyMessageLang(lang);
  return { lang: chosen, text: TEMPLATES[chosen](fields).join('\n') };
}
