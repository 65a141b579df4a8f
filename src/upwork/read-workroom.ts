// A contract's workroom (overview tab, older contract page, one contract of the list): the
// contract's terms and its milestones. Anchored on visible text; data-test values are shortcuts.

import type { Contract, ContractType, Milestone } from '../core/types';
import { findByText, valueByLabel } from './find-text';
import { parseDay } from './parse-date';
import { hasMoney, parseMoney } from './parse-money';
import { pageNotReady, softBlocked } from './read-page-state';
import { type MilestoneStrategy, readMilestones } from './read-milestones';
import {
  budgetLabel,
  clientLabel,
  clientName,
  contractStatus,
  contractTitle,
  contractType,
  fixedTypeWords,
  hourlyRateLabel,
  hourlyTypeWords,
  mainHeading,
  milestonesHeading,
  pageChrome,
  startedLabel,
  statusBadge,
  statusLabel,
  weeklyLimitLabel,
} from './selectors';
import { textOf } from './text';

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

function readTitle(doc: Document): string | null {
  const marked = outsideChrome(doc.querySelectorAll(contractTitle))[0];
  if (marked) return textOf(marked) || null;
  const heading = outsideChrome(doc.querySelectorAll(mainHeading))[0];
  return heading ? textOf(heading) || null : null;
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
  if (findByText(doc, hourlyRateLabel).length || findByText(doc, weeklyLimitLabel).length) return 'hourly';
  if (valueByLabel(doc, budgetLabel, hasMoney) || milestonesShown) return 'fixed';
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
  const m = /(\d+(?:\.\d+)?)\s*(?:hrs?|hours?)\b/i.exec(text ?? '');
  return m ? Number(m[1]) : null;
}

export function readWorkroom(doc: Document, contractId: string, options: WorkroomOptions): WorkroomReading {
  const { today, expectMilestones = true } = options;
  const problems: string[] = [];
  const blocked = softBlocked(doc);
  if (blocked) return { contract: null, milestones: [], problems: [blocked], milestoneStrategy: null };

  const found = readMilestones(doc, today, expectMilestones);
  const title = readTitle(doc);
  const type = readType(doc, found.headingFound || found.milestones.length > 0);

  if (!title && !type && !found.headingFound && !found.milestones.length) {
    const notReady = pageNotReady(doc);
    if (notReady) return { contract: null, milestones: [], problems: [notReady], milestoneStrategy: null };
  }
  if (!title) problems.push('contract: no title found (no [data-test="contract-title"] and no main heading)');
  if (!type) problems.push("contract: type not recognised (no 'Fixed price', 'Budget', 'Hourly rate' or 'Weekly limit' and no milestones)");

  const markedClient = outsideChrome(doc.querySelectorAll(clientName))[0];
  const client = (markedClient ? textOf(markedClient) : valueByLabel(doc, clientLabel)) || null;
  const started = valueByLabel(doc, startedLabel, (v) => parseDay(v, { today }) !== null);
  const markedStatus = outsideChrome(doc.querySelectorAll(contractStatus))[0];
  const status = (markedStatus ? textOf(markedStatus) : valueByLabel(doc, statusLabel)) || null;

  let milestones: Milestone[] = [];
  let budget: number | null = null;
  let currency: string | null = null;
  let hourlyRate: number | null = null;
  let weeklyLimit: number | null = null;

  if (type === 'hourly') {
    const rate = parseMoney(valueByLabel(doc, hourlyRateLabel, hasMoney));
    hourlyRate = rate?.amount ?? null;
    currency = rate?.currency ?? null;
    weeklyLimit = readHours(valueByLabel(doc, weeklyLimitLabel));
    if (hourlyRate === null) problems.push("contract: hourly contract without a readable 'Hourly rate'");
  } else {
    milestones = found.milestones;
    const money = parseMoney(valueByLabel(doc, budgetLabel, hasMoney));
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
          startedOn: parseDay(started, { today }),
          status,
        }
      : null;
  if (contract && type === 'hourly') {
    contract.hourlyRate = hourlyRate;
    contract.weeklyLimit = weeklyLimit;
  }
  return { contract, milestones, problems, milestoneStrategy: milestones.length ? found.strategy : null };
}
