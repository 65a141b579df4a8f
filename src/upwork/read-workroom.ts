// A contract's workroom (overview tab, older contract page, one contract of the list): the
// contract's terms and its milestones. Anchored on visible text; data-test values are shortcuts.

import type { Contract, ContractType, Milestone } from '../core/types';
import { findByText, INLINE_SEPARATOR, inlineValue, valueByLabel } from './find-text';
import { dayFirstOf, hasDate, parseDay } from './parse-date';
import { hasMoney, MONEY_PATTERN, parseMoney } from './parse-money';
import { isStatusChip, type MilestoneStrategy, matchStatus, readMilestones } from './read-milestones';
import { pageNotReady } from './read-page-state';
import {
  agreementHeadings,
  budgetLabel,
  clientCardHeading,
  clientCardNoise,
  clientLabel,
  clientLink,
  clientMark,
  clientName,
  contractStatus,
  contractStatusEnglish,
  contractStatusWords,
  contractTitle,
  contractTitleLike,
  contractType,
  contractTypeLabel,
  fixedTypeWords,
  hourlyOverviewLabel,
  hourlyRateLabel,
  hourlyTypeWords,
  jobTitle,
  mainHeading,
  milestoneColumns,
  milestoneItem,
  milestonesHeading,
  milestoneTitle,
  noLimitText,
  notContractTitle,
  pageChrome,
  perHourText,
  sectionHeadings,
  sidePanel,
  startedLabel,
  statusBadge,
  statusLabel,
  subHeading,
  type TextAnchor,
  weeklyLimitLabel,
  withClientText,
} from './selectors';
import { clean, key, textLines, textOf } from './text';

export interface WorkroomReading {
  contract: Contract | null;
  milestones: Milestone[];
  problems: string[];
  /** Which milestone strategy read the milestones (for tests and the parse command). */
  milestoneStrategy: MilestoneStrategy | null;
}

export interface WorkroomOptions {
  /** "YYYY-MM-DD": resolves "Today" and dates shown without a year. */
  today: string;
  /** Milestones are expected on this page (overview); false on agreement tabs. */
  expectMilestones?: boolean;
}

const outsideChrome = (els: Iterable<Element>) => Array.from(els).filter((el) => !el.closest(pageChrome));
/** Not shown: hidden, hidden from assistive technology, or in a dialog (a modal not open). */
const CONCEALED = '[hidden], [aria-hidden="true"], [role="dialog"]';

/** A line that is an amount with a few words ("Fixed price $750.00", "$112K total spent"), not a
 * name that happens to hold one ("Landing page copy – $500 starter package (5 pages)"). */
function moneyLine(text: string): boolean {
  if (!hasMoney(text)) return false;
  const words = text.replace(MONEY_PATTERN, ' ').match(/\p{L}{2,}/gu) ?? [];
  return words.length < 4;
}

/** Headings that name a section, a state or a sum, never the contract. */
function notATitle(text: string): boolean {
  const k = key(text);
  return (
    !k ||
    [...sectionHeadings.text, ...milestonesHeading.text, ...agreementHeadings.flatMap(([, anchor]) => anchor.text)].some((t) => key(t) === k) ||
    moneyLine(text) ||
    (matchStatus(text) !== null && text.length <= 30) ||
    (hasDate(text) && text.length <= 30)
  );
}

/** A status shown inside the title element, beside the title's words ("… Ended", "… Active"). */
const isTitleChip = (el: Element): boolean => contractStatusWords.test(clean(el.textContent)) || isStatusChip(el);

/** A title element's words without a status chip inside it, and that status. */
function titleParts(el: Element): { title: string; status: string | null } {
  const lines = textLines(el, undefined, isTitleChip);
  const status = lines.find((line, i) => i > 0 && contractStatusWords.test(line)) ?? null;
  const title = lines.filter((line, i) => i === 0 || !(contractStatusWords.test(line) || matchStatus(line)?.index === 0)).join(' ');
  return { title, status };
}

