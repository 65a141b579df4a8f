// EVERY selector and text anchor the readers use lives here, and nowhere else. Each is paired
// (name + "_") with the fixtures in test/fixtures/upwork/ where it must match and how often;
// selectors.test.ts checks all of them. CSS selectors are plain strings; text anchors are
// `anchor([...])` and count the innermost elements whose whole text is one of the words
// (case-insensitive, a trailing colon ignored). Confidence of each is in docs/upwork-pages.md.
// When Upwork changes a page: fix the anchor here, add the saved page as a fixture, and list it.

export type Where = [fixture: string, count: number][];

export interface TextAnchor {
  readonly text: readonly string[];
}
const anchor = (text: readonly string[]): TextAnchor => ({ text });

// ---- Whole page ----

/** Page chrome that scans must skip: top navigation, sidebars, footers. */
// Not every <header>: cards and tables have their own. Only the page's top bar.
export const pageChrome = 'nav, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], body > header, #__layout > div > header';
export const pageChrome_: Where = [['room-basic.html', 4], ['workroom-fixed-cards.html', 4], ['loading-shell.html', 2]];

/** Attributes a loaded page carries by the hundred; a handful means it has not rendered. */
export const testAttributes = '[data-qa], [data-test]';
export const testAttributes_: Where = [['loading-shell.html', 4], ['soft-block.html', 0], ['workroom-redesign.html', 0]];

/** Upwork's soft-block page, served with status 200. */
export const softBlock = anchor(["We'll be right back", 'We’ll be right back']);
export const softBlock_: Where = [['soft-block.html', 1], ['workroom-fixed-cards.html', 0]];

/** The logged-in user's name in the top navigation. */
export const navUserName = '[data-test="nav-user-name"], .nav-user-name, .nav-d-user-name';
export const navUserName_: Where = [['room-basic.html', 1], ['workroom-fixed-cards.html', 1], ['room-no-nav.html', 0]];

/** Fallback: the avatar of the account menu, whose alt is the user's name. */
export const navUserAvatar = '[data-test="nav-user-avatar"] img[alt], .nav-d-user-avatar img[alt], .nav-avatar img[alt]';
export const navUserAvatar_: Where = [['workroom-redesign.html', 1], ['room-no-nav.html', 0]];

// ---- Message room ----

/** One message (story). */
export const storyItem = '[id^="story_"], .up-d-story-item';
export const storyItem_: Where = [['room-basic.html', 9], ['room-workroom-tab.html', 6], ['room-quotes-attachments.html', 7], ['room-no-nav.html', 4], ['loading-shell.html', 0]];

/** Day separator between stories; the date is in `.header-timestamp` or the header's own text. */
export const storyDayHeader = '.story-day-header';
export const storyDayHeader_: Where = [['room-basic.html', 3], ['room-no-nav.html', 2]];
export const storyDayHeaderDate = '.header-timestamp';
export const storyDayHeaderDate_: Where = [['room-basic.html', 3]];

/** The header of the first story of a run from one sender. */
export const storyHeader = '[data-test="story-header"], .story-message-header';
export const storyHeader_: Where = [['room-basic.html', 5], ['room-no-nav.html', 3]];
export const storyAuthor = '.user-name, [data-test="story-user-name"]';
export const storyAuthor_: Where = [['room-basic.html', 5], ['room-workroom-tab.html', 5]];

/** Time; its title holds the full date ("April 20, 2026 at 2:07 PM"), its text the short time. */
export const storyTimestamp = '.story-timestamp';
export const storyTimestamp_: Where = [['room-basic.html', 9], ['room-no-nav.html', 4]];

export const storyMessage = '.story-message, [data-test="story-message"]';
export const storyMessage_: Where = [['room-basic.html', 14], ['room-workroom-tab.html', 6]];
export const storyDeleted = '.story-message.deleted, [data-test="story-message-deleted"], .story-deleted';
export const storyDeleted_: Where = [['room-quotes-attachments.html', 1], ['room-basic.html', 0]];

/** Quoted replies, left out of a message's text; and the end-of-message marker. */
export const storyQuote = '.reply-wrapper, .quote-attachment, .quote-wrap';
export const storyQuote_: Where = [['room-quotes-attachments.html', 3], ['room-basic.html', 0]];
export const storyNoise = '.end-of-message, .story-reactions, .story-actions, .sr-only';
export const storyNoise_: Where = [['room-basic.html', 7]];

/** File names of attachments (those inside quoted replies are left out by the reader). */
export const storyAttachmentName = '.up-d-story-reference .file-name, .story-file-preview .file-name, .file-name, [data-test="attachment-name"]';
export const storyAttachmentName_: Where = [['room-quotes-attachments.html', 5], ['room-basic.html', 0]];

