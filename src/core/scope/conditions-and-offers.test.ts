// Conditions on approval phrased as "once / as soon as … I approve", raises of a milestone already
// made, price questions asked only to know, and lines that look like cues but are not.
import { describe, expect, it } from 'vitest';
import { signals } from './test-signals';


describe('approval made conditional', () => {
  it.each([
    ["The milestone's on hold until the export works again."],
    ['I will hold off approving the second milestone until the report is complete.'],
    ['Before I hit approve, please double check the footer links.'],
    ['Cuando me mandes los archivos finales libero el pago.'],
    ['Assim que você mandar o vídeo final eu aprovo.'],
    ['O pagamento está retido até você corrigir o formulário.'],
    ['Avant de valider, corrigez les liens du menu.'],
    ['Dès que le PDF est corrigé, je valide le jalon.'],
    ['Sobald die Rechnung korrigiert ist, gebe ich die Zahlung frei.'],
    ['Die Abnahme gibt es erst, wenn der Import läuft.'],
  ])('%s', (text) => {
    expect(signals(text).block).toBe(true);
  });

  it('a good review promised only against more work is a block that adds scope', () => {
    expect(signals("I'll only leave positive feedback if you design the flyer too.")).toMatchObject({ adds: true, block: true });
  });

  it('a date or a meeting is no condition', () => {
    expect(signals("We'll approve it on Thursday after our team meeting.").block).toBe(false);
    expect(signals('I will release the payment after the call with my partner.').block).toBe(false);
  });

  it('a bonus promised beside the condition does not make the condition new work', () => {
    expect(signals("Payment stays on hold until the crash is fixed, but then I'll add a $40 bonus.")).toEqual({
      adds: false,
      pay: true,
      block: true,
    });
  });

  it('a later contract "once this is done" blocks nothing', () => {
    expect(signals('We can talk about a new contract once this is done, if you are interested.').block).toBe(false);
  });
});

describe('offers of pay', () => {
  it.each([
    ['I raised the milestone to $900 because of the extra screens.'],
    ['Bumped milestone 2 from $300 to $380, thanks for the patience.'],
    ['I can add it as a separate milestone.'],
    ['Te voy a añadir 80 USD por el trabajo extra.'],
    ['Aumentei o valor do marco para R$ 900.'],
    ['Für die zusätzlichen Seiten lege ich 200 € drauf.'],
    ['Kannst du das auch übersetzen? Ich zahle natürlich extra.'],
  ])('%s', (text) => {
    expect(signals(text).pay).toBe(true);
  });

  it.each([
    ['I funded the third milestone as planned.'],
    ['Your price is honestly high, but a deal is a deal.'],
  ])('no offer: %s', (text) => {
    expect(signals(text).pay).toBe(false);
  });
});

describe('price questions asked only to know', () => {
  it.each([
    ['What would you charge for a mobile app? Just curious, nothing urgent.'],
    ['How much would a brand video cost? Not now, I just want to budget for next year.'],
    ['¿Cuánto me cobrarías por una app? Solo por curiosidad.'],
    ['Combien factureriez-vous pour un site en anglais ? Juste pour le budget.'],
  ])('%s', (text) => {
    expect(signals(text)).toMatchObject({ adds: false, pay: false });
  });

  it('a price question for work wanted now still counts', () => {
    expect(signals('How much would you charge to add a booking page? We need it before launch.').pay).toBe(true);
  });
});

describe('pasted details ask for nothing', () => {
  it('PHP errors and access details are read as blanks', () => {
    expect(signals('The import stops with:\n\nFatal error: Allowed memory size exhausted in /var/www/add-more.php on line 12\n\nCan you check?').adds).toBe(false);
    expect(signals('Access for the test server:\nhost: 192.0.2.7\nuser: also_admin\npassword: extra-secret\nTell me if it works.').adds).toBe(false);
  });

  it('"let me know if you need anything" offers help, asks for no work', () => {
    expect(signals("While you're at it, let me know if you need anything from us (logins, logos).").adds).toBe(false);
  });
});

