import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dayFirstOf, findDate, hasDate, parseDateTime, parseDay, parseTime, withoutDate } from './parse-date';

const today = '2026-11-26'; // a Thursday

describe('parseDay', () => {
  it.each([
    ['Due Dec 5, 2026', '2026-12-05'],
    ['December 5, 2026', '2026-12-05'],
    ['Started Nov 3, 2026', '2026-11-03'],
    ['November 20, 2026 at 2:07 PM', '2026-11-20'],
    ['5 Dec 2026', '2026-12-05'],
    ['2026-12-05', '2026-12-05'],
    ['12/05/2026', '2026-12-05'],
    ['Nov 20', '2026-11-20'],
    ['Dec 20', '2025-12-20'], // a month ahead with no year: last December
    ['Today', '2026-11-26'],
    ['Yesterday', '2026-11-25'],
    ['Monday', '2026-11-23'],
    ['Thursday', '2026-11-19'],
    ['Submitted Sept 30, 2026', '2026-09-30'],
  ])('%s -> %s', (text, expected) => {
    expect(parseDay(text, { today })).toBe(expected);
  });

  it.each([
    ['12. März 2026', '2026-03-12'],
    ['01.10.2026', '2026-10-01'],
    ['Fällig am 3. Dez. 2026', '2026-12-03'],
    ['12 mars 2026', '2026-03-12'],
    ['1er oct. 2026', '2026-10-01'],
    ['Échéance : 15 févr. 2026', '2026-02-15'],
    ['12 de marzo de 2026', '2026-03-12'],
    ['26 de jan. de 2026', '2026-01-26'],
    ['Vence em 20 de fev.', '2026-02-20'],
    ['Início 12 de janeiro de 2026', '2026-01-12'],
    ['3 settembre 2026', '2026-09-03'],
    ['12 marca 2026', '2026-03-12'],
    ['12 марта 2026 г.', '2026-03-12'],
    ['5 грудня 2025', '2025-12-05'],
    ['2026年3月12日', '2026-03-12'],
    ['1 out. 2026', '2026-10-01'],
    ['12 set 2026', '2026-09-12'],
    ['Tuesday, December 30, 2025', '2025-12-30'],
    ['Today, Nov 20', '2026-11-20'],
    ['Hoy', '2026-11-26'],
    ['Gestern', '2026-11-25'],
    ['Сегодня', '2026-11-26'],
  ])('%s -> %s (other languages, written-out days first)', (text, expected) => {
    expect(parseDay(text, { today })).toBe(expected);
  });

  it.each(['5 out of 8 milestones', '3 set of icons', 'Marco 1', 'Hier ist die Datei'])('%j is not a date', (text) => {
    expect(parseDay(text, { today })).toBeNull();
  });

  it('keeps future dates without a year in this year when asked', () => {
    expect(parseDay('Due Dec 20', { today, future: true })).toBe('2026-12-20');
  });

  it.each(['', 'Milestone 2', '$500.00', 'Feb 30, 2026', 'Nov 20'])('%j without a year reference or invalid -> null', (text) => {
    expect(parseDay(text)).toBeNull();
  });
});

describe('parseTime', () => {
  it.each([
    ['2:07 PM', '14:07:00'],
    ['12:05 AM', '00:05:00'],
    ['12:30 pm', '12:30:00'],
    ['9:00 a.m.', '09:00:00'],
    ['14:07', '14:07:00'],
    ['à 14h07', '14:07:00'],
  ])('%s -> %s', (text, expected) => {
    expect(parseTime(text)).toBe(expected);
  });
});

describe('parseDateTime', () => {
  it.each([
    ['April 20, 2026 at 2:07 PM', '2026-04-20T14:07:00'],
    ['November 20, 2026 at 2:07 PM', '2026-11-20T14:07:00'],
    ['Apr 20, 2026, 14:07', '2026-04-20T14:07:00'],
    ['12/05/2026 9:15 AM', '2026-12-05T09:15:00'],
  ])('%s -> %s', (text, expected) => {
    expect(parseDateTime(text, { today })).toBe(expected);
  });

  it('needs both a day and a time', () => {
    expect(parseDateTime('April 20, 2026', { today })).toBeNull();
    expect(parseDateTime('2:07 PM', { today })).toBeNull();
  });
});

describe('dates written with slashes', () => {
  it('read month first on US English pages and day first elsewhere, unless a number above 12 says which is the day', () => {
    expect(parseDay('04/08/2026', { today })).toBe('2026-04-08');
    expect(parseDay('04/08/2026', { today, dayFirst: true })).toBe('2026-08-04');
    expect(parseDay('16/06/2026', { today })).toBe('2026-06-16');
    expect(parseDay('06/16/2026', { today, dayFirst: true })).toBe('2026-06-16');
    expect(parseDateTime('20/04/2026 14:07', { today, dayFirst: true })).toBe('2026-04-20T14:07:00');
  });

  it('take the order from the page’s language', () => {
    const doc = (lang: string | null) => new JSDOM(`<!DOCTYPE html><html${lang === null ? '' : ` lang="${lang}"`}><body></body></html>`).window.document;
    expect([null, 'en', 'en-US', 'EN-us'].map((lang) => dayFirstOf(doc(lang)))).toEqual([false, false, false, false]);
    expect(['pt-BR', 'de', 'en-GB', 'es'].map((lang) => dayFirstOf(doc(lang)))).toEqual([true, true, true, true]);
  });
});

describe('finding a date inside text', () => {
  it('skips a number and a word that is no month before the date ("5 items, 12 March 2026")', () => {
    expect(parseDay('5 items, 12 March 2026', { today })).toBe('2026-03-12');
    expect(parseDay('Paso 2 de 3, 26 de jan. de 2026', { today })).toBe('2026-01-26');
    expect(parseDay('12 del marzo', { today })).toBe('2026-03-12');
  });

  it('reads an abbreviation that is also a word as a month only with a period or a year after it', () => {
    expect(parseDay('1 out. 2026', { today })).toBe('2026-10-01');
    expect(parseDay('12 set 2026', { today })).toBe('2026-09-12');
    expect(parseDay('Termin: 3 out of 8 done, 12 set 2026', { today })).toBe('2026-09-12');
    expect(hasDate('5 out of 8 milestones')).toBe(false);
  });

  it('finds the first date of any kind, with where it ends', () => {
    const text = 'Due 12. März 2026, then Apr 3';
    expect(findDate(text)).toEqual({ index: 4, end: 4 + '12. März 2026'.length });
    expect(withoutDate('Nov 17, 2026 · Active')).toBe(' · Active');
    expect(withoutDate('Yesterday', '-')).toBe('-');
    expect(findDate('Logo package, 3 concepts')).toBeNull();
    // At one position the English month-first form wins over the day-first one.
    expect(findDate('Dec 5, 2026')).toEqual({ index: 0, end: 11 });
  });
});