/** The contract's title: a title data-test, else the page's h1, else the first h2/h3 of the main
 * content that is not a section heading ("Overview", "Milestones"...). A status chip inside the
 * title element is not part of the title; it is the contract's status when no label gives one. */
function readTitleAndStatus(doc: Document): { title: string | null; status: string | null; header: string[]; titleEl: Element | null } {
  const found = titleElement(doc);
  if (!found) return { title: null, status: null, header: [], titleEl: null };
  const parts = titleParts(found);
  const header = headerAfter(found);
  return { title: parts.title || null, status: parts.status ?? header.find((line) => contractStatusWords.test(line)) ?? null, header, titleEl: found };
}

/** How far after the title the header reaches, in elements. */
const HEADER_REACH = 30;

/**
 * The lines of the page header right after the title (a status badge beside it, a subtitle
 * "with Aurora Bakery"): the elements that follow it, up to the first amount, heading, table or
 * tab list, which start the page's body.
 */
function headerAfter(title: Element): string[] {
  const lines: string[] = [];
  const doc = title.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? title, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = title;
  let seen = 0;
  for (let el = walker.nextNode() as Element | null; el && seen < HEADER_REACH; el = walker.nextNode() as Element | null) {
    if (title.contains(el)) continue;
    seen++;
    if (el.closest(pageChrome) || el.closest('button, [role="button"], script, style')) continue;
    if (el.matches('h1, h2, h3, h4, table, [role="tablist"], [role="tab"], dl') || el.matches(milestoneItem)) break;
    const text = textOf(el);
    if (hasMoney(text) && el.children.length === 0) break;
    if (el.children.length === 0 || el.matches(statusBadge)) {
      if (text && text.length <= 80 && !lines.includes(text)) lines.push(text);
    }
  }
  return lines;
}

/** English as the page shows it ("Active"); other languages' words as the English one. */
function normaliseStatus(text: string | null): string | null {
  const shown = clean(text);
  if (!shown) return null;
  const english = contractStatusEnglish.find(([pattern]) => pattern.test(shown));
  if (english) return english[1];
  return contractStatusWords.test(shown) ? shown.charAt(0).toUpperCase() + shown.slice(1).toLowerCase() : shown;
}

function titleElement(doc: Document): Element | null {
  const marked = outsideChrome(doc.querySelectorAll(contractTitle))[0];
  if (marked) return textOf(marked) ? marked : null;
  const titleLike = outsideChrome(doc.querySelectorAll(contractTitleLike)).find((el) => {
    const name = `${el.getAttribute('data-test') ?? ''} ${el.getAttribute('data-qa') ?? ''}`;
    // A title inside a list item or a table row is an item's ("timeline-title"), not the page's.
    return !notContractTitle.test(name) && !el.closest(`${milestoneItem}, li, tr`) && !notATitle(textOf(el));
  });
  if (titleLike) return titleLike;
  const h1 = outsideChrome(doc.querySelectorAll(mainHeading)).find((el) => !notATitle(textOf(el)));
  if (h1) return h1;
  // A sub-heading is the title only where a title stands: before the terms' first amount, the
  // milestones and the agreement sections (after them, sub-headings name milestones or sections).
  const firstAmount = moneyElements(doc)[0];
  const limit = firstOf(doc, [
    ...(firstAmount ? [firstAmount] : []),
    ...findByText(doc, milestonesHeading),
    ...agreementHeadings.flatMap(([, anchor]) => findByText(doc, anchor)),
  ]);
  const heading = outsideChrome(doc.querySelectorAll(subHeading)).find(
    (el) =>
      !el.closest('[role="tablist"], [role="tab"]') && !el.matches(`${milestoneTitle}, ${jobTitle}`) && !el.closest(milestoneItem) &&
      // A title may hold the first amount itself ("Landing page copy – $500 starter package").
      (!limit || (limit === firstAmount && el.contains(limit)) || (el.compareDocumentPosition(limit) & 4) !== 0) && !notATitle(textOf(el)),
  );
  return heading ?? null;
}