describe('agreed scope: work the client does', () => {
  it('"done by the client" leaves that work out of the agreement', () => {
    const scope = 'Shopify theme with 5 pages. Product uploads done by the client.';
    expect(signals('Could you also upload our 200 products? No rush.', scope).adds).toBe(true);
  });
});

describe('agreed work reported missing', () => {
  it.each([
    ['The onboarding checklist from the proposal is still missing.'],
    ['Falta o checklist que estava na proposta.'],
    ['Falta la guía de estilo que venía en la propuesta.'],
  ])('%s', (text) => {
    expect(signals(text).adds).toBe(false);
  });

  it('work the agreement names, reported missing or wrong, is no new scope', () => {
    const scope = 'Landing page with a pricing table, an FAQ and a newsletter form.';
    expect(signals('The newsletter form is missing and the FAQ shows twice.', scope).adds).toBe(false);
    expect(signals('Es fehlt noch das FAQ.', 'Landingpage mit Preistabelle und FAQ.').adds).toBe(false);
  });

  it('"not in the proposal" is no agreement', () => {
    expect(signals('The blog was not in the proposal, but can you also add it?').adds).toBe(true);
  });
});

describe('the agreement decides', () => {
  it('a language or platform the agreement does not name is new, even when the rest is agreed', () => {
    const scope = 'Translation of the user manual from English into German, one review round.';
    expect(signals('Could you translate the manual into Dutch as well?', scope).adds).toBe(true);
    expect(signals('Please translate the manual into German as agreed.', scope).adds).toBe(false);
  });

  it('a condition naming work the agreement leaves out adds scope', () => {
    const scope = 'Landing page delivered as a zip. Hosting and domain setup not included.';
    expect(signals("I won't approve until you handle the hosting for me.", scope)).toMatchObject({ adds: true, block: true });
    expect(signals("I won't approve until the contact form sends mail.", scope)).toMatchObject({ adds: false, block: true });
  });
});

describe('Hinglish', () => {
  it('"fix it, then I release" is a condition', () => {
    expect(signals('Footer ka alignment theek kar do phir payment release kar dunga.').block).toBe(true);
    expect(signals('Login theek karo toh main approve kar dunga.').block).toBe(true);
  });

  it('a milestone raised from one amount to another is an offer', () => {
    expect(signals('Jaldi kaam kiya, milestone $200 se $250 kar diya hai.').pay).toBe(true);
  });

  it('a price asked only for the budget is neither work nor offer', () => {
    expect(signals('Agle mahine ek website banwani hai, kitna charge karoge? abhi nahi, bas budget ke liye.')).toMatchObject({
      adds: false,
      pay: false,
    });
  });
});

describe('more of the same, quick extras', () => {
  it.each([
    ['My co-founder wants to see three more icon options.'],
    ['Can you quickly hook the signup form up to our CRM?'],
    ['Could you look into why our other shop loads slowly too?'],
  ])('%s', (text) => {
    expect(signals(text).adds).toBe(true);
  });

  it.each([['Can you check the footer on mobile too? It overlaps the menu.'], ['She wants to see the progress so far.']])('no new work: %s', (text) => {
    expect(signals(text).adds).toBe(false);
  });
});

describe('greetings', () => {
  it.each([
    ['Welcome aboard, Ana! Looking forward to seeing the new site.'],
    ['¡Bienvenida, Lucía! Con ganas de ver la nueva web.'],
    ['Witamy na pokładzie! Czekam na pierwszą wersję.'],
  ])('ask for nothing: %s', (text) => {
    expect(signals(text).adds).toBe(false);
  });
});

