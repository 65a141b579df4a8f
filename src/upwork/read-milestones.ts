// The milestones of a fixed-price contract. Upwork's workroom markup is not public, so three
// strategies are tried in turn and the first that yields milestones wins:
//   1. data-test shortcut: rows marked `[data-test="milestone-item"]`...
//   2. heading-anchored: the rows after a "Milestones" / "Milestone timeline" heading;
//   3. generic scan: any row holding one amount of money AND a milestone status word.
// A row is the largest box around an amount that holds no other amount.

import type { Milestone, MilestoneStatus } from '../core/types';
import { findByText, INLINE_SEPARATOR } from './find-text';
import { dayFirstOf, findDate, parseDay, withoutDate } from './parse-date';
import { MONEY_PATTERN, parseMoney } from './parse-money';
import {
  actionWords,
  budgetLabel,
  clientLabel,
  dueText,
  feeLines,
  milestoneColumns,
  milestoneDescription,
  milestoneIndexOnly,
  milestoneIndexPrefix,
  milestoneItem,
  milestoneStatus,
  milestoneStatusLabel,
  milestoneStatusWords,
  milestonesHeading,
  milestonesHeadingWords,
  milestoneTitle,
  noMilestonesText,
  notMilestonesHeading,
  pageChrome,
  startedLabel,
  statusBadge,
  statusLabel,
  summaryLabels,
} from './selectors';
import { clean, key, outermost, textLines, textOf } from './text';

export type MilestoneStrategy = 'data-test' | 'heading' | 'scan';

export interface MilestonesReading {
  milestones: Milestone[];
  /** The strategy that read them, or null. */
  strategy: MilestoneStrategy | null;
  /** A milestones heading was found. */
  headingFound: boolean;
  /** The page says there are none ("No milestones"). */
  saysNone: boolean;
}

const SKIP = 'button, [role="button"], script, style, select, [aria-hidden="true"]';

/** The status a piece of text names, and the words as shown. */
export function matchStatus(text: string): { status: MilestoneStatus; shown: string; index: number } | null {
  // The status named first wins ("Approved · payment pending" is approved); at one position the
  // list's order decides ("Not funded" before "funded", "Pending review" before "Pending").
  let found: { status: MilestoneStatus; shown: string; index: number } | null = null;
  for (const [pattern, status] of milestoneStatusWords) {
    const m = pattern.exec(text);
    if (m && (!found || m.index < found.index)) found = { status, shown: m[0], index: m.index };
  }
  return found;
}

const isAction = (line: string) => actionWords.some((p) => p.test(line));
/** Sums, totals, counts ("4 milestones") and fee lines ("Freelancer service fee"): never a milestone. */
const isSummary = (line: string) => summaryLabels.some((p) => p.test(key(line))) || feeLines.some((p) => p.test(key(line)));
const isIndex = (line: string) => milestoneIndexOnly.test(line);
/** A field's label on its own line ("Marco", "Título", "Amount", "Montant", "Date d'échéance",
 * "Statut"): its value follows. */
const isFieldLabel = (line: string) => {
  const k = key(line);
  return milestoneColumns.title.test(k) || milestoneColumns.amount.test(k) || milestoneColumns.due.test(k) || milestoneColumns.status.test(k);
};
const isHeading = (line: string) => milestonesHeading.text.some((t) => key(t) === key(line));
const isMoneyLine = (line: string) => {
  const m = MONEY_PATTERN.exec(line);
  return m !== null && line.length - m[0].length <= 12;
};
const isDateLine = (line: string) => {
  if (dueText.test(line) && line.search(dueText) === 0) return true;
  // A date with at most a few letters beside it; one search finds and removes it.
  const rest = withoutDate(line);
  return rest !== line && rest.replace(/[^a-z]/gi, '').length <= 6;
};
/** "Status: Paid" -> "Paid": a status written after its label. */
const withoutStatusLabel = (line: string) => line.replace(milestoneStatusLabel, '');
/** What may follow a status word on a status line: nothing, a separator, a date, an amount, a
 * short phrase ("on Nov 14", "by client", "yet") or a second status ("Actif et financé"); "Paid
 * ads setup" is a title, not a status. */
