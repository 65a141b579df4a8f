import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from './format';

describe('format', () => {
  it('formats dates for the locale, date-only values at noon so no zone shifts the day', () => {
    expect(formatDate('2026-12-04', 'en-US')).toBe('Dec 4, 2026');
    expect(formatDate('2026-12-04', 'es')).toMatch(/4 dic(\.)? 2026/);
    expect(formatDate('2026-11-21T10:12:00', 'uk')).toMatch(/21 лист\.? 2026/);
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('formats money for the locale and currency', () => {
    expect(formatMoney(1250, 'USD', 'en-US')).toBe('$1,250.00');
    expect(formatMoney(500, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('500,00 €'); // Intl puts a no-break space before the sign
    expect(formatMoney(null, 'USD', 'en-US')).toBe('—');
    expect(formatMoney(3, 'XYZZY', 'en-US')).toBe('3.00 XYZZY');
  });
});