describe('approval made conditional by an order and its consequence, or by "before I pay"', () => {
  it.each([
    ['en', 'Sort out the login timeout, then I approve the milestone.'],
    ['en', 'If the invoices export is working by Monday I release the payment.'],
    ['en', 'Please upload the raw footage so I can approve.'],
    ['en', 'Approval will have to wait until the map shows every store.'],
    ['en', 'Until the totals match the ledger I can’t sign off.'],
    ['en', 'Payment after those two charts are corrected.'],
    ['es', 'Antes de liberar el pago quiero revisar la versión final.'],
    ['es', 'Corrige el formulario y te apruebo el hito.'],
    ['es', 'Si no está listo el lunes te dejo una reseña negativa.'],
    ['pt', 'Antes de liberar o pagamento preciso ver o vídeo final.'],
    ['pt', 'Manda as fontes e eu libero o marco.'],
    ['fr', 'Corrigez le menu mobile et je valide.'],
    ['de', 'Bevor ich bezahle, will ich die finale Version sehen.'],
    ['de', 'Behebe den Fehler im Formular, dann gebe ich den Meilenstein frei.'],
    ['it', 'Prima di rilasciare il pagamento voglio vedere la versione definitiva.'],
    ['it', 'Correggi il modulo di contatto e ti approvo la milestone.'],
    ['nl', 'Zet de juiste teksten erin, dan keur ik het goed.'],
    ['nl', 'De betaling komt vrij zodra het formulier werkt.'],
    ['pl', 'Napraw formularz, wtedy zatwierdzam etap.'],
    ['hi', 'Final files bhejo tab payment release karunga.'],
    ['hi', 'Milestone approve karne se pehle mujhe final video dekhna hai.'],
    ['hi', 'Agar kal tak fix nahi hua toh 1 star review dunga.'],
  ])('%s: %s', (_lang, text) => {
    expect(signals(text).block).toBe(true);
  });

  it.each([
    ['nl', 'Als het langer duurt dan gepland, dan betaal ik de extra uren.'],
    ['de', 'Mach bitte noch die Druckversion, dann zahle ich 100 € mehr.'],
    ['es', 'El hito 2 ya está financiado, empieza con la pantalla de pago cuando quieras.'],
    ['en', 'Milestone 3 is funded, start on the checkout whenever you are ready.'],
    ['en', 'I reviewed the draft and I approve the direction.'],
  ])('%s: pay offered, or a start whenever the freelancer likes, is no condition: %s', (_lang, text) => {
    expect(signals(text).block).toBe(false);
  });

  it.each([
    ['en', "I'll sign off on the report once it comes with an executive summary deck."],
    ['fr', 'Je validerai le rapport quand il sera accompagné d’une version anglaise.'],
    ['hi', 'Jab tak mobile app nahi banta, main milestone approve nahi karunga.'],
  ])('%s: a condition that brings one more deliverable adds scope: %s', (_lang, text) => {
    expect(signals(text)).toMatchObject({ adds: true, block: true });
  });
});