const STATUS_REST = /^\s*(?:$|[·•,:;|()[\]–—\-/$€£₹¥&\d]|(?:on|by|in|at|yet|from|since|until|for|to|am|le|el|em|il|de|du|do|da|von|seit|par|por|pelo|pela|and|et|y|e|und|en|i|ed)(?![\p{L}]))/iu;
const isStatusLine = (line: string) => {
  const shown = withoutStatusLabel(line);
  const m = matchStatus(shown);
  if (m === null || shown.length > 50 || m.index > 3) return false;
  const rest = shown.slice(m.index + m.shown.length);
  return STATUS_REST.test(rest) || (findDate(rest)?.index ?? 99) <= 2;
};
const isSpecial = (line: string) =>
  isAction(line) || isSummary(line) || isIndex(line) || isFieldLabel(line) || isHeading(line) || isMoneyLine(line) || isDateLine(line) || isStatusLine(line);

/** "Milestone 1: Logo design" -> "Logo design". */
const stripIndex = (title: string) => title.replace(milestoneIndexPrefix, '').trim() || title;

/** Elements matching `selector` in `parts` (each part itself included), in order. */
function allIn(parts: readonly Element[], selector: string): Element[] {
  return parts.flatMap((part) => [...(part.matches(selector) ? [part] : []), ...Array.from(part.querySelectorAll(selector))]);
}

/**
 * An element that shows only a status ("Paid", "Approved Nov 14", "Active & funded") beside other
 * words, with no badge class: a status placed right after a title in the same line of text.
 */
export function isStatusChip(el: Element): boolean {
  if (el.children.length > 2) return false;
  const text = clean(el.textContent);
  if (!text || text.length > 50) return false;
  const m = matchStatus(text);
  return m !== null && m.index === 0 && (m.shown.length === text.length || /^[\s·•,:–—-]*(on\s+)?\w{3,9}\.? \d{1,2}\b/i.test(text.slice(m.shown.length)) || INLINE_SEPARATOR.test(text));
}

/** An element showing only a field's label ("Amount", "Date d’échéance", "Statut"): its own line,
 * even where the value beside it follows with no space ("<span>Statut</span><span>Payé</span>"). */
const isLabelChip = (el: Element): boolean => el.children.length === 0 && (el.textContent ?? '').length <= 40 && isFieldLabel(el.textContent ?? '');

/** The lines of a row's parts; inline layouts ("Logo · $300.00 · Due Aug 1 · Paid") split on separators. */
function rowLines(parts: readonly Element[]): string[] {
  return parts
    .flatMap((part) => textLines(part, SKIP, (el) => isStatusChip(el) || isLabelChip(el)))
    .flatMap(splitInline)
    .flatMap(splitTrailingAmount)
    .filter(Boolean);
}

/**
 * A line split on its inline separators ("Logo · $300.00 · Due Aug 1 · Paid"), except that a dash
 * between two pieces of words stays in them: "Handbuch A – Bedienungsanleitung" is one title.
 */
function splitInline(line: string): string[] {
  const pieces = line.split(INLINE_SEPARATOR_KEPT);
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i] ?? '';
    const separator = pieces[i - 1];
    const previous = out[out.length - 1];
    if (separator && /[–—]/.test(separator) && previous !== undefined && !isSpecial(previous) && !isSpecial(piece)) out[out.length - 1] = `${previous}${separator}${piece}`;
    else out.push(piece);
  }
  return out;
}
const INLINE_SEPARATOR_KEPT = new RegExp(`(${INLINE_SEPARATOR.source})`);

/** "Homepage copy $200.00" (a name and an amount in inline elements, often with no space between)
 * -> the name and the amount as two lines. Only when the amount ends the line. */
function splitTrailingAmount(line: string): string[] {
  const m = MONEY_PATTERN.exec(line);
  if (!m || m.index === 0) return [line];
  // "Service fee -$250.00": the sign belongs to the amount, not the name.
  const before = line.slice(0, m.index).replace(/\s*[-−–+]$/, '').trim();
  const after = line.slice(m.index);
  if (!before || after.length - m[0].length > 4 || /[:：]$/.test(before) || dueText.test(before) || /\b(of|for|at|from|to|by)$/i.test(before)) return [line];
  return [before, after];
}

/** What each column of a table row holds, by the table's header cells. */
interface Columns {
  title?: string;
  amount?: string;
  due?: string;
  status?: string;
}

/** A table row's cells read by their column headers ("Milestone | Amount | Due date | Status"). */
function readColumns(row: Element): Columns | null {
  const headerRow = headerRowOf(row);
  if (!headerRow) return null;
  const columns: Columns = {};
  const cells = Array.from(row.children);
  Array.from(headerRow.children).forEach((header, i) => {
    const cell = cells[i];
    const name = key(textOf(header));
    if (!cell) return;
    const text = textOf(cell, SKIP);
    for (const [field, pattern] of Object.entries(milestoneColumns) as [keyof Columns, RegExp][]) {
      if (columns[field] === undefined && pattern.test(name)) {
        columns[field] = text;
        break;
      }
    }
  });
  return columns.title !== undefined && (columns.amount !== undefined || columns.status !== undefined) ? columns : null;
}

