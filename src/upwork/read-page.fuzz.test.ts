// Fuzzing the readers: saved pages mutated at random (elements dropped, moved, duplicated, texts
// replaced with hostile or huge strings, attributes scrambled) and random markup, read at their
// saved URLs and at random Upwork URLs. readPage must never throw, and its reading, once capped as
// the content script caps it, must be one the background accepts (the protocol's readingSchema).
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { capReading } from '../content/prepare-reading';
import { readingSchema } from '../protocol/schema';
import { readPage } from './read-page';
import { fixtures, loadFixture } from './test-fixtures';

const NAMES = Object.keys(fixtures);
// One window for every case: parsing into it is far cheaper than a new JSDOM each time.
const { window } = new JSDOM('');
const parse = (html: string): Document => new window.DOMParser().parseFromString(html, 'text/html');
const HOSTILE_TEXTS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '\u202Egnp.exe',
  '\u200B\u200C\u200D\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  'x'.repeat(30_000),
  '$'.repeat(2000),
  '$1,2,3,4.5.6',
  '$99999999999999999999999',
  'Dec 32, 2026',
  'Feb 30, 99999',
  '-$500.00',
  'NaN',
  '',
  '   ',
  '🛡'.repeat(3000),
];

const text = fc.oneof({ arbitrary: fc.constantFrom(...HOSTILE_TEXTS), weight: 3 }, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
const url = fc.oneof(
  fc.constantFrom(...NAMES.map((name) => fixtures[name]?.url as string)),
  fc
    .tuple(
      fc.constantFrom('nx/wm/workroom/', 'ab/messages/rooms/', 'nx/wm/contracts', 'ab/messages/', 'nx/find-work/', ''),
      fc.oneof(fc.stringMatching(/^[0-9]{1,40}$/), fc.stringMatching(/^room_[A-Za-z0-9_-]{0,90}$/), fc.string({ maxLength: 20 })),
      fc.constantFrom('', '/overview', '/milestones', '/messages', '?x=1', '#top'),
    )
    .map(([path, id, tail]) => `https://www.upwork.com/${path}${encodeURIComponent(id)}${tail}`),
);

type Mutation =
  | { kind: 'remove'; pick: number }
  | { kind: 'duplicate'; pick: number; times: number }
  | { kind: 'move'; pick: number; to: number }
  | { kind: 'text'; pick: number; text: string }
  | { kind: 'leaf-text'; pick: number; text: string; every: boolean }
  | { kind: 'attr'; pick: number; name: string; value: string }
  | { kind: 'strip-attrs'; pick: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat(), times: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('text' as const), pick: fc.nat(), text }),
  // Texts the readers take in sit in leaves: aim there, one leaf or every leaf of the same tag.
  fc.record({ kind: fc.constant('leaf-text' as const), pick: fc.nat(), text, every: fc.boolean() }),
  fc.record({
    kind: fc.constant('attr' as const),
    pick: fc.nat(),
    name: fc.constantFrom('class', 'data-test', 'data-qa', 'title', 'href', 'datetime', 'aria-label', 'id'),
    value: text,
  }),
  fc.record({ kind: fc.constant('strip-attrs' as const), pick: fc.nat() }),
);

function mutate(doc: Document, mutations: Mutation[]): void {
  for (const m of mutations) {
    const all = [...doc.body.querySelectorAll('*')];
    if (all.length === 0) return;
    const node = all[m.pick % all.length] as Element;
    switch (m.kind) {
      case 'remove':
        node.remove();
        break;
      case 'duplicate':
        // Bounded, so that repeated duplication of the whole body stays a page and not a gigabyte.
        if (doc.body.getElementsByTagName('*').length > 5000) break;
        for (let i = 0; i < m.times; i++) node.after(node.cloneNode(true));
        break;
      case 'move': {
        const target = all[m.to % all.length] as Element;
        if (!node.contains(target)) target.append(node);
        break;
      }
      case 'text':
        node.textContent = m.text;
        break;
      case 'leaf-text': {
        const leaves = all.filter((e) => e.childElementCount === 0);
        const leaf = leaves[m.pick % leaves.length];
        if (!leaf) break;
        for (const target of m.every ? leaves.filter((e) => e.tagName === leaf.tagName) : [leaf]) target.textContent = m.text;
        break;
      }
      case 'attr':
        node.setAttribute(m.name, m.value);
        break;
      case 'strip-attrs':
        for (const name of node.getAttributeNames()) node.removeAttribute(name);
        break;
    }
  }
}

function check(doc: Document, pageUrl: string): void {
  const reading = readPage(doc, pageUrl, { today: '2026-11-20' });
  const capped = capReading(reading);
  const parsed = v.safeParse(readingSchema, capped);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(`reading of ${pageUrl} refused: ${issue.path?.map((p) => String(p.key)).join('.')}: ${issue.message}`);
  }
}

describe('readPage over mutated saved pages', () => {
  const sources = new Map(NAMES.map((name) => [name, loadFixture(name).doc.documentElement.outerHTML]));

  // Every saved page gets its own runs, so that a page kind seldom drawn is not left out.
  it.each(NAMES)('%s: never throws and always yields a reading the protocol accepts', (name) => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), fc.boolean(), url, (mutations, ownUrl, otherUrl) => {
        const doc = parse(sources.get(name) as string);
        mutate(doc, mutations);
        check(doc, ownUrl ? (fixtures[name]?.url as string) : otherUrl);
      }),
      { numRuns: 15 },
    );
  }, 30_000);
});

describe('readPage over random markup', () => {
  const tags = ['div', 'span', 'section', 'ul', 'li', 'a', 'time', 'h1', 'h2', 'h4', 'p', 'button', 'table', 'tr', 'td', 'strong'];
  const classes = [
    'air3-card',
    'milestone-item',
    'milestone-list',
    'up-d-story-item',
    'user-name',
    'story-timestamp',
    'story-day-header',
    'room-title',
    'air3-badge',
    'nav-user-name',
    'system-story',
  ];
  const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text.map((t) => t.replace(/[<&]/g, ' ')),
      fc
        .tuple(fc.constantFrom(...tags), fc.subarray(classes, { maxLength: 3 }), fc.option(text), fc.array(tie('node'), { maxLength: 5 }))
        .map(([tag, cls, attr, children]) => {
          const attrs = `class="${cls.join(' ')}"${attr === null ? '' : ` data-test="${attr.replace(/["&<]/g, '')}" title="${attr.replace(/["&<]/g, '')}"`}`;
          return `<${tag} ${attrs}>${children.join('')}</${tag}>`;
        }),
    ),
  })).node;

  it('never throws and always yields a reading the protocol accepts', () => {
    fc.assert(
      fc.property(fc.array(element, { maxLength: 8 }), url, (body, pageUrl) => {
        const doc = parse(`<!DOCTYPE html><html><body><div id="__nuxt">${body.join('')}</div></body></html>`);
        check(doc, pageUrl);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