/** The element of `elements` that comes first in the document. */
function firstOf(doc: Document, elements: Element[]): Element | null {
  let first: Element | null = null;
  for (const el of elements) if (!first || el.compareDocumentPosition(first) & 2) first = el;
  return doc.body && first ? first : null;
}

/** Elements whose own text shows an amount of money, outside page chrome. */
function moneyElements(doc: Document): Element[] {
  const found: Element[] = [];
  if (!doc.body) return found;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest(`${pageChrome}, script, style`) && hasMoney(node.nodeValue ?? '')) {
      found.push(parent);
      break;
    }
  }
  return found;
}

/** A contract term's value: beside its label ("Budget" | "$750.00"), else inline on one line
 * ("Budget: €750.00", and where `spaced`, "Started Nov 1, 2026"). */
function termValue(
  doc: Document,
  anchor: TextAnchor,
  accept: (value: string) => boolean = () => true,
  spaced: boolean | ((label: string) => boolean) = true,
): string | null {
  return valueByLabel(doc, anchor, accept, inMilestoneTable) ?? (doc.body ? inlineValue(doc.body, anchor, accept, spaced) : null) ?? sidePanelValue(doc, anchor, accept);
}

/** Side panels (skipped as page chrome by scans) where the workroom shows its terms beside the
 * main content: a label there and its value. */
function sidePanelValue(doc: Document, anchor: TextAnchor, accept: (value: string) => boolean): string | null {
  for (const panel of Array.from(doc.querySelectorAll(sidePanel))) {
    if (panel.closest('nav, footer, [role="navigation"], [role="contentinfo"]')) continue;
    const value = valueByLabel(panel, anchor, accept, inMilestoneTable, true);
    if (value) return value;
  }
  return null;
}

/** The client's name from a client card ("About the client" | "Fjordline Outdoor" | "Oslo, Norway"
 * ...): the first line after the card's heading that is a name, not a place, a count or a badge. */
function clientFromCard(doc: Document): string | null {
  for (const heading of findByText(doc, clientCardHeading, true)) {
    if (heading.closest('nav, footer, [role="navigation"], [role="contentinfo"], [role="banner"]')) continue;
    for (let el: Element | null = heading; el && el.tagName !== 'BODY'; el = el.parentElement) {
      const lines: string[] = [];
      for (let s = el.nextElementSibling; s; s = s.nextElementSibling) lines.push(...textLines(s, 'button, [role="button"], script, style'));
      if (!lines.length) continue;
      const name = lines.find((line) => line.length <= 60 && !clientCardNoise.test(line) && !hasMoney(line) && !hasDate(line));
      // Only the card's first line: a name further down would be a guess.
      return name && lines.indexOf(name) === 0 ? name : null;
    }
  }
  return null;
}

/** The client as a link to its company page, or an element the page marks as the client's
 * company, outside page chrome (the notifications menu names clients too). */
function clientFromLink(doc: Document): string | null {
  for (const el of outsideChrome(doc.querySelectorAll(clientLink))) {
    if (el.closest(CONCEALED)) continue;
    const text = textOf(el);
    if (text && text.length <= 60 && isName(text) && !clientCardNoise.test(text)) return text;
  }
  return null;
}

/** How far up from the title the page header reaches, in elements. */
const TITLE_BOX_LEVELS = 3;

/** The client on a line the page marks as the client's (a class or data-test naming the client)
 * in the header around the title: "Ayesha Rahman · Lahore, Pakistan" -> "Ayesha Rahman". */
