// What was agreed, from the workroom's job post / proposal / offer terms tabs: the text under the
// first recognised heading ("Original job post", "Job details", "Cover letter", "Terms"...).

import type { Agreement } from '../core/types';
import { findByText } from './find-text';
import { agreementHeadings, descriptionLabel, jobTitle, pageChrome } from './selectors';
import { textLines, textOf } from './text';

const SKIP = 'button, [role="button"], script, style, [aria-hidden="true"]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const NOT_HEADINGS = 'a, button, [role="tab"], [role="tablist"], .air3-tabs';

type Source = Agreement['source'];

/** Which sources a tab shows first. */
function preference(tab: string): Source[] {
  if (tab.startsWith('proposal')) return ['proposal', 'offer', 'job_post'];
  if (tab.startsWith('offer') || tab.startsWith('terms') || tab.startsWith('contract-terms')) return ['offer', 'proposal', 'job_post'];
  return ['job_post', 'offer', 'proposal'];
}

/** The lines after `start` inside its section: its following siblings, climbing until there are some. */
function linesAfter(start: Element): { lines: string[]; box: Element } {
  for (let el: Element | null = start; el && el.tagName !== 'BODY'; el = el.parentElement) {
    const siblings: Element[] = [];
    for (let s = el.nextElementSibling; s; s = s.nextElementSibling) siblings.push(s);
    const lines = siblings.filter((s) => !s.closest(pageChrome)).flatMap((s) => textLines(s, SKIP));
    if (lines.length) return { lines, box: el.parentElement ?? el };
  }
  return { lines: [], box: start };
}

export function readAgreement(doc: Document, tab: string): { agreement: Agreement | null; problems: string[] } {
  for (const source of preference(tab)) {
    const anchor = agreementHeadings.find(([s]) => s === source)?.[1];
    // Words in the anchor's order ("Cover letter" before "Proposal"); tab buttons and links are not headings.
    const heading = anchor?.text
      .flatMap((word) => findByText(doc, { text: [word] }))
      .find((el) => !el.closest(NOT_HEADINGS));
    if (!heading) continue;
    const { lines, box } = linesAfter(heading);
    const titleEl = box.querySelector(jobTitle) ?? null;
    let title = titleEl ? textOf(titleEl) : null;
    // A "Description" label inside the section: the agreed text is what follows it.
    const label = findByText(box, descriptionLabel)[0];
    let text = label ? linesAfter(label).lines : lines;
    if (!title && source === 'job_post') {
      const sub = Array.from(box.querySelectorAll(HEADINGS)).find((h) => h !== heading && !h.contains(heading) && (heading.compareDocumentPosition(h) & 4));
      title = sub ? textOf(sub) || null : null;
    }
    if (title) text = text.filter((line) => line !== title);
    if (!text.length) continue;
    return { agreement: { source, title, text: text.join('\n') }, problems: [] };
  }
  return {
    agreement: null,
    problems: ["agreement: no 'Original job post', 'Job details', 'Cover letter', 'Proposal' or 'Terms' heading with text under it"],
  };
}
