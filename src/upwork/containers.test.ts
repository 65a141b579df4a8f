import { describe, expect, it } from 'vitest';
import { bannerPlace } from './containers';
import { loadFixture } from './test-fixtures';

describe('bannerPlace', () => {
  it('puts the banner just above a room’s messages', () => {
    const { doc, url } = loadFixture('room-basic.html');
    const place = bannerPlace(doc, url);
    expect((place?.before as Element | null)?.id).toBe('story-viewport');
    expect(place?.parent).toBe(doc.querySelector('#story-viewport')?.parentNode);
  });

  it('puts the banner at the top of a workroom’s main content', () => {
    const { doc, url } = loadFixture('workroom-fixed-cards.html');
    const place = bannerPlace(doc, url);
    expect(place?.parent).toBe(doc.querySelector('main'));
    expect(place?.before).toBe(doc.querySelector('main')?.firstChild);
  });

  it('falls back to the top of the app where there is no main content', () => {
    const { doc, url } = loadFixture('workroom-redesign.html');
    expect(bannerPlace(doc, url)?.parent).toBe(doc.querySelector('#__nuxt') ?? doc.body);
  });
});
