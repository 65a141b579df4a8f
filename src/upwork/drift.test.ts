// Markup drift: remove or rename one anchor at a time in the workroom and room fixtures. The
// reader must still read the page correctly through another strategy, or report a problem; it
// must never invent data (every value it does give matches what the page shows).
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Message, Milestone, PageReading } from '../core/types';
import { findByText } from './find-text';
import { fixtures } from './test-fixtures';
import { readPage } from './read-page';
import { readMilestones } from './read-milestones';
import { emptyRun, readStories, storyNodes } from './read-room';
import { milestonesHeading, navUserName, roomTitle, storyItem, storyTimestamp, viewContractLink } from './selectors';

const dir = new URL('../../test/fixtures/upwork/', import.meta.url);
const load = (name: string) =>
  new JSDOM(readFileSync(new URL(name, dir), 'utf8'), { url: fixtures[name]?.url }).window.document;
const expectedOf = (name: string): PageReading =>
  JSON.parse(readFileSync(new URL(name.replace(/\.html$/, '.expected.json'), dir), 'utf8'));
const read = (doc: Document, name: string): PageReading =>
  JSON.parse(JSON.stringify(readPage(doc, fixtures[name]?.url ?? '', { today: fixtures[name]?.today ?? '2026-11-26' })));

const mutations: Record<string, (doc: Document) => void> = {
  'delete the milestones heading': (doc) => {
    for (const el of findByText(doc, milestonesHeading, true)) el.remove();
  },
  'rename data-test values': (doc) => {
    for (const el of Array.from(doc.querySelectorAll('[data-test]'))) el.setAttribute('data-test', `v2-${el.getAttribute('data-test')}`);
  },
  'drop data-test and data-qa attributes': (doc) => {
    for (const el of Array.from(doc.querySelectorAll('[data-test], [data-qa]'))) {
      el.removeAttribute('data-test');
      el.removeAttribute('data-qa');
    }
  },
  'strip air3 classes': (doc) => {
    for (const el of Array.from(doc.querySelectorAll('[class*="air3"]'))) {
      el.className = el.className.split(/\s+/).filter((c) => !c.startsWith('air3')).join(' ');
    }
  },
  'remove the main heading': (doc) => {
    for (const el of Array.from(doc.querySelectorAll('h1, [data-test="contract-title"]'))) el.remove();
  },
  'remove the top navigation': (doc) => {
    for (const el of Array.from(doc.querySelectorAll(navUserName))) el.remove();
  },
  'remove timestamp titles': (doc) => {
    for (const el of Array.from(doc.querySelectorAll(storyTimestamp))) el.removeAttribute('title');
  },
  'remove story ids': (doc) => {
    for (const el of Array.from(doc.querySelectorAll(storyItem))) el.removeAttribute('id');
  },
  'remove the room title': (doc) => {
    for (const el of Array.from(doc.querySelectorAll(roomTitle))) el.remove();
  },
  'remove the View contract action': (doc) => {
    for (const el of Array.from(doc.querySelectorAll(viewContractLink))) el.removeAttribute('data-ev-label');
  },
  'rename story classes': (doc) => {
    for (const el of Array.from(doc.querySelectorAll('[class*="story"]'))) el.className = el.className.replace(/story/g, 'msg');
  },
};

/** Every value the reader gives is the page's (or null); anything it could not read is a problem. */
function expectNoInvention(reading: PageReading, expected: PageReading): void {
  const hasProblem = reading.problems.length > 0;
  expect(reading.kind).toBe(expected.kind);
  expect(reading.contractId === null || reading.contractId === expected.contractId).toBe(true);
  if (expected.contractId && reading.contractId === null) expect(hasProblem || expected.kind === 'room').toBe(true);
  if (reading.contract) {
    for (const [field, value] of Object.entries(reading.contract)) {
      if (value !== null) expect(value, `contract.${field}`).toEqual((expected.contract as unknown as Record<string, unknown>)?.[field]);
    }
  } else if (expected.contract) {
    expect(hasProblem, 'contract lost without a problem').toBe(true);
  }
  for (const m of reading.milestones) {
    const e = expected.milestones.find((x) => x.title === m.title) as Milestone | undefined;
    expect(e, `invented milestone ${m.title}`).toBeDefined();
    for (const [field, value] of Object.entries(m)) {
      if (value !== null && value !== 'unknown') expect(value, `${m.title}.${field}`).toEqual((e as unknown as Record<string, unknown>)[field]);
    }
  }
  if (reading.milestones.length < expected.milestones.length) expect(hasProblem, 'milestones lost without a problem').toBe(true);
  for (const m of reading.messages) {
    const e = expected.messages.find((x) => x.text === m.text) as Message | undefined;
    expect(e, `invented message ${m.text}`).toBeDefined();
    if (!e) continue;
    expect(m.sender, m.text).toBe(e.sender);
    expect(m.author, m.text).toBe(e.author);
    expect(m.id === e.id || m.id.startsWith('msg_'), m.id).toBe(true);
    if (m.timeSource === 'none') expect(hasProblem, `${m.text}: stand-in time without a problem`).toBe(true);
    else if (m.timeSource === e.timeSource) expect(m.sentAt).toBe(e.sentAt);
    else expect(m.timeSource === 'day' && m.sentAt.slice(0, 10) === e.sentAt.slice(0, 10), `${m.text} at ${m.sentAt}`).toBe(true);
  }
  if (reading.messages.length < expected.messages.length) expect(hasProblem, 'messages lost without a problem').toBe(true);
}