function clientNearTitle(title: Element | null): string | null {
  let box: Element | null = title;
  for (let i = 0; i < TITLE_BOX_LEVELS && box?.parentElement && box.parentElement.tagName !== 'BODY'; i++) box = box.parentElement;
  if (!box || box === title) return null;
  for (const el of outsideChrome(box.querySelectorAll(clientMark))) {
    if (el.contains(title) || el.closest(`${CONCEALED}, button`)) continue;
    for (const line of textLines(el, 'button, [role="button"], script, style')) {
      const first = clean(line.split(INLINE_SEPARATOR)[0]);
      if (!first || first.length > 60 || !isName(first) || clientCardNoise.test(first) || contractStatusWords.test(first) || typeFromText(first)) continue;
      return first;
    }
  }
  return null;
}

/** The client named in the header after the title: "with Aurora Bakery". */
function clientFromHeader(header: string[]): string | null {
  for (const line of header) {
    for (const part of line.split(INLINE_SEPARATOR)) {
      const m = withClientText.exec(clean(part));
      if (m?.[1] && isName(m[1])) return clean(m[1]);
    }
  }
  return null;
}

/** A header cell of the milestones table ("Status" above each milestone's status), not a contract term. */
function inMilestoneTable(label: Element): boolean {
  const headerRow = label.closest('th')?.parentElement;
  return headerRow ? Array.from(headerRow.children).some((cell) => milestoneColumns.title.test(key(textOf(cell)))) : false;
}

/** An amount shown per hour ("$45.00/hr") anywhere in the main content, without a label. */
function perHourAmount(doc: Document): string | null {
  if (!doc.body) return null;
  return textLines(doc.body, `${pageChrome}, script, style`).find((line) => hasMoney(line) && perHourText.test(line) && line.length <= 40) ?? null;
}

function typeFromText(text: string): ContractType | null {
  if (hourlyTypeWords.some((p) => p.test(text))) return 'hourly';
  if (fixedTypeWords.some((p) => p.test(text))) return 'fixed';
  return null;
}

function readType(doc: Document, milestonesShown: boolean): ContractType | null {
  const marked = outsideChrome(doc.querySelectorAll(contractType))[0];
  const fromMarked = marked ? typeFromText(textOf(marked)) : null;
  if (fromMarked) return fromMarked;
  const labelled = termValue(doc, contractTypeLabel, (v) => typeFromText(v) !== null);
  if (labelled) return typeFromText(labelled);
  if (findByText(doc, hourlyRateLabel).length || findByText(doc, weeklyLimitLabel).length) return 'hourly';
  if (termValue(doc, hourlyRateLabel, hasMoney) || termValue(doc, weeklyLimitLabel, isWeeklyLimit) || perHourAmount(doc)) return 'hourly';
  if (termValue(doc, budgetLabel, hasMoney) || milestonesShown) return 'fixed';
  if (findByText(doc, hourlyOverviewLabel).length >= 2) return 'hourly';
  for (const badge of outsideChrome(doc.querySelectorAll(statusBadge))) {
    const text = textOf(badge);
    if (text.length <= 30) {
      const type = typeFromText(text);
      if (type) return type;
    }
  }
  return null;
}

function readHours(text: string | null): number | null {
  // "25 hrs/week", "20 Std./Woche", "10 h/semaine", "12,5 horas": hours in any of the languages.
  const m = /(\d+(?:[.,]\d+)?)\s*(?:hrs?|hours?|h|std|stunden|heures?|horas?|ore|godz|uur)(?![\p{L}])/iu.exec(text ?? '');
  return m?.[1] ? Number(m[1].replace(',', '.')) : null;
}

const isWeeklyLimit = (value: string) => readHours(value) !== null || noLimitText.test(value);
/** A client's name: not an amount or a date. "Client Foo" without a colon only for multi-word labels ("Hired by Foo"). */
const isName = (value: string) => value.length <= 80 && !hasMoney(value) && !hasDate(value);
const multiWord = (label: string) => label.includes(' ');
/** A status label's value that can be the contract's: a contract status word, or words that are
 * not a milestone's status ("Paid", "Payé" beside a milestone's own "Status" label). */
