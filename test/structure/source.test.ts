// The project's own shape, asserted: one module imports the browser API, page text is never
// parsed as HTML, every user-visible string exists in every locale.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

function files(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files(path, out);
    else if (/\.(ts|tsx)$/.test(entry)) out.push(path);
  }
  return out;
}

const shipped = files(SRC).filter((f) => !f.includes(`${SRC}/dev/`) && !/\.test\.tsx?$/.test(f));
const read = (f: string) => readFileSync(f, 'utf8');

describe('source structure', () => {
  it('imports webextension-polyfill in exactly one module', () => {
    const importers = files(SRC).filter((f) => /from ['"]webextension-polyfill['"]/.test(read(f)));
    expect(importers.map((f) => relative(ROOT, f))).toEqual(['src/platform/browser.ts']);
  });

  it('never renders page text as HTML', () => {
    const offenders = shipped.filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(|createContextualFragment/.test(read(f)),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('keeps readers and the core free of extension APIs', () => {
    const pure = files(join(SRC, 'upwork')).concat(files(join(SRC, 'core')));
    const offenders = pure.filter((f) => /platform\/browser|webextension-polyfill|chrome\.runtime|browser\.runtime/.test(read(f)));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('keeps every Upwork selector in src/upwork', () => {
    const outside = shipped.filter((f) => !f.includes('/upwork/') && /\[data-test|story_|air3-|\.up-d-/.test(read(f)));
    expect(outside.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('has every user-visible string key in every locale', () => {
    const used = new Set<string>();
    const dynamic: string[] = [];
    for (const f of shipped) {
      for (const m of read(f).matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1] as string);
      for (const m of read(f).matchAll(/\bt\(\s*`([A-Za-z0-9_]+)\$\{/g)) dynamic.push(m[1] as string);
      // Counted phrases (tCount) carry every plural form: _one, _few, _many, _other.
      for (const m of read(f).matchAll(/\btCount\(\s*'([A-Za-z0-9_]+)'/g)) for (const form of ['one', 'few', 'many', 'other']) used.add(`${m[1]}_${form}`);
    }
    for (const m of readFileSync(join(SRC, 'content/banner.ts'), 'utf8').matchAll(/'(dismissReason[A-Za-z]+)'/g)) used.add(m[1] as string);
    const locales = readdirSync(join(ROOT, 'public/_locales'));
    expect(locales).toEqual(expect.arrayContaining(['en', 'es', 'uk']));
    const en = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'));
    for (const key of used) expect(en, `en lacks ${key}`).toHaveProperty(key);
    for (const prefix of dynamic) expect(Object.keys(en).some((k) => k.startsWith(prefix)), `en lacks ${prefix}*`).toBe(true);
    for (const locale of locales) {
      const messages = JSON.parse(readFileSync(join(ROOT, `public/_locales/${locale}/messages.json`), 'utf8'));
      expect(Object.keys(messages).sort(), `${locale} keys`).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(messages) as [string, { message: string }][]) {
        const placeholders = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
        expect(placeholders(value.message), `${locale}.${key} placeholders`).toBe(placeholders(en[key].message));
      }
    }
  });
});