describe('offers of pay: more items at the same rate, a milestone to propose, a raise, a tip', () => {
  it.each([
    ['en', 'Could you tag 40 more photos? Same rate per photo as before is fine with me.'],
    ['en', "We'll adjust the budget for the extra testing, don't worry."],
    ['en', 'Finish the audit by Friday and there is a $50 bonus in it for you.'],
    ['en', 'Sent you a little something extra for the late nights this week.'],
    ['en', 'Added a $15 tip, thanks for the quick fix!'],
    ['en', 'Write the two extra blog posts and I fund a new $120 milestone for them.'],
    ['es', 'Sube 20 recetas más, te pago lo mismo por receta.'],
    ['pt', 'Quero mais 10 artigos. Propõe um marco pra isso e eu financio.'],
    ['pt', 'Corrige o formulário e eu libero o marco + um extra de R$40.'],
    ['fr', 'Ajoutez 10 traductions de plus, je paie le même tarif par page.'],
    ['fr', 'J’ai augmenté le budget de 80 € pour les heures en plus.'],
    ['de', 'Mach bitte noch 5 Grafiken, schlag mir einen Meilenstein vor, den finanziere ich.'],
    ['it', 'Ti ho inviato un piccolo extra per la pazienza.'],
    ['nl', 'Stel maar een mijlpaal voor de vertalingen voor, dan financier ik die.'],
    ['pl', 'Dodaj 10 opisów, ta sama stawka za opis co wcześniej.'],
    ['hi', '10 aur blogs likh do, wahi rate dunga jo pehle tha.'],
    ['hi', 'Bug fix kar do, phir approve karke thoda extra bhi bhej dunga.'],
  ])('%s: %s', (_lang, text) => {
    expect(signals(text).pay).toBe(true);
  });

  it.each([
    ['en', 'The banner should read "double bonus points this weekend", not "bonus points".'],
    ['it', 'Nel capitolo bonus del manuale manca una foto, puoi sistemare?'],
    ['es', 'Me encantan los iconos, estaría genial tener 6 más para la app.'],
  ])('%s: a bonus in the product, or more items, is no pay: %s', (_lang, text) => {
    expect(signals(text).pay).toBe(false);
  });

  it.each([
    ['de', 'Sobald der Export läuft, gebe ich frei und leg noch 20 € Trinkgeld drauf.'],
    ['pt', 'Corrige o formulário e eu libero o marco + um extra de R$40.'],
    ['hi', 'Bug fix kar do, phir approve karke thoda extra bhi bhej dunga.'],
  ])('%s: the bonus promised with the approval asks for no work: %s', (_lang, text) => {
    expect(signals(text)).toMatchObject({ adds: false, block: true });
  });

  it('a request beside the bonus in the same sentence still adds scope', () => {
    expect(signals("Add French subtitles and I'll add $80 on top, but I only approve once they're in.")).toMatchObject({ adds: true, pay: true, block: true });
  });
});

describe('requests the agreement already names, in the words clients use', () => {
  it.each([
    ['hi', 'Episode 3 ka poster bhi bhej dena saath mein', 'Podcast ke 6 episodes edit karna, har episode ka poster ke saath.'],
    ['nl', 'Kun je de Duitse versie ook nog doen?', 'Website in het Nederlands en Duits, 5 pagina’s.'],
    ['pt', 'Vc vai fazer os stories tb né?', 'Gestão de Instagram: 20 posts e stories por mês.'],
    ['en', "While you're at it pls archive those old invoices, I never read them.", 'Organise a shared drive: folders, naming rules, archiving old invoices.'],
  ])('%s: %s', (_lang, text, scope) => {
    expect(signals(text, scope).adds).toBe(false);
  });

  it('a manager who needs to see the work asks for none', () => {
    expect(signals('My boss needs to see the mockups with the brand colours before I can release anything.').adds).toBe(false);
  });
});

describe('implicit additions: revisions without end, effort questions, a one-off made recurring', () => {
  it.each([
    ['en', "Still not convinced after the second round. Let's keep iterating until I really love it."],
    ['es', 'No me convence todavía. Seguimos probando hasta que me guste de verdad.'],
    ['pt', 'Ainda não gostei. Vamos continuando até ficar do meu jeito, combinado?'],
    ['fr', 'Je ne suis pas encore convaincu. On continue jusqu’à ce que ça me plaise.'],
    ['de', 'Noch nicht ganz. Wir machen einfach weiter, bis es mir gefällt.'],
    ['it', 'Non mi convince ancora. Andiamo avanti finché non mi piace davvero.'],
    ['nl', 'Nog niet helemaal. We gaan gewoon door tot het perfect is.'],
    ['pl', 'Jeszcze nie to. Poprawiamy tak długo, aż mi się spodoba.'],
    ['en', 'Is it a lot of work to add a wishlist to the shop? Customers keep asking.'],
    ['es', '¿Sería mucho lío meter un buscador en el blog?'],
    ['pt', 'Seria muito trabalho colocar um mapa na página de contato?'],
    ['fr', 'Est-ce beaucoup de travail d’ajouter un calendrier de réservation ?'],
    ['de', 'Wäre es viel Arbeit, einen Newsletter-Anmeldung noch einzubauen?'],
    ['it', 'Sarebbe tanto lavoro aggiungere una mappa dei negozi?'],
    ['nl', 'Is het veel werk om een zoekfunctie in te bouwen?'],
    ['en', 'Could the report be set up to run weekly from now on, with the file sent to our Slack?'],
    ['nl', 'Kunnen we de export voortaan wekelijks laten draaien? Dan hebben we altijd de nieuwste cijfers.'],
    ['pt', 'Queria que o relatório rodasse toda semana até dezembro.'],
    ['en', 'Can you keep an eye on the servers for a few months after launch?'],
  ])('%s: %s', (_lang, text) => {
    expect(signals(text).adds).toBe(true);
  });

  it.each([
    ['en', 'Please send me a short status update every week.'],
    ['en', 'Is it a lot of work to fix the footer? No rush.'],
  ])('no added scope: %s', (text) => {
    expect(signals(text).adds).toBe(false);
  });
});

