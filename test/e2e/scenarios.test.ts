// Every replay scenario, in both browsers, through the same code as `npm run replay`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/dev/replay';
import { BROWSERS } from './browsers';

const DIR = join(import.meta.dirname, '../fixtures/scenarios');
const SCENARIOS = readdirSync(DIR).filter((name) => !name.includes('.'));

interface Expected {
  warnings: { contract: string; kind: string; quoteIncludes?: string }[];
  absent: { contract: string; kind: string }[];
  banners?: boolean[];
}

describe.each(BROWSERS)('replay scenarios in %s', (browserName) => {
  it.each(SCENARIOS)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as Expected;
    const result = await replay(join(DIR, name, 'scenario.json'), browserName, { build: false });
    expect(result.steps.map((s) => s.status)).not.toContain('timeout');
    for (const want of expected.warnings) {
      const contract = result.contracts.find((c) => c.id === want.contract);
      expect(contract, `contract ${want.contract}`).toBeDefined();
      const found = contract?.warnings.filter((w) => w.kind === want.kind) ?? [];
      expect(found.length, `${want.kind} on ${want.contract}`).toBeGreaterThan(0);
      if (want.quoteIncludes) expect(found.some((w) => w.quote?.includes(want.quoteIncludes as string))).toBe(true);
    }
    for (const absent of expected.absent) {
      const contract = result.contracts.find((c) => c.id === absent.contract);
      expect(contract, `contract ${absent.contract}`).toBeDefined();
      expect(contract?.warnings.filter((w) => w.kind === absent.kind), `${absent.kind} on ${absent.contract}`).toEqual([]);
    }
    if (expected.banners) expect(result.steps.map((s) => s.banner.shown)).toEqual(expected.banners);
  });
});