const pages = Object.keys(fixtures).filter((name) => /^(workroom|room)-/.test(name));

describe('markup drift never invents data', () => {
  for (const name of pages) {
    for (const [mutation, apply] of Object.entries(mutations)) {
      it(`${name}: ${mutation}`, () => {
        const doc = load(name);
        apply(doc);
        expectNoInvention(read(doc, name), expectedOf(name));
      });
    }
  }
});

const essentials = (ms: Milestone[]) => ms.map(({ title, amount, currency, dueOn, status }) => ({ title, amount, currency, dueOn, status }));

describe('each milestone strategy reads the milestones on its own', () => {
  const today = '2026-11-26';
  it('data-test shortcut (cards)', () => {
    const found = readMilestones(load('workroom-fixed-cards.html'), today);
    expect(found.strategy).toBe('data-test');
    expect(found.milestones).toEqual(expectedOf('workroom-fixed-cards.html').milestones);
  });

  it('heading-anchored list when data-test values are renamed (cards)', () => {
    const doc = load('workroom-fixed-cards.html');
    mutations['rename data-test values']?.(doc);
    const found = readMilestones(doc, today);
    expect(found.strategy).toBe('heading');
    expect(essentials(found.milestones)).toEqual(essentials(expectedOf('workroom-fixed-cards.html').milestones));
  });

  it('generic scan with neither data-test nor heading (cards)', () => {
    const doc = load('workroom-fixed-cards.html');
    mutations['rename data-test values']?.(doc);
    mutations['delete the milestones heading']?.(doc);
    const found = readMilestones(doc, today);
    expect(found.strategy).toBe('scan');
    expect(essentials(found.milestones)).toEqual(essentials(expectedOf('workroom-fixed-cards.html').milestones));
  });

  for (const name of ['workroom-fixed-table.html', 'workroom-legacy-list.html', 'workroom-redesign.html']) {
    it(`heading-anchored, then generic scan without the heading (${name})`, () => {
      expect(readMilestones(load(name), today).strategy).toBe('heading');
      const doc = load(name);
      mutations['delete the milestones heading']?.(doc);
      const found = readMilestones(doc, today);
      expect(found.strategy).toBe('scan');
      expect(essentials(found.milestones)).toEqual(essentials(expectedOf(name).milestones));
    });
  }

  it('a fixed-price page with nothing recognisable reports a problem and no contract', () => {
    const doc = load('workroom-redesign.html');
    for (const el of Array.from(doc.querySelectorAll('.cw-shell'))) el.innerHTML = '<div>Something new</div>';
    const reading = readPage(doc, fixtures['workroom-redesign.html']?.url ?? '', { today });
    expect(reading.contract).toBeNull();
    expect(reading.milestones).toEqual([]);
    expect(reading.problems.length).toBeGreaterThan(0);
  });

  it('a milestones heading without rows and without "No milestones" is a problem', () => {
    const doc = load('workroom-no-milestones.html');
    for (const el of Array.from(doc.querySelectorAll('.empty-state'))) el.remove();
    const reading = readPage(doc, fixtures['workroom-no-milestones.html']?.url ?? '', { today });
    expect(reading.milestones).toEqual([]);
    expect(reading.problems).toContain("milestones: 'Milestones' heading found but no milestone rows with an amount");
  });
});

describe('readStories reads new story nodes incrementally', () => {
  for (const name of ['room-basic.html', 'room-no-nav.html', 'room-quotes-attachments.html']) {
    it(`${name}: any split gives the same messages as one pass`, () => {
      const doc = load(name);
      const context = {
        freelancerName: doc.querySelector(navUserName)?.textContent?.trim() ?? null,
        roomTitle: doc.querySelector(roomTitle)?.textContent?.trim() ?? null,
        today: fixtures[name]?.today ?? '2026-11-26',
      };
      const nodes = storyNodes(doc);
      const whole = readStories(nodes, context).messages;
      expect(whole).toEqual(expectedOf(name).messages);
      for (let cut = 1; cut < nodes.length; cut++) {
        const first = readStories(nodes.slice(0, cut), context, emptyRun());
        const second = readStories(nodes.slice(cut), context, first.run);
        expect([...first.messages, ...second.messages]).toEqual(whole);
      }
    });
  }
});