/** One milestone from its row, or null when the row has no title (a sum, a header row). */
export function readMilestoneRow(row: Element, today: string): Milestone | null {
  return readMilestoneParts([row], today);
}

/**
 * One milestone from the elements that show it: one row (a card, a table row, a list item), or a
 * run of siblings in a flat list (<dt>/<dd> pairs, "Milestone 1: ..." followed by its amount...).
 */
export function readMilestoneParts(parts: readonly Element[], today: string): Milestone | null {
  const lines = rowLines(parts);
  const columns = parts.length === 1 && parts[0] ? readColumns(parts[0]) : null;
  const titleEl = allIn(parts, milestoneTitle)[0];
  const rawTitle = titleEl ? textOf(titleEl, SKIP) : columns?.title || (lines.find((line) => !isSpecial(line)) ?? '');
  if (!rawTitle || isSummary(rawTitle)) return null;
  const title = stripIndex(rawTitle);

  const fromColumn = parseMoney(columns?.amount);
  const moneyLine = lines.find((line) => line !== rawTitle && isMoneyLine(line)) ?? lines.find((line) => line !== rawTitle && parseMoney(line));
  const money = fromColumn ?? parseMoney(moneyLine);

  // Status: the Status column, a badge (data-test, air3-badge/token), then any short line starting with a status word.
  let statusLine: string | null = columns?.status && matchStatus(columns.status) ? columns.status : null;
  const badges = [...allIn(parts, milestoneStatus), ...allIn(parts, statusBadge)];
  for (const badge of statusLine ? [] : badges) {
    const text = textOf(badge, SKIP);
    if (text && text !== rawTitle && matchStatus(text) && text.length <= 50) {
      statusLine = text;
      break;
    }
  }
  statusLine ??= lines.find((line) => line !== rawTitle && isStatusLine(line)) ?? null;
  if (statusLine) statusLine = withoutStatusLabel(statusLine);
  const found = statusLine ? matchStatus(statusLine) : null;
  const dayFirst = dayFirstOf(parts[0]?.ownerDocument);
  const statusOn = found && statusLine ? parseDay(statusLine.slice(found.index + found.shown.length), { today, dayFirst }) : null;

  const due = { today, future: true, dayFirst };
  // The due label starts a line, or a part of one after an inline separator ("600,00 € · Fecha de entrega: 20 de marzo").
  const dueLine = lines
    .flatMap((line) => line.split(INLINE_SEPARATOR))
    .map((part) => (part.search(dueText) === 0 ? part.replace(dueText, '') : ''))
    .find((rest) => parseDay(rest, due));
  const bareDate = lines.find((line) => line !== statusLine && line !== rawTitle && !matchStatus(line) && isDateLine(line) && parseDay(line, due));
  const dueOn = parseDay(columns?.due ?? dueLine ?? bareDate, due);

  const descriptionEl = allIn(parts, milestoneDescription)[0];
  let description: string | null;
  if (descriptionEl) description = textLines(descriptionEl, SKIP).join('\n') || null;
  else {
    const titleAt = lines.indexOf(rawTitle);
    const rest = lines.filter((line, i) => i > titleAt && withoutStatusLabel(line) !== statusLine && !isSpecial(line) && !columnValues(columns).includes(line));
    description = rest.length ? rest.join('\n') : null;
  }

  const milestone: Milestone = {
    title,
    amount: money?.amount ?? null,
    currency: money?.currency ?? 'USD',
    dueOn,
    status: found?.status ?? 'unknown',
    statusOn,
    description,
  };
  if (found) milestone.statusText = clean(found.shown);
  return milestone;
}

const isColumnName = (cell: Element) => Object.values(milestoneColumns).some((p) => p.test(key(textOf(cell))));

/** The header row above a table row: a <thead> row or a row of <th>, a first row whose cells all
 * name columns ("Milestone | Amount | Status" in <td>s), or an ARIA grid's row of column headers. */