/** Markup hints of Upwork's own system stories (contract and milestone events). */
export const storySystem = '[data-test="system-story"], .system-story, .up-d-system-story, .story-system';
export const storySystem_: Where = [['room-basic.html', 2], ['room-workroom-tab.html', 0]];

/** Texts of system stories that carry no markup hint (checked only on stories without a header). */
export const systemStoryText: readonly RegExp[] = [
  /^the contract (has )?(started|ended|was (paused|resumed|ended))/i,
  /^(a )?new milestone .* (was|has been) (added|created|proposed)/i,
  /^milestone .* (has been|was|is) (funded|activated|submitted|approved|released|paid|refunded|edited)/i,
  /^.{1,80} (funded|activated|approved|submitted work for|released payment for|added|requested changes on) (the )?milestone\b/i,
  /^payment (of .* )?(has been|was) (released|sent)/i,
  /^.{1,80} (sent|accepted|withdrew) (you )?an offer\b/i,
];

/** The author Upwork shows on its own stories. */
export const systemAuthor = anchor(['Upwork']);
export const systemAuthor_: Where = [['room-workroom-tab.html', 1]];

/** Room header: the title is the other party's name in a one-to-one room. */
export const roomTitle = '[data-test="room-title"], .room-title';
export const roomTitle_: Where = [['room-basic.html', 1], ['room-no-nav.html', 1], ['room-spanish.html', 1]];

/** The "View contract" action that ties a room to its contract. */
export const viewContractLink = '[data-ev-label="wm_view_contract_action"]';
export const viewContractLink_: Where = [['room-basic.html', 1], ['room-spanish.html', 0]];
/** Fallback: a link to a workroom or contract, in the room header first, then anywhere. */
export const roomHeader = '[data-test="room-header"], .up-d-room-header, .room-header';
export const roomHeader_: Where = [['room-basic.html', 1], ['room-spanish.html', 1]];
export const contractLink = 'a[href*="/workroom/"], a[href*="/contracts/"]';
export const contractLink_: Where = [['room-basic.html', 2], ['room-spanish.html', 1], ['contracts-list.html', 5]];

/** Room list of the inbox: the selected room. */
export const inboxSelectedRoom = 'a[href*="/ab/messages/rooms/"][aria-current="page"], a[href*="/ab/messages/rooms/"].active, a[href*="/ab/messages/rooms/"][aria-selected="true"], [aria-selected="true"] a[href*="/ab/messages/rooms/"], [aria-current="page"] a[href*="/ab/messages/rooms/"], .active > a[href*="/ab/messages/rooms/"], .selected a[href*="/ab/messages/rooms/"], a[href*="/ab/messages/rooms/"].selected';
export const inboxSelectedRoom_: Where = [['inbox.html', 1]];

// ---- Workroom: contract ----

export const contractTitle = '[data-test="contract-title"], [data-qa="contract-title"]';
export const contractTitle_: Where = [['workroom-fixed-cards.html', 1], ['workroom-redesign.html', 0]];
/** Shortcut for the title under other data-test names ("contract-name", "header-title"...);
 * values naming something else (milestone, job, room, story, section) are left out by the reader. */
export const contractTitleLike = '[data-test*="contract-name"], [data-test*="title"], [data-qa*="contract-name"], [data-qa*="title"]';
export const contractTitleLike_: Where = [['workroom-contract-name-dl.html', 1], ['workroom-table-columns.html', 1], ['workroom-hourly-no-limit.html', 1], ['workroom-redesign.html', 0]];
/** data-test values of `contractTitleLike` that name something other than the contract. */
export const notContractTitle = /milestone|meilenstein|jalon|hito|marco|etapa|mijlpaal|kamien|tappa|timeline|step|job|room|story|section|card|modal|nav|user|tab/i;
/** Fallback for the title: the page's main heading (outside the page chrome). */
export const mainHeading = 'h1';
export const mainHeading_: Where = [['workroom-redesign.html', 1], ['workroom-fixed-table.html', 1]];
/** Last fallback for the title: the first sub-heading of the main content that is not a section
 * heading (`sectionHeadings`), a status word, an amount or a date. */
