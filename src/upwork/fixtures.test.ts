import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from './read-page';

const dir = new URL('../../test/fixtures/upwork/', import.meta.url);
export const fixtures: Record<string, { url: string; today: string }> = JSON.parse(
  readFileSync(new URL('fixtures.json', dir), 'utf8'),
);

export function loadFixture(name: string): { doc: Document; url: string; today: string } {
  const entry = fixtures[name];
  if (!entry) throw new Error(`no fixture ${name} in fixtures.json`);
  const html = readFileSync(new URL(name, dir), 'utf8');
  return { doc: new JSDOM(html, { url: entry.url }).window.document, url: entry.url, today: entry.today };
}

describe('every fixture reads into exactly its expected data', () => {
  for (const name of Object.keys(fixtures)) {
    it(name, () => {
      const { doc, url, today } = loadFixture(name);
      const expected = JSON.parse(readFileSync(new URL(name.replace(/\.html$/, '.expected.json'), dir), 'utf8'));
      const reading = JSON.parse(JSON.stringify(readPage(doc, url, { today })));
      for (const field of Object.keys(expected)) expect(reading[field], field).toEqual(expected[field]);
      expect(reading).toEqual(expected);
    });
  }
});
