// The copy for a bug report keeps what the readers need and none of the freelancer's words.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from './read-page';
import { makeMasker, sanitizePage, sanitizeTree } from './sanitize-page';
import type { PageElement } from './page-tree';
import { expectedReading, fixtures, loadFixture } from './test-fixtures';

const SECRET = 'test-secret';

function reread(name: string, secret = SECRET) {
  const { doc, url, today } = loadFixture(name);
  const html = sanitizePage(doc, url, { secret });
  const copy = new JSDOM(html, { url }).window.document;
  return { html, original: readPage(doc, url, { today }), copy: readPage(copy, url, { today }) };
}

describe('sanitizePage', () => {
  for (const name of Object.keys(fixtures)) {
    it(`${name}: the readers see the same structure in the copy`, () => {
      const { original, copy } = reread(name);
      expect(copy.kind).toBe(original.kind);
      expect(copy.problems.length > 0).toBe(original.problems.length > 0);
      expect(copy.milestones.map((m) => [m.status, m.dueOn])).toEqual(original.milestones.map((m) => [m.status, m.dueOn]));
      // Ids the page gives are kept; ids made from a message's words change with the words.
      const shape = (m: { id: string; sender: string; sentAt: string }) => [m.id.startsWith('story_') ? m.id : 'hash', m.sender, m.sentAt];
      expect(copy.messages.map(shape)).toEqual(original.messages.map(shape));
      expect(copy.contract === null).toBe(original.contract === null);
      if (original.contract && copy.contract) expect(copy.contract.type).toBe(original.contract.type);
    });
  }

  it('leaves out every name, message word, title and amount the page shows', () => {
    for (const name of Object.keys(fixtures)) {
      const { html: markup } = reread(name);
      // What the copy says: its text and attribute values (tag and attribute names are markup, and
      // link paths, classes and ids are Upwork's own structure, kept on purpose).
      const copy = new JSDOM(markup).window.document;
      const html = [copy.documentElement.textContent ?? '', ...Array.from(copy.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => !['href', 'class', 'id', 'role', 'type', 'data-test', 'data-qa', 'data-ev-label'].includes(a.name)).map((a) => a.value))].join('\n');
      const expected = expectedReading(name);
      const secrets = [
        ...expected.messages.flatMap((m) => [m.author ?? '', m.text]),
        ...(expected.contract ? [expected.contract.title, expected.contract.clientName ?? ''] : []),
        ...expected.milestones.map((m) => m.title),
      ];
      for (const secret of secrets) {
        // Words of five letters or more that are not interface words (those stay on purpose).
        for (const word of secret.split(/[^\p{L}]+/u).filter((w) => w.length >= 5)) {
          const kept = makeMasker(SECRET).text(word) === word;
          if (!kept) expect(html, `${name}: "${word}"`).not.toContain(word);
        }
      }
      for (const m of expected.milestones) {
        if (m.amount !== null && m.amount >= 100) expect(html, `${name}: amount ${m.amount}`).not.toMatch(new RegExp(`\\$${m.amount.toLocaleString('en-US')}\\b`));
      }
    }
  }, 30_000); // every fixture, sanitized and re-parsed: 6–8 s on a busy 2-core machine

  it('drops scripts, images, frames, event handlers, form values and comments; keeps data-test and classes', () => {
    const doc = new JSDOM(
      `<!doctype html><html><head><script>alert(1)</script><style>.a{}</style></head><body>
      <div id="__nuxt" class="air3-card" data-test="milestone-item" onclick="steal()"><!-- Dana's note -->
      <img src="https://example.test/dana.png" alt="Dana Whitfield"><iframe src="https://evil.test"></iframe>
      <a href="https://www.upwork.com/nx/wm/workroom/38123456/overview?ref=mail" data-ev-label="wm_view_contract_action">View contract</a>
      <textarea>draft reply to Marta</textarea><input value="secret draft">
      <span class="story-timestamp" title="April 20, 2026 at 2:07 PM">2:07 PM</span> Budget: $1,250.00 Marta Kowalska</div></body></html>`,
      { url: 'https://www.upwork.com/nx/wm/workroom/38123456/overview' },
    ).window.document;
    const html = sanitizePage(doc, doc.URL, { secret: SECRET });
    for (const gone of ['<script', 'alert(1)', '<img', '<iframe', 'onclick', 'steal', "Dana's note", 'secret draft', 'Marta', 'Kowalska', '1,250', '38123456', 'ref=mail', 'example.test', 'evil.test']) {
      expect(html, gone).not.toContain(gone);
    }
    for (const kept of ['data-test="milestone-item"', 'class="air3-card"', 'data-ev-label="wm_view_contract_action"', 'View contract', 'title="April 20, 2026 at 2:07 PM"', 'Budget:', '/nx/wm/workroom/']) {
      expect(html, kept).toContain(kept);
    }
    expect(html).toMatch(/\$\d,\d{3}\.\d{2}/);
  });

  it('gives the same stand-in for the same word within one copy, and other stand-ins with another secret', () => {
    const a = makeMasker('one');
    const b = makeMasker('two');
    expect(a.text('Dana Whitfield')).toBe(a.text('Dana Whitfield'));
    expect(a.text('Dana W.').slice(0, 6)).toBe(a.text('Dana Whitfield').slice(0, 6));
    expect(a.text('Dana Whitfield')).not.toBe(b.text('Dana Whitfield'));
    expect(a.text('Kestrel Goods')).toMatch(/^[A-Z][a-z]{6} [A-Z][a-z]{4}$/);
  });

  it('keeps the word forms that the status patterns allow but do not spell out, and masks one-letter initials', () => {
    const a = makeMasker('one');
    for (const word of ['Payée', 'Pagada', 'Opłacony', 'Approuvée', 'Meilensteinplan']) expect(a.text(word), word).toBe(word);
    expect(a.text('W.')).not.toBe('W.');
    expect(a.text('Whitfield')).not.toBe('Whitfield');
  });
  it("leaves out Scope Guard's own banner and markers", () => {
    const { doc, url } = loadFixture('room-basic.html');
    doc.body.prepend(doc.createElement('scope-guard-root'));
    doc.querySelector('[id^="story_"]')?.append(doc.createElement('scope-guard-marker'));
    const html = sanitizePage(doc, url, { secret: SECRET });
    expect(html).not.toMatch(/scope-guard-(root|marker)/);
    expect(html).toMatch(/^<!DOCTYPE html>\n<!-- Saved by Scope Guard/);
  });

  it('writes markup a parser reads back as the same tree', () => {
    const { doc, url } = loadFixture('room-basic.html');
    const html = sanitizePage(doc, url, { secret: SECRET });
    const copy = new JSDOM(html).window.document;
    const shape = (root: Element): string[] => Array.from(root.querySelectorAll('*'), (el) => `${el.localName}[${Array.from(el.attributes, (a) => a.name).join(',')}]`);
    const original = doc.documentElement.cloneNode(true) as Element;
    for (const el of Array.from(original.querySelectorAll('script, style, link, meta, img, noscript'))) el.remove();
    const kept = (entry: string) => entry.replace(/\[.*\]/, '');
    expect(shape(copy.documentElement).map(kept)).toEqual(shape(original).map(kept));
  });

  it('keeps hostile structure from a message inert: no tag or attribute breaks out, text stays text', () => {
    const tree: PageElement = [
      'html',
      [],
      ['body', [['class', 'x" onload="steal()'], ['onclick', 'steal()'], ['a b', 'c'], ['x"y', 'z'], ['a\u0007', 'c']],
        ['textarea', [], '</textarea><script>steal()</script>'],
        ['img src=x onerror=steal()', [], 'gone'],
        ['script', [], 'steal()'],
        ['p', [['title', '"><script>steal()</script>']], '1 < 2 & 3 > 4\u00a0a'],
        ['br', [], 'never inside a void element'],
      ],
    ];
    const html = sanitizeTree(tree, 'https://www.upwork.com/ab/messages/rooms/room_1', { secret: SECRET });
    const parsed = new JSDOM(html).window.document;
    expect(parsed.querySelectorAll('script, img')).toHaveLength(0);
    expect(Array.from(parsed.querySelectorAll('*'), (el) => el.localName)).toEqual(['html', 'head', 'body', 'textarea', 'p', 'br']);
    expect(Array.from(parsed.body.attributes, (a) => [a.name, a.value])).toEqual([['class', 'x" onload="steal()']]);
    expect(parsed.querySelector('textarea')?.textContent).toMatch(/^<\/\w+><\w+>\w+\(\)<\/\w+>$/);
    expect(parsed.querySelector('p')?.textContent).toBe('1 < 2 & 3 > 4\u00a0a');
    expect(html).not.toContain('never');
  });
});
