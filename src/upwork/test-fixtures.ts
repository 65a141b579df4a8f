// Test helper (Node only, uses jsdom): the saved pages in test/fixtures/upwork/ and their URLs.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { PageReading } from '../core/types';

const dir = new URL('../../test/fixtures/upwork/', import.meta.url);

/** fixtures.json: each saved page with the URL it was saved from and the day it was saved. */
export const fixtures: Record<string, { url: string; today: string }> = JSON.parse(
  readFileSync(new URL('fixtures.json', dir), 'utf8'),
);

export function loadFixture(name: string): { doc: Document; url: string; today: string } {
  const entry = fixtures[name];
  if (!entry) throw new Error(`no fixture ${name} in fixtures.json`);
  const html = readFileSync(new URL(name, dir), 'utf8');
  return { doc: new JSDOM(html, { url: entry.url }).window.document, url: entry.url, today: entry.today };
}

/** The hand-written expected reading beside a fixture. */
export function expectedReading(name: string): PageReading {
  return JSON.parse(readFileSync(new URL(name.replace(/\.html$/, '.expected.json'), dir), 'utf8'));
}
