// Every saved page reads into exactly the reading written by hand beside it.
import { describe, expect, it } from 'vitest';
import { readPage } from './read-page';
import { expectedReading, fixtures, loadFixture } from './test-fixtures';

describe('every fixture reads into exactly its expected data', () => {
  it('there are at least 18 fixtures', () => {
    expect(Object.keys(fixtures).length).toBeGreaterThanOrEqual(18);
  });

  for (const name of Object.keys(fixtures)) {
    it(name, () => {
      const { doc, url, today } = loadFixture(name);
      const expected = expectedReading(name);
      const reading = JSON.parse(JSON.stringify(readPage(doc, url, { today })));
      for (const field of Object.keys(expected)) expect(reading[field], field).toEqual((expected as unknown as Record<string, unknown>)[field]);
      expect(reading).toEqual(expected);
    });
  }
});