export const subHeading = 'h2, h3';
export const subHeading_: Where = [['workroom-h2-inline-terms.html', 2], ['workroom-status-sentences.html', 4], ['workroom-legacy-inline.html', 3]];
/** Headings of a workroom's sections and tabs, never the contract's title. */
export const sectionHeadings = anchor([
  'Overview', 'Details', 'Contract details', 'Contract summary', 'Summary', 'Timeline', 'Messages', 'Files', 'Recent files',
  'Terms', 'Contract terms', 'Offer terms', 'Earnings', 'Payments', 'Invoices', 'Timesheet', 'Work diary', 'Activity', 'Recent activity',
  'Feedback', 'Proposal', 'Job post', 'Original job post', 'Job details', 'Description', 'Contracts', 'My contracts', 'Quick links',
]);
export const sectionHeadings_: Where = [['workroom-status-sentences.html', 3], ['workroom-unrecognised.html', 5], ['workroom-h2-inline-terms.html', 1]];

export const clientName = '[data-test="client-name"], [data-qa="client-name"]';
export const clientName_: Where = [['workroom-fixed-cards.html', 1], ['workroom-redesign.html', 0]];
export const contractType = '[data-test="contract-type"]';
export const contractType_: Where = [['workroom-fixed-cards.html', 1], ['workroom-hourly.html', 1]];
export const contractStatus = '[data-test="contract-status"], [data-qa="contract-status"]';
export const contractStatus_: Where = [['workroom-fixed-cards.html', 1]];

/** Labels whose neighbouring text is the value. */
export const clientLabel = anchor([
  'Client', 'Client name', 'Hired by', 'Kunde', 'Auftraggeber', 'Cliente', 'Nom du client', 'Nombre del cliente', 'Contratado por', 'Engagé par',
  'Contratante', 'Nome do cliente', 'Klient', 'Zleceniodawca', 'Opdrachtgever', 'Klant', 'Committente',
]);
export const clientLabel_: Where = [['workroom-redesign.html', 1], ['workroom-fixed-table.html', 1]];
export const budgetLabel = anchor([
  'Budget', 'Fixed price', 'Fixed-price', 'Total budget', 'Contract budget', 'Project budget', 'Project price', 'Contract price', 'Total price',
  'Contract amount', 'Fixed-price budget', 'Fixed price budget', 'Fixed-price amount', 'Project amount', 'Total price of project', 'Total project price',
  'Festpreis', 'Gesamtbudget', 'Gesamtbetrag', 'Gesamtpreis', 'Projektbudget', 'Vertragsbetrag',
  'Prix fixe', 'Budget total', 'Montant total', 'Prix total', 'Budget du projet', 'Montant du contrat',
  'Presupuesto', 'Presupuesto total', 'Precio fijo', 'Precio total', 'Monto del contrato', 'Importe del contrato', 'Monto total',
  'Orçamento', 'Orçamento total', 'Preço fixo', 'Preço total', 'Valor fixo', 'Valor total', 'Valor do contrato',
  'Budget totale', 'Prezzo fisso', 'Importo del contratto', 'Budżet', 'Cena stała', 'Kwota umowy', 'Vaste prijs', 'Totaalbudget', 'Contractbedrag',
]);
export const budgetLabel_: Where = [['workroom-fixed-cards.html', 2], ['workroom-redesign.html', 1], ['workroom-hourly.html', 0]];
export const hourlyRateLabel = anchor([
  'Hourly rate', 'Rate', 'Your rate', 'Stundensatz', 'Taux horaire', 'Tarif horaire', 'Tarifa por hora', 'Valor por hora', 'Taxa horária',
  'Tariffa oraria', 'Stawka godzinowa', 'Uurtarief',
]);
export const hourlyRateLabel_: Where = [['workroom-hourly.html', 1], ['workroom-fixed-cards.html', 0]];
export const weeklyLimitLabel = anchor([
  'Weekly limit', 'Weekly hour limit', 'Limit per week', 'Wochenlimit', 'Wöchentliches Limit', 'Limite hebdomadaire', 'Límite semanal', 'Limite semanal',
  'Limite settimanale', 'Limit tygodniowy', 'Weeklimiet',
]);
export const weeklyLimitLabel_: Where = [['workroom-hourly.html', 1]];
export const startedLabel = anchor([
  'Started', 'Start date', 'Started on', 'Contract start date', 'Contract started', 'Start',
  'Startdatum', 'Beginn', 'Gestartet', 'Date de début', 'Début', 'Commencé le', 'Fecha de inicio', 'Inicio', 'Iniciado', 'Data de início', 'Início', 'Iniciado em',
  'Data di inizio', 'Iniziato', 'Inizio', 'Data rozpoczęcia', 'Rozpoczęto', 'Gestart', 'Gestart op', 'Begonnen', 'Begonnen op',
  'Début du contrat', 'Vertragsbeginn', 'Inicio del contrato', 'Início do contrato', 'Inizio del contratto', 'Contract start',
]);
export const startedLabel_: Where = [['workroom-fixed-cards.html', 1], ['workroom-redesign.html', 1], ['workroom-hourly.html', 1]];
export const contractTypeLabel = anchor(['Contract type', 'Type', 'Payment type', 'Project type']);
export const contractTypeLabel_: Where = [['workroom-contract-name-dl.html', 0], ['workroom-redesign.html', 0]];
export const statusLabel = anchor([
  'Status', 'Contract status', 'Vertragsstatus', 'Statut', 'Statut du contrat', 'Estado', 'Estado del contrato', 'Situação', 'Status do contrato',
  'Estado do contrato', 'Stato', 'Stato del contratto', 'Status umowy', 'Contractstatus',
]);
export const statusLabel_: Where = [['workroom-fixed-table.html', 2], ['workroom-legacy-list.html', 1]];
/** Labels only an hourly contract's overview shows (besides rate and weekly limit). */
export const hourlyOverviewLabel = anchor([
  'This week', 'Since start', 'Last week', 'Hours this week', 'Diese Woche', 'Seit Beginn', 'Cette semaine', 'Depuis le début', 'Esta semana',
  'Desde el inicio', 'Desde o início', 'Questa settimana', "Dall'inizio", 'Ten tydzień', 'Od początku', 'Deze week', 'Sinds start',
]);
export const hourlyOverviewLabel_: Where = [['workroom-hourly-overview.html', 2], ['workroom-fixed-cards.html', 0]];
/** Headings of the client's card in a side panel; the client's name is its first name-like line. */
export const clientCardHeading = anchor([
  'About the client', 'Client', 'Client details', 'Client info', 'Client information', 'Your client', 'Über den Kunden', 'À propos du client',
  'Acerca del cliente', 'Sobre o cliente', 'Informazioni sul cliente', 'O kliencie', 'Over de klant',
]);
export const clientCardHeading_: Where = [['workroom-side-panel-table.html', 1]];
/** Lines of a client card that describe the client, never its name. */
export const clientCardNoise =
  /\d|verified|vérifié|verifiziert|verificad[oa]|verificat[oa]|zweryfikowan|geverifieerd|rating|reviews?|avis|bewertung|member since|membre depuis|mitglied seit|miembro desde|membro desde|jobs? posted|hire rate|spent|dépensé|ausgegeben|gastado|gasto|hires|open jobs?|local time|payment method|view profile|^(about the client|client|about us|about|overview|company|company details|location|industry)$/i;
