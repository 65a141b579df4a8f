// Every selector and text anchor in selectors.ts against the fixtures it lists, with the count.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findByText } from './find-text';
import * as selectors from './selectors';

const dir = new URL('../../test/fixtures/upwork/', import.meta.url);
const docs = new Map<string, Document>();
function load(name: string): Document {
  let doc = docs.get(name);
  if (!doc) {
    doc = new JSDOM(readFileSync(new URL(name, dir), 'utf8')).window.document;
    docs.set(name, doc);
  }
  return doc;
}

const table = selectors as unknown as Record<string, unknown>;
const checked = Object.keys(table).filter((name) => !name.endsWith('_') && Array.isArray(table[`${name}_`]));

describe('selectors match where they must', () => {
  it('every CSS selector and text anchor lists its fixtures', () => {
    const unlisted = Object.entries(table)
      .filter(([name, value]) => !name.endsWith('_') && (typeof value === 'string' || (typeof value === 'object' && value !== null && 'text' in value)))
      .filter(([name]) => !Array.isArray(table[`${name}_`]))
      .map(([name]) => name);
    expect(unlisted).toEqual([]);
  });

  for (const name of checked) {
    const value = table[name] as string | selectors.TextAnchor;
    for (const [fixture, count] of table[`${name}_`] as selectors.Where) {
      it(`${name} x${count} in ${fixture}`, () => {
        const doc = load(fixture);
        const found = typeof value === 'string' ? doc.querySelectorAll(value).length : findByText(doc, value, true).length;
        expect(found).toBe(count);
      });
    }
  }
});

describe('interfaceTexts', () => {
  it('lists every text anchor and word pattern, so the sanitized copy keeps their words', () => {
    const texts = Object.entries(selectors)
      .filter(([name, value]) => !name.endsWith('_') && name !== 'interfaceTexts' && typeof value !== 'string' && typeof value !== 'function')
      .map(([, value]) => value);
    for (const value of texts) expect(selectors.interfaceTexts).toContain(value);
  });
});
