// Every saved page reads into exactly the reading written by hand beside it.
import { describe, expect, it } from 'vitest';
import { readingToStore, readPage } from './read-page';
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

describe('a page that could not be read at all', () => {
  it('is stored against the contract or room of its URL, and parse still calls it unknown', () => {
    const { doc, url, today } = loadFixture('soft-block.html');
    const reading = readPage(doc, url, { today });
    expect(reading.kind).toBe('unknown');
    expect(reading.contractId).toBeNull();
    const stored = readingToStore(reading, url);
    expect(stored).toMatchObject({ kind: 'workroom', contractId: '38123456', tab: 'overview', contract: null, milestones: [], problems: reading.problems });
    const room = readingToStore(readPage(doc, 'https://www.upwork.com/ab/messages/rooms/room_0123456789abcdef0123456789abcdef', { today }), 'https://www.upwork.com/ab/messages/rooms/room_0123456789abcdef0123456789abcdef');
    expect(room).toMatchObject({ kind: 'room', roomId: 'room_0123456789abcdef0123456789abcdef', messages: [] });
  });

  it('an unknown page with nothing wrong stays unknown', () => {
    const { doc, today } = loadFixture('soft-block.html');
    const reading = { ...readPage(doc, 'https://www.upwork.com/nx/find-work/', { today }) };
    expect(readingToStore(reading, 'https://www.upwork.com/nx/find-work/').kind).toBe('unknown');
  });
});
