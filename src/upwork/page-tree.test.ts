import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isPageElement, pageTree } from './page-tree';

describe('pageTree', () => {
  it('keeps elements, attributes and text in order; leaves out comments, code, media and Scope Guard', () => {
    const doc = new JSDOM(
      `<!doctype html><html><head><script>alert(1)</script><title>Room</title></head><body class="b">
      <!-- note --><div data-test="story" id="s1">Hi <b>there</b><img src="x.png"><scope-guard-marker></scope-guard-marker></div>
      <svg viewBox="0 0 1 1"><path d="M0 0"></path></svg></body></html>`,
    ).window.document;
    const tree = pageTree(doc.documentElement);
    expect(tree[0]).toBe('html');
    const body = tree.find((n) => Array.isArray(n) && n[0] === 'body');
    expect(body).toEqual([
      'body',
      [['class', 'b']],
      '\n      ',
      ['div', [['data-test', 'story'], ['id', 's1']], 'Hi ', ['b', [], 'there']],
      '\n      ',
      ['svg', [['viewBox', '0 0 1 1']], ['path', [['d', 'M0 0']]]],
    ]);
    expect(JSON.stringify(tree)).not.toMatch(/alert|note|x\.png|scope-guard/);
    expect(isPageElement(tree)).toBe(true);
  });
});

describe('isPageElement', () => {
  it('refuses what pageTree never makes', () => {
    for (const bad of [null, 'text', [], ['div'], ['div', {}], [1, []], ['div', [['id']]], ['div', [['id', 1]]], ['div', [], 5], ['div', [], { a: 1 }]]) {
      expect(isPageElement(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('refuses nesting deeper than any page, without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = ['div', [], deep];
    expect(isPageElement(deep)).toBe(false);
    let fine: unknown = 'x';
    for (let i = 0; i < 500; i++) fine = ['div', [], fine];
    expect(isPageElement(fine)).toBe(true);
  });
});