/** Links to the client's company or profile, beside the contract's title. */
export const clientLink = 'a[href*="/companies/"], a[href*="/clients/"], [data-test*="client-company"], [data-qa*="client-company"], [data-test*="client-name"], [data-qa*="client-name"]';
/** Elements whose class or data-test names the client: read only in the header around the title. */
export const clientMark = '[data-test*="client"], [data-qa*="client"], [class*="client-"], [data-test*="company"], [class*="company-"]';
export const clientMark_: Where = [['workroom-fixed-cards.html', 1], ['workroom-redesign.html', 0]];
export const clientLink_: Where = [['workroom-fixed-cards.html', 1], ['workroom-redesign.html', 0]];
/** "Fixed-price contract with Aurora Bakery", "with Aurora Bakery": the client named in the header. */
export const withClientText = /^(?:(?:fixed[- ]price|hourly)\s+)?(?:contract\s+)?with\s+(\S.{0,60})$/i;
/** Side panels: page chrome for scans, but where a workroom shows its terms and client card. */
export const sidePanel = 'aside, [role="complementary"]';
export const sidePanel_: Where = [['workroom-side-panel-table.html', 1], ['workroom-redesign.html', 1]];
/** Words naming the contract type, on a badge or beside a label. */
export const fixedTypeWords: readonly RegExp[] = [
  /\bfixed[- ]price\b/i, /\bfixed\b/i, /\bfestpreis/i, /\bprix fixe\b/i, /\bprecio fijo\b/i, /\bpreço fixo\b/i, /\bprezzo fisso\b/i, /\bcena stał/i, /\bvaste prijs\b/i,
];
export const hourlyTypeWords: readonly RegExp[] = [
  /\bhourly\b/i, /\bstundenbasis\b/i, /\bstündlich/i, /\bpro stunde\b/i, /\btaux horaire\b/i, /\bpor hora\b/i, /\bora(rio|ria)\b/i, /\bgodzinow/i, /\bper uur\b/i,
];
/** An amount per hour ("$45.00/hr", "$30.00 / hour"): a rate, so the contract is hourly. */
export const perHourText = /\/\s*(hr|hour)\b/i;
/** No weekly limit set ("No limit"). */
export const noLimitText = /^no (weekly )?limit\b/i;

