import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../fixtures/upwork');
const INDEX = JSON.parse(readFileSync(join(DIR, 'fixtures.json'), 'utf8')) as Record<string, { url: string }>;

/** A saved Upwork page and the URL it was saved from. */
export function fixture(name: string): { url: string; html: string } {
  const entry = INDEX[name];
  if (!entry) throw new Error(`No fixture ${name} in fixtures.json`);
  return { url: entry.url, html: readFileSync(join(DIR, name), 'utf8') };
}
