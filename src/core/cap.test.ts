import { describe, expect, it } from 'vitest';
import { capText, cappedLength } from './cap';

describe('capText', () => {
  it('keeps short text as it is', () => {
    expect(capText('hello', 10)).toBe('hello');
    expect(capText('', 0)).toBe('');
  });

  it('cuts long text and says so in the text itself', () => {
    const capped = capText('x'.repeat(25_000), 20_000);
    expect(capped.startsWith('x'.repeat(20_000))).toBe(true);
    expect(capped).toContain('[Scope Guard kept the first 20,000 of 25,000 characters]');
    expect(capped.length).toBeLessThanOrEqual(cappedLength(20_000));
  });

  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(10)}`; // the emoji spans indexes 9 and 10
    const capped = capText(text, 10);
    expect(capped.startsWith('a'.repeat(9))).toBe(true);
    expect(capped).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('keeps a 10 MB text within its cap', () => {
    expect(capText('y'.repeat(10_000_000), 20_000).length).toBeLessThanOrEqual(cappedLength(20_000));
  });
});