// ---- Workroom: milestones ----

/** Shortcut: milestone rows marked by data-test. */
export const milestoneItem = '[data-test="milestone-item"], [data-test="milestone"], [data-qa="milestone"]';
export const milestoneItem_: Where = [['workroom-fixed-cards.html', 4], ['workroom-fixed-table.html', 0], ['workroom-redesign.html', 0]];
export const milestoneTitle = '[data-test="milestone-title"], [data-test="milestone-description-title"]';
export const milestoneTitle_: Where = [['workroom-fixed-cards.html', 4]];
export const milestoneStatus = '[data-test="milestone-status"]';
export const milestoneStatus_: Where = [['workroom-fixed-cards.html', 4]];
export const milestoneDescription = '[data-test="milestone-description"], .milestone-description';
export const milestoneDescription_: Where = [['workroom-fixed-cards.html', 2]];
/** Status badges (design system): read first for a row's status. */
export const statusBadge = '.air3-badge, .air3-token, [class*="badge"], [class*="status"]';
export const statusBadge_: Where = [['workroom-fixed-table.html', 6]];

/** Headings above the milestone list. */
export const milestonesHeading = anchor([
  'Milestone timeline', 'Milestones', 'Project milestones', 'Milestones and payments', 'Milestones & payments', 'Payment milestones', 'Payment schedule',
  'Meilensteine', 'Jalons', 'Hitos', 'Marcos', 'Mijlpalen', 'Kamienie milowe', 'Traguardi',
]);
/** Other headings over the milestone list: a short heading naming milestones in any of these
 * languages ("Chronologie des jalons", "Cronograma de marcos", "Meilenstein-Zeitplan"). */
export const milestonesHeadingWords = /(?<!\p{L})(milestones?|meilenstein\p{L}*|jalons?|hitos?|marcos|mijlpalen|kamie[nń]\p{L}* milow\p{L}*|traguardi)(?!\p{L})/iu;
/** Headings that name one milestone or an action on one, never the list ("Submit milestone"). */
export const notMilestonesHeading = /\d|^(submit|propose|add|fund|activate|edit|release|request|new|create|einreichen|neuer?|soumettre|nouveau|proponer|nuevo|enviar|novo|propor)(?!\p{L})/iu;
export const milestonesHeading_: Where = [['workroom-fixed-cards.html', 1], ['workroom-fixed-table.html', 1], ['workroom-redesign.html', 1], ['workroom-hourly.html', 0], ['workroom-contract-page.html', 1], ['workroom-status-sentences.html', 1], ['workroom-flat-milestone-divs.html', 1]];
/** What the page says when a fixed-price contract has no milestones. */
export const noMilestonesText = /(?<!\p{L})(no milestones|keine meilensteine|aucun jalon|sin hitos|ningún hito|nenhum marco|sem marcos|nessuna milestone|nessun traguardo|brak kamieni milowych|geen mijlpalen)(?!\p{L})/iu;