const contractStatusValue = (value: string) => contractStatusWords.test(value) || matchStatus(value) === null;

export function readWorkroom(doc: Document, contractId: string, options: WorkroomOptions): WorkroomReading {
  const { today, expectMilestones = true } = options;
  const problems: string[] = [];

  const found = readMilestones(doc, today, expectMilestones);
  const { title, status: titleStatus, header, titleEl } = readTitleAndStatus(doc);
  const type = readType(doc, found.headingFound || found.milestones.length > 0);

  if (!title && !type && !found.headingFound && !found.milestones.length) {
    const notReady = pageNotReady(doc);
    if (notReady) return { contract: null, milestones: [], problems: [notReady], milestoneStrategy: null };
  }
  if (!title) problems.push('contract: no title found (no [data-test="contract-title"], no h1 and no h2/h3 other than section headings)');
  if (!type) problems.push("contract: type not recognised (no 'Fixed price', 'Budget', 'Hourly rate' or 'Weekly limit' and no milestones)");

  const markedClient = outsideChrome(doc.querySelectorAll(clientName))[0];
  const client =
    (markedClient
      ? textOf(markedClient)
      : (termValue(doc, clientLabel, isName, multiWord) ?? clientFromHeader(header) ?? clientFromLink(doc) ?? clientNearTitle(titleEl) ?? clientFromCard(doc))) || null;
  const dayFirst = dayFirstOf(doc);
  const started = termValue(doc, startedLabel, (v) => parseDay(v, { today, dayFirst }) !== null);
  const markedStatus = outsideChrome(doc.querySelectorAll(contractStatus))[0];
  const status = normaliseStatus(
    (markedStatus ? textOf(markedStatus) : valueByLabel(doc, statusLabel, contractStatusValue, inMilestoneTable) ?? termValue(doc, statusLabel, (v) => contractStatusWords.test(v), false)) ||
      titleStatus,
  );

  let milestones: Milestone[] = [];
  let budget: number | null = null;
  let currency: string | null = null;
  let hourlyRate: number | null = null;
  let weeklyLimit: number | null = null;

  if (type === 'hourly') {
    const rate = parseMoney(termValue(doc, hourlyRateLabel, hasMoney) ?? perHourAmount(doc));
    hourlyRate = rate?.amount ?? null;
    currency = rate?.currency ?? null;
    weeklyLimit = readHours(termValue(doc, weeklyLimitLabel, isWeeklyLimit));
    if (hourlyRate === null) problems.push("contract: hourly contract without a readable 'Hourly rate'");
  } else {
    milestones = found.milestones;
    const money = parseMoney(termValue(doc, budgetLabel, hasMoney));
    budget = money?.amount ?? null;
    currency = money?.currency ?? milestones[0]?.currency ?? null;
    if (type === 'fixed' && budget === null && expectMilestones) problems.push("contract: no 'Budget' or 'Fixed price' amount found");
    if (!milestones.length && expectMilestones && !found.saysNone) {
      problems.push(
        found.headingFound
          ? `milestones: '${milestonesHeading.text[1]}' heading found but no milestone rows with an amount`
          : "milestones: no milestone list or 'Milestones' heading found",
      );
    }
  }

  const contract: Contract | null =
    title && type
      ? {
          id: contractId,
          title,
          clientName: client,
          type,
          budget: type === 'hourly' ? null : budget,
          currency: currency ?? 'USD',
          startedOn: parseDay(started, { today, dayFirst }),
          status,
        }
      : null;
  if (contract && type === 'hourly') {
    contract.hourlyRate = hourlyRate;
    contract.weeklyLimit = weeklyLimit;
  }
  return { contract, milestones, problems, milestoneStrategy: milestones.length ? found.strategy : null };
}
