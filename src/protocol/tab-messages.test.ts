import { describe, expect, it } from 'vitest';
import { isFromOwnPage } from './tab-messages';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('isFromOwnPage', () => {
  it('accepts the popup and the options page of this extension', () => {
    expect(isFromOwnPage({ id: ID, url: `${ORIGIN}src/popup/index.html` }, ID, ORIGIN)).toBe(true);
    // The popup page opened in a tab of its own.
    expect(isFromOwnPage({ id: ID, url: `${ORIGIN}src/popup/index.html`, tab: { url: `${ORIGIN}src/popup/index.html` } }, ID, ORIGIN)).toBe(true);
  });

  it('refuses another extension, a content script, a frame inside an Upwork tab and a sender without a URL', () => {
    expect(isFromOwnPage({ id: 'other', url: `${ORIGIN}src/popup/index.html` }, ID, ORIGIN)).toBe(false);
    expect(isFromOwnPage({ id: ID, url: 'https://www.upwork.com/ab/messages/rooms/room_1', tab: { url: 'https://www.upwork.com/ab/messages/rooms/room_1' } }, ID, ORIGIN)).toBe(false);
    expect(isFromOwnPage({ id: ID, url: `${ORIGIN}src/popup/index.html`, tab: { url: 'https://www.upwork.com/nx/wm/workroom/1' } }, ID, ORIGIN)).toBe(false);
    expect(isFromOwnPage({ id: ID }, ID, ORIGIN)).toBe(false);
    expect(isFromOwnPage({ id: ID, url: 'moz-extension://someone-else/' }, ID, ORIGIN)).toBe(false);
  });
});
