// The contracts list (`/nx/wm/contracts`): one summary per contract link. In 2026 the list lost
// its data-test attributes, so rows are found from links to contracts and read by their text.

import type { ContractSummary } from '../core/types';
import { hasDate } from './parse-date';
import { parseMoney } from './parse-money';
import { pageNotReady } from './read-page-state';
import { actionWords, clientName, contractRowLink, contractStatusWords, noContractsText, pageChrome } from './selectors';
import { textLines, textOf } from './text';
import { contractIdFromHref } from './urls';

const SKIP = 'button, [role="button"], script, style, [aria-hidden="true"]';

export function readContracts(doc: Document): { contracts: ContractSummary[]; problems: string[] } {
  const links = Array.from(doc.querySelectorAll(contractRowLink)).filter((a) => !a.closest(pageChrome));
  const ids = links.map((a) => contractIdFromHref(a.getAttribute('href')));
  const contracts: ContractSummary[] = [];
  const seen = new Set<string>();
  links.forEach((link, i) => {
    const id = ids[i];
    if (!id || seen.has(id)) return;
    // The row: the largest box around the link that links to no other contract.
    let row: Element = link;
    for (let p = link.parentElement; p && p.tagName !== 'BODY'; p = p.parentElement) {
      const others = Array.from(p.querySelectorAll(contractRowLink)).some((a) => contractIdFromHref(a.getAttribute('href')) !== id);
      if (others) break;
      row = p;
    }
    const title = textOf(link, SKIP);
    if (!title || actionWords.some((p) => p.test(title))) return;
    seen.add(id);
    const lines = textLines(row, SKIP).filter((line) => line !== title);
    const status = lines.find((line) => contractStatusWords.test(line)) ?? null;
    const marked = row.querySelector(clientName);
    const labelled = lines.find((line) => /^client\s*:/i.test(line))?.replace(/^client\s*:\s*/i, '');
    const client =
      (marked ? textOf(marked) : null) ??
      labelled ??
      lines.find(
        (line) =>
          line !== status && !parseMoney(line) && !hasDate(line) && !/\b(fixed[- ]price|hourly)\b/i.test(line) &&
          !actionWords.some((p) => p.test(line)) && !/^\d/.test(line),
      ) ??
      null;
    contracts.push({ id, title, clientName: client || null, status });
  });
  const problems = contracts.length || noContractsText.test(textOf(doc.body, pageChrome))
    ? []
    : [pageNotReady(doc) ?? 'contracts: no links to contracts (/nx/wm/workroom/<id>) found; an empty list shows none either'];
  return { contracts, problems };
}