function headerRowOf(row: Element): Element | null {
  if (row.tagName === 'TR') {
    const table = row.closest('table');
    const first = table?.querySelector('thead tr') ?? table?.querySelector('tr');
    if (!first || first === row) return null;
    if (first.querySelector('th')) return first;
    const cells = Array.from(first.children);
    return cells.length >= 2 && cells.filter(isColumnName).length >= 2 && cells.every((c) => !textOf(c) || isColumnName(c)) ? first : null;
  }
  if (row.getAttribute('role') !== 'row') return null;
  const grid = row.closest('[role="table"], [role="grid"]');
  const header = grid ? Array.from(grid.querySelectorAll('[role="row"]')).find((r) => r.querySelector('[role="columnheader"]')) : null;
  return header && header !== row ? header : null;
}

const columnValues = (columns: Columns | null): string[] => (columns ? Object.values(columns).filter((v): v is string => !!v) : []);

/** Does the row show a title line (anything but amounts, dates, statuses, actions)? */
function hasTitle(row: Element): boolean {
  return row.querySelector(milestoneTitle) !== null || rowLines([row]).some((line) => !isSpecial(line));
}

/**
 * A flat list whose milestones are runs of siblings: a title element, then its amount, due date
 * and status as separate elements (<dt>/<dd>, or divs). A run starts at a title-like child
 * (same tag as the first title, or "Milestone N ...") once the current run has an amount.
 */
function siblingRuns(parent: Element): Element[][] {
  if (/^(TABLE|THEAD|TBODY|TFOOT|TR)$/.test(parent.tagName)) return [];
  const children = Array.from(parent.children).filter((child) => !child.closest(SKIP) && textOf(child, SKIP));
  // A flat list holds short items (a title, an amount, a date, a status), not whole cards.
  if (children.some((child) => rowLines([child]).length > 3)) return [];
  const runs: Element[][] = [];
  let current: Element[] = [];
  let hasAmount = false;
  let titleTag: string | null = null;
  for (const child of children) {
    const lines = rowLines([child]);
    const titleLike = lines.some((line) => !isSpecial(line));
    const startsRun =
      titleLike && (current.length === 0 || (hasAmount && (child.tagName === titleTag || milestoneIndexPrefix.test(lines[0] ?? ''))));
    if (startsRun) {
      if (current.length) runs.push(current);
      current = [];
      hasAmount = false;
      titleTag ??= child.tagName;
    }
    current.push(child);
    if (lines.some((line) => MONEY_PATTERN.test(line))) hasAmount = true;
  }
  if (current.length) runs.push(current);
  return runs.filter((run) => run.length > 1 && rowLines(run).some((line) => !isSpecial(line)));
}

/** The milestones' parts: each row on its own, or, for rows that are only an amount in a flat
 * list, the run of siblings around it. */
function rowParts(rows: Element[]): Element[][] {
  const parts: Element[][] = [];
  const done = new Set<Element>();
  for (const row of rows) {
    const parent = row.parentElement;
    if (hasTitle(row) || !parent) {
      parts.push([row]);
      continue;
    }
    // A sum or fee line ("Total", "Service fee") and its amount: not a milestone, nor part of one
    // (status words such as "Paid" are not sums here: they belong to the milestone beside them).
    if (rowLines([row]).some((line) => isSummary(line) && !matchStatus(line))) continue;
    if (done.has(parent)) continue;
    done.add(parent);
    const runs = siblingRuns(parent);
    if (runs.length) parts.push(...runs);
    else parts.push([row]);
  }
  return parts;
}

/** Text nodes holding an amount of money, outside page chrome and buttons. */
function moneyNodes(root: Element): Element[] {
  const found: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP) || parent.closest(pageChrome)) continue;
    if (MONEY_PATTERN.test(node.nodeValue ?? '')) found.push(parent);
  }
  return found;
}

/**
 * Rows under `container`: for each amount, the largest ancestor (below `container`) holding no
 * other amount and not holding `stop` (the heading). Only rows after `after` when given.
 */
export function rowsIn(container: Element, options: { stop?: Element; after?: Element } = {}): Element[] {
  const amounts = moneyNodes(container);
  const count = (el: Element) => amounts.filter((a) => el.contains(a)).length;
  const rows: Element[] = [];
  for (const amount of amounts) {
    if (options.after && !(options.after.compareDocumentPosition(amount) & 4)) continue;
    let row = amount;
    // A table row is one row, even when its title holds an amount too ("Logo (incl. up to £200 of
    // stock imagery)" beside its £900).
    const tr = amount.closest('td, th')?.parentElement;
    if (tr?.tagName === 'TR' && tr !== container && container.contains(tr) && !(options.stop && tr.contains(options.stop)) && count(tr) > 1) {
      if (!rows.includes(tr)) rows.push(tr);
      continue;
    }
    for (let p = row.parentElement; p && p !== container && p.tagName !== 'BODY'; p = p.parentElement) {
      if (count(p) > 1 || (options.stop && p.contains(options.stop))) break;
      row = p;
    }
    if (!rows.includes(row)) rows.push(row);
  }
  return outermost(rows);
}