/** Row labels that are sums or terms, not milestones ("Total", "In escrow"...). */
export const summaryLabels: readonly RegExp[] = [
  /^(budget|total|totals|subtotal|total budget|total amount|total price|total price of project|project total|in escrow|escrow|paid|received|earned|remaining|project price|contract amount|fixed price|fixed-price|total earnings|milestones paid|amount|due|status|hourly rate|weekly limit|since start|this week|last week)$/i,
  /^\d+\s+milestones?( total)?$/i,
  /^(gesamt|summe|total à payer|importe total)$/i,
];
/** Fee and payout lines of a proposal or terms page: never milestones. */
export const feeLines: readonly RegExp[] = [
  /^((freelancer|upwork|marketplace|contract[- ]initiation|processing|client) )?(service )?fee\b/i,
  /^(you('|’)ll|you will|you) (receive|get|earn)\b/i,
  /^(estimated|est\.) (earnings|payout|amount)\b/i,
  /^(servicegebühr|frais de service|tarifa de servicio|taxa de serviço)\b/i,
];
/** Lines of a row that are actions, not content. */
export const actionWords: readonly RegExp[] = [
  /^(submit work( for payment)?|request changes|view( details| work)?|edit|manage|propose new milestone|add milestone|activate milestone|fund milestone|more options|\.\.\.|…)$/i,
];

/** Milestone status words, longest first, each with the status it means. Words the page shows
 * for a state with no status of its own (a refund asked for, a dispute) map to 'unknown': the
 * words are kept as `statusText`, the status is not guessed. "Pending" alone is Upwork's money
 * state after release (Work in progress -> In review -> Pending -> Available). */
export const milestoneStatusWords: readonly [RegExp, 'not_funded' | 'funded' | 'submitted' | 'changes_requested' | 'approved' | 'paid' | 'refunded' | 'unknown'][] = [
  [/\bnot (yet )?funded\b|\bawaiting funding\b|\bwaiting for funding\b|\bpending funding\b|\bunfunded\b|\bneeds funding\b/i, 'not_funded'],
  [/\brefund (requested|pending|in progress)\b|\brequested a refund\b|\bin dispute\b|\bdisputed\b/i, 'unknown'],
  [/\bchanges requested\b|\brevision requested\b|\brequested changes\b/i, 'changes_requested'],
  [/\bsubmitted for review\b|\bpending (review|approval)\b|\bawaiting (review|approval)\b|\bin review\b|\bunder review\b/i, 'submitted'],
  [/\bactive (&|and) funded\b|\bwork in progress\b|\bin progress\b|\bin escrow\b/i, 'funded'],
  [/\brefunded\b/i, 'refunded'],
  [/\bpayment (released|pending|sent)\b|\breleased\b|\bpaid\b|\bcompleted\b|^pending\b/i, 'paid'],
  [/\bapproved\b/i, 'approved'],
  [/\bsubmitted\b/i, 'submitted'],
  [/\bfunded\b|\bactive\b/i, 'funded'],
  // German, French, Spanish, Portuguese, Italian, Dutch and Polish words, after the English ones
  // (an earlier match in the text still wins). Each starts at a letter boundary (no \b before
  // "Ä" or "É": \b only knows ASCII letters).
  [/(?<!\p{L})(nicht finanziert|nicht gedeckt|non financée?|sans financement|no financiad[oa]|sin financiar|não financiad[oa]|sem financiamento|non finanziat[oa]|niet gefinancierd|niesfinansowan\p{L}*|nie sfinansowan\p{L}*)(?!\p{L})/iu, 'not_funded'],
  [/(?<!\p{L})(rückerstattung (angefordert|beantragt)|erstattung (angefordert|beantragt)|remboursement demandé|reembolso solicitado|rimborso richiesto|terugbetaling aangevraagd|streitfall|en litige|litige|en disputa|em disputa|in contestazione)(?!\p{L})/iu, 'unknown'],
  [/(?<!\p{L})(änderungen angefordert|überarbeitung angefordert|änderungen erbeten|modifications demandées|changements demandés|révision demandée|cambios solicitados|se solicitaron cambios|revisión solicitada|alterações solicitadas|mudanças solicitadas|revisão solicitada|modifiche richieste|revisione richiesta|wijzigingen (aangevraagd|gevraagd)|poproszono o zmiany|zmiany wymagane|prośba o zmiany)(?!\p{L})/iu, 'changes_requested'],
  [/(?<!\p{L})(zur prüfung eingereicht|in prüfung|wird geprüft|en cours de révision|en attente d[’']approbation|en revisión|pendiente de (aprobación|revisión)|em revisão|em análise|aguardando aprovação|in revisione|in attesa di approvazione|in beoordeling|w trakcie weryfikacji|oczekuje na akceptację)(?!\p{L})/iu, 'submitted'],
  [/(?<!\p{L})(in bearbeitung|en cours|en progreso|en curso|em andamento|in corso|in uitvoering|w toku)(?!\p{L})/iu, 'funded'],
  [/(?<!\p{L})(rückerstattet|erstattet|remboursée?|reembolsad[oa]|rimborsat[oa]|terugbetaald|zwrócon\p{L}*)(?!\p{L})/iu, 'refunded'],
  [/(?<!\p{L})(bezahlt|ausgezahlt|payée?|pagad[oa]|pago|pagat[oa]|betaald|opłacon\p{L}*|zapłacon\p{L}*|wypłacon\p{L}*)(?!\p{L})/iu, 'paid'],
  [/(?<!\p{L})(genehmigt|freigegeben|approuvée?|validée?|aprobad[oa]|aprovad[oa]|approvat[oa]|goedgekeurd|zatwierdzon\p{L}*|zaakceptowan\p{L}*)(?!\p{L})/iu, 'approved'],
  [/(?<!\p{L})(eingereicht|soumise?|envoyée?|enviad[oa]|presentad[oa]|entregue|inviat[oa]|consegnat[oa]|ingediend|przesłan\p{L}*)(?!\p{L})/iu, 'submitted'],
  [/(?<!\p{L})(finanziert|financée?|financiad[oa]|finanziat[oa]|gefinancierd|sfinansowan\p{L}*|aktiv|actif|activo|ativo|attivo|actief|aktywn\p{L}*)(?!\p{L})/iu, 'funded'],
];

/** "Milestone 1: Logo design", "Milestone #2 - Backend": the index before a title, left out of it. */
export const milestoneIndexPrefix = /^(?:(?:milestone|meilenstein|jalon|hito|marco|etapa|mijlpaal|kamień milowy|fase)\s*(?:#|n[º°o]\.?\s*)?\d+\s*(?:[:.\-–—]\s*|\s+(?=\S))|#?\d{1,2}[.)]\s+(?=\p{L}))/iu;
/** A line that is only a milestone's index ("3", "#2", "Milestone 2 of 4", "Meilenstein 2"). */
export const milestoneIndexOnly = /^(?:#?\d+\.?|(?:milestone|meilenstein|jalon|hito|marco|etapa|mijlpaal|kamień milowy|fase)\s*(?:#|n[º°o]\.?\s*)?\d+(?:\s*(?:of|von|sur|de|di|van|z)\s*\d+)?)$/i;
/** A label before a milestone's status on its line ("Status: Paid"). */
export const milestoneStatusLabel = /^(milestone )?(status|state)\s*[:：]?\s+/i;
/** Column headers of a milestones table, by the field they hold. */
export const milestoneColumns = {
  title: /^(milestone|milestones|title|name|description|milestone (name|title|description)|meilenstein|titel|beschreibung|jalon|titre|hito|título|descripción|marco|descrição|nome|nombre|nom|titolo|descrizione|nazwa|opis|mijlpaal|omschrijving)$/i,
  amount: /^(amount|price|budget|milestone amount|payment|betrag|montant|importe|monto|valor|importo|kwota|bedrag|prezzo|preço|precio|prix)$/i,
  due: /^(due|due date|deadline|due on|fällig|fälligkeitsdatum|fällig am|échéance|date d[’']échéance|date limite|fecha de vencimiento|vencimiento|fecha límite|fecha de entrega|prazo|data de vencimento|data de entrega|scadenza|data di scadenza|termin|termin płatności|vervaldatum|deadline)$/i,
  status: /^(status|state|milestone status|statut|estado|situação|stato|stan)$/i,
};

/** "Due Dec 5, 2026", "Due date: 12/05/2026", "Due on Dec 5", and the same in other languages
 * ("Fällig am 30.04.2026", "Échéance : 3 sept.", "Vence el 5 de mayo", "Prazo: 20 de fev."). */
export const dueText =
  /(?<!\p{L})(?:due(?: date)?(?: on)?|fällig(?:keitsdatum)?(?: am)?|date d[’']échéance|échéance(?: le)?|date limite|fecha de vencimiento|fecha límite|vence(?: el| em)?|vencimiento|vencimento|prazo(?: final)?|data de vencimento|scadenza|data di scadenza|scade il|termin(?: płatności)?|vervaldatum|deadline|delivery date|fecha de entrega|data de entrega|date de livraison|lieferdatum|liefertermin|data di consegna|leverdatum|opleverdatum|data (?:dostawy|oddania)|termin oddania)(?!\p{L})\s*:?\s*/iu;

// ---- Agreement (job post, proposal, offer) ----

export const agreementHeadings: readonly [source: 'job_post' | 'proposal' | 'offer', TextAnchor][] = [
  ['offer', anchor(['Offer terms', 'Contract terms', 'Terms', 'Offer details'])],
  ['proposal', anchor(['Cover letter', 'Proposal', 'Your proposal', 'Proposal details'])],
  ['job_post', anchor(['Original job post', 'Job details', 'Job post', 'Job description'])],
];
export const coverLetterHeading = anchor(['Cover letter']);
export const coverLetterHeading_: Where = [['workroom-proposal.html', 1], ['workroom-job-post.html', 0]];
export const jobPostHeading = anchor(['Original job post', 'Job details', 'Job post', 'Job description']);
export const jobPostHeading_: Where = [['workroom-job-post.html', 1], ['workroom-proposal.html', 0]];
/** Inside an agreement section: the label before the agreed text itself. */
export const descriptionLabel = anchor(['Description', 'Project description', 'Details']);
export const descriptionLabel_: Where = [['workroom-job-post.html', 1]];
export const jobTitle = '[data-test="job-title"], [data-qa="job-title"]';
export const jobTitle_: Where = [['workroom-job-post.html', 1], ['workroom-proposal.html', 0]];

// ---- Contracts list ----

/** A link to one contract; its row is the largest box holding only that link. */
export const contractRowLink = 'a[href*="/nx/wm/workroom/"], a[href*="/nx/wm/contracts/"], a[href*="/ab/f/contracts/"]';
export const contractRowLink_: Where = [['contracts-list.html', 5], ['loading-shell.html', 0]];
/** Contract statuses as the list words them. */
export const contractStatusWords =
  /^(active|ended|paused|closed|completed|cancell?ed|in dispute|pending|aktiv|beendet|abgeschlossen|pausiert|geschlossen|actif|terminé|en pause|fermé|clos|activo|finalizado|terminado|cerrado|pausado|en pausa|ativo|encerrado|concluído|attivo|attiva|terminato|terminata|concluso|conclusa|in pausa|sospeso|sospesa|chiuso|chiusa|aktywn[ay]|zakończon[ay]|wstrzyman[ay]|zamknięt[ay]|actief|beëindigd|afgerond|gepauzeerd|gesloten)$/i;
/** Contract statuses in other languages, as the English word the rest of the extension knows. */
export const contractStatusEnglish: readonly [RegExp, string][] = [
  [/^(aktiv|actif|activo|ativo|attiv[oa]|aktywn[ay]|actief)$/i, 'Active'],
  [/^(beendet|terminé|finalizado|terminado|encerrado|terminat[oa]|zakończon[ay]|beëindigd)$/i, 'Ended'],
  [/^(abgeschlossen|concluído|conclus[oa]|afgerond)$/i, 'Completed'],
  [/^(pausiert|en pause|pausado|en pausa|in pausa|sospes[oa]|wstrzyman[ay]|gepauzeerd)$/i, 'Paused'],
  [/^(geschlossen|fermé|clos|cerrado|chius[oa]|zamknięt[ay]|gesloten)$/i, 'Closed'],
];
/** What the list says when there is nothing to list. */
export const noContractsText = /\b(no (active |closed |ended )?contracts|you don.t have any contracts)\b/i;
/** What an empty room says. */
export const emptyRoomText = /\b(no messages yet|start the conversation|send a message to start)\b/i;
/** Inline elements that render as their own chip (badges, tokens): text on its own line. */
export const ownLineElements = '.air3-badge, .air3-token, [class*="badge"], [class*="pill"]';
export const ownLineElements_: Where = [['contracts-list.html', 5], ['workroom-redesign.html', 3]];
/** A line that is only a clock time ("9:00 AM"): a story's visible time, never its text. */
export const clockOnlyText = /^\d{1,2}:\d{2}(\s*[ap]\.?\s*m\.?)?$/i;

// ---- What the content script observes ----

/** The room's scrolling list of stories: new and older messages render inside it. */
export const storyViewport = '#story-viewport, .scroll-wrapper';
export const storyViewport_: Where = [['room-basic.html', 1], ['room-spanish.html', 1], ['workroom-fixed-cards.html', 0]];
/** The single-page app's root. */
export const appRoot = '#__nuxt';
export const appRoot_: Where = [['room-basic.html', 1], ['workroom-fixed-cards.html', 1], ['workroom-redesign.html', 1]];
/** The page's main content: the banner goes at its top, in the page's flow. */
export const mainContent = 'main, [role="main"]';
export const mainContent_: Where = [['workroom-fixed-cards.html', 1], ['workroom-unrecognised.html', 1], ['room-basic.html', 0], ['workroom-redesign.html', 0]];

/**
 * Every text anchor and word pattern above (not the CSS selectors, not the fixture lists): the
 * interface words that the sanitized copy for a bug report keeps. Listed by hand so that the
 * content script does not carry the fixture lists; selectors.test.ts checks that none is missing.
 */
export const interfaceTexts: readonly unknown[] = [
  softBlock,
  systemStoryText,
  systemAuthor,
  notContractTitle,
  sectionHeadings,
  clientLabel,
  clientCardHeading,
  clientCardNoise,
  withClientText,
  hourlyOverviewLabel,
  feeLines,
  contractStatusEnglish,
  budgetLabel,
  hourlyRateLabel,
  weeklyLimitLabel,
  startedLabel,
  contractTypeLabel,
  statusLabel,
  fixedTypeWords,
  hourlyTypeWords,
  perHourText,
  noLimitText,
  milestonesHeading,
  milestonesHeadingWords,
  notMilestonesHeading,
  noMilestonesText,
  summaryLabels,
  actionWords,
  milestoneStatusWords,
  milestoneIndexPrefix,
  milestoneIndexOnly,
  milestoneStatusLabel,
  milestoneColumns,
  dueText,
  agreementHeadings,
  coverLetterHeading,
  jobPostHeading,
  descriptionLabel,
  contractStatusWords,
  noContractsText,
  emptyRoomText,
  clockOnlyText,
];