describe('more ways of asking for new work', () => {
  it.each([
    ['en', 'Can you find 30 more suppliers for the sheet, same filters?'],
    ['en', 'The price list works, but could you turn it into a proper little web app for the sales team?'],
    ['en', 'If you make also the 2 flyers for the fair I give you 40 USD extra.'],
    ['es', 'Supuse que el blog iba incluido, quiero publicar noticias cada semana.'],
    ['pt', 'Achei que a loja virtual vinha inclusa, quero vender pelo site.'],
    ['fr', 'Je pensais que la version mobile était incluse dans le forfait.'],
    ['de', 'Könntest du die Adressen noch mit Telefonnummern ergänzen?'],
    ['it', 'Il direttore vorrebbe anche un confronto con l’anno scorso, con grafici per regione.'],
    ['nl', 'Kun je de cijfers van vorig kwartaal ook nog in het dashboard verwerken?'],
    ['hi', 'Is video se 5 chhote clips bhi nikaal do Instagram ke liye.'],
    ['hi', 'Agar saath mein ek chhota sa blog bhi ban jaye toh mast ho jaye.'],
  ])('%s: %s', (_lang, text) => {
    expect(signals(text).adds).toBe(true);
  });

  it.each([
    ['it', 'Come va con il sito? Il capo chiede se per lunedì è pronto.'],
    ['de', 'Könntest du mir die Dateien noch schicken?'],
    ['hi', 'Logo thoda chhota kar do, baaki sab theek hai.'],
    ['pt', 'Li o relatório, tá ótimo! Obrigado.'],
  ])('%s: no new work: %s', (_lang, text) => {
    expect(signals(text).adds).toBe(false);
  });

  it('agreed work asked about with "the X one" is covered by the agreement', () => {
    expect(signals('Are you also doing the Italian one?', 'Translate the menu into Italian and French.').adds).toBe(false);
  });
});

describe('offers of pay and the model', () => {
  it('a bare offer for work already done is no request', () => {
    expect(signals("I'll add another $150 for the extra screens you already did.").adds).toBe(false);
  });

  it.each([
    "I'll pay $30 extra for the FAQ page.",
    'We can give you 80 USD more for a pricing table.',
    "I'd pay $200 to build the Android version.",
  ])('money offered for a named thing asks for that thing: %s', (text) => {
    expect(signals(text)).toMatchObject({ adds: true, pay: true });
  });

  it.each([
    "I'll add another $150 for the screens you did last week.",
    'I can pay $50 extra for the rush delivery.',
    "I'll send $40 extra for the great work so far.",
  ])('money for a rush, for work done or as thanks asks for nothing new: %s', (text) => {
    expect(signals(text)).toMatchObject({ adds: false, pay: true });
  });

  it('an offer with a condition that names the new work still adds scope', () => {
    expect(signals("I'll pay $30 extra for the FAQ page but I'm holding milestone 3 until it's live.")).toMatchObject({ adds: true, pay: true, block: true });
  });
});