/** Labels of contract terms: a "row" holding one is the terms box, not a milestone. A bare
 * "Status" / "Statut" is left out: each milestone may show its own. */
const TERMS_LABELS = { text: [...budgetLabel.text, ...clientLabel.text, ...startedLabel.text, ...statusLabel.text.filter((t) => t.includes(' ') || /vertrag|contract/i.test(t))] };

/** Does a row show a contract-terms label, alone ("Budget") or inline ("Client: Maple Row")? */
function hasTermsLabel(parts: readonly Element[]): boolean {
  if (parts.some((part) => findByText(part, TERMS_LABELS).length > 0)) return true;
  const labels = TERMS_LABELS.text.map((t) => t.toLowerCase());
  return rowLines(parts).some((line) => {
    const lower = line.toLowerCase();
    return labels.some((label) => lower.startsWith(`${label}:`) || lower.startsWith(`${label} :`) || (label.includes(' ') && lower.startsWith(`${label} `)));
  });
}

function readRows(rows: Element[], today: string, needStatus: boolean): Milestone[] {
  return rowParts(rows)
    .filter((parts) => !needStatus || !hasTermsLabel(parts))
    .map((parts) => readMilestoneParts(parts, today))
    .filter((m): m is Milestone => m !== null && m.amount !== null && (!needStatus || m.statusText !== undefined));
}

/** The smallest box around the heading that says more than the heading. */
function sectionOf(heading: Element): Element {
  const headingText = textOf(heading);
  let section: Element = heading;
  while (section.parentElement && section.parentElement.tagName !== 'BODY') {
    section = section.parentElement;
    if (textOf(section, SKIP).length > headingText.length + 2) break;
  }
  return section;
}

const HEADING_ELEMENTS = 'h1, h2, h3, h4, h5, h6, [role="heading"], caption, legend';

/** The milestones headings: the known words, else a heading of a few words that names milestones
 * in one of the languages ("Chronologie des jalons"), outside page chrome. */
function milestoneHeadings(body: Element): Element[] {
  const known = findByText(body, milestonesHeading);
  if (known.length) return known;
  return Array.from(body.querySelectorAll(HEADING_ELEMENTS)).filter((el) => {
    const text = textOf(el);
    return text.length <= 40 && milestonesHeadingWords.test(text) && !notMilestonesHeading.test(text) && !el.closest(pageChrome) && !el.closest(SKIP) && !el.closest('[hidden], [role="dialog"], .air3-modal');
  });
}

/** `scan`: allow the generic scan (off where milestones are not expected, e.g. the job post tab). */
export function readMilestones(doc: Document, today: string, scan = true): MilestonesReading {
  const body = doc.body;
  const reading: MilestonesReading = { milestones: [], strategy: null, headingFound: false, saysNone: false };
  if (!body) return reading;

  // 1. data-test shortcut.
  const marked = outermost(Array.from(body.querySelectorAll(milestoneItem)));
  const byDataTest = marked.map((row) => readMilestoneRow(row, today)).filter((m): m is Milestone => m !== null);
  if (byDataTest.length) return { ...reading, milestones: byDataTest, strategy: 'data-test', headingFound: findByText(body, milestonesHeading).length > 0 };

  // 2. heading-anchored: the known headings, else a short heading naming milestones.
  for (const heading of milestoneHeadings(body)) {
    reading.headingFound = true;
    if (noMilestonesText.test(textOf(sectionOf(heading)))) reading.saysNone = true;
    for (let box = heading.parentElement; box && box.tagName !== 'HTML'; box = box.parentElement) {
      const rows = rowsIn(box, { stop: heading, after: heading });
      if (!rows.length) continue;
      const milestones = readRows(rows, today, false);
      if (milestones.length) return { ...reading, milestones, strategy: 'heading' };
      break;
    }
  }
  if (reading.saysNone || !scan) return reading;

  // 3. generic scan: rows with an amount and a status word.
  const milestones = readRows(rowsIn(body), today, true);
  if (milestones.length) return { ...reading, milestones, strategy: 'scan' };
  if (!reading.headingFound && noMilestonesText.test(textOf(body, pageChrome))) reading.saysNone = true;
  return reading;
}
