// The change notice: a tab skips the refresh only for the notices its own readings caused.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { changeNotice, isOwnChange, parseChangeNotice } from './change-notice';
import { requestSchemas } from './schema';

describe('change notice', () => {
  it('names the reader whose reading caused it, and only that reader skips the refresh', () => {
    const notice = parseChangeNotice(changeNotice('3f0c2a4e-1b2c-4d5e-8f90-123456789abc', 1));
    expect(notice).toEqual({ at: 1, from: '3f0c2a4e-1b2c-4d5e-8f90-123456789abc' });
    expect(isOwnChange(notice, '3f0c2a4e-1b2c-4d5e-8f90-123456789abc')).toBe(true);
    expect(isOwnChange(notice, 'another-tab')).toBe(false);
  });

  it('treats a notice from elsewhere, or in an older or unknown shape, as a change every tab shows', () => {
    for (const value of [changeNotice(null, 5), 1764000000000, undefined, { at: 'x', from: 'a' }, { at: 1, from: '<script>' }]) {
      const notice = parseChangeNotice(value);
      expect(notice.from).toBeNull();
      expect(isOwnChange(notice, 'a')).toBe(false);
    }
  });

  it('is part of the reading message, optional and checked', () => {
    const reading = { kind: 'unknown', contractId: null, roomId: null, contract: null, milestones: [], messages: [], problems: [] };
    const url = 'https://www.upwork.com/nx/wm/workroom/1/overview';
    expect(v.is(requestSchemas['page.reading'], { url, reading })).toBe(true);
    expect(v.is(requestSchemas['page.reading'], { url, reading, from: 'a1-b2' })).toBe(true);
    expect(v.is(requestSchemas['page.reading'], { url, reading, from: 'x'.repeat(65) })).toBe(false);
    expect(v.is(requestSchemas['page.reading'], { url, reading, from: 'a b' })).toBe(false);
  });
});
