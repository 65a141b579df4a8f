import { describe, expect, it } from 'vitest';
import { SOURCES, sourcesFor, UPWORK_SOURCE_HOSTS } from './sources';

describe('sources', () => {
  const entries = Object.entries(SOURCES);

  it.each(entries)('%s links to an https page on upwork.com', (_id, source) => {
    const url = new URL(source.url);
    expect(url.protocol).toBe('https:');
    expect(UPWORK_SOURCE_HOSTS as readonly string[]).toContain(url.hostname);
    expect(url.username + url.password).toBe('');
  });

  it.each(entries)('%s has a title that names Upwork', (_id, source) => {
    expect(source.title).toMatch(/^Upwork /);
  });

  it('help-center articles use the /hc/en-us/articles/<id> path, searches the search path', () => {
    for (const [, source] of entries) {
      const url = new URL(source.url);
      if (url.hostname !== 'support.upwork.com') continue;
      expect(url.pathname).toMatch(/^\/hc\/en-us\/(articles\/\d+(-[\w-]+)?|search)$/);
      if (url.pathname.endsWith('/search')) expect(url.searchParams.get('query')).toBeTruthy();
    }
  });

  it('has no link twice', () => {
    const urls = entries.map(([, s]) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('sourcesFor returns copies, so the table cannot be changed through advice', () => {
    const [copy] = sourcesFor(['fixedPriceProtection']);
    expect(copy).toEqual(SOURCES.fixedPriceProtection);
    expect(copy).not.toBe(SOURCES.fixedPriceProtection);
  });
});
