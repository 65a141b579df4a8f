import { describe, expect, it } from 'vitest';
import { codeSpans } from './code-spans';
import { detectScope } from './index';

const spans = (text: string): string[] => codeSpans(text).map((s) => text.slice(s.start, s.end));

describe('codeSpans', () => {
  it('finds fenced and inline code, links, logs, stack traces and cookie headers', () => {
    expect(spans('see `addItem(extra)` here')).toEqual(['`addItem(extra)`']);
    expect(spans('page: https://example.com/add-new?also=1 ok')).toEqual(['https://example.com/add-new?also=1']);
    expect(spans('Cookie: session=abc; add_to_cart=1')).toEqual(['Cookie: session=abc; add_to_cart=1']);
    expect(spans('log:\n2026-05-01 12:00:01 ERROR Failed to add user\nthanks')).toEqual(['2026-05-01 12:00:01 ERROR Failed to add user']);
    expect(spans('TypeError: x is undefined\n    at addExtra (cart.js:42:13)\n')).toEqual([
      'TypeError: x is undefined',
      '    at addExtra (cart.js:42:13)',
    ]);
    expect(spans('```\nconst extra = add(1);\n```')).toEqual(['```\nconst extra = add(1);\n```']);
  });

  it('leaves plain prose alone', () => {
    expect(spans('Could you also add a blog section? Thanks!')).toEqual([]);
    expect(spans('Please add 3 more pages (about, team, careers).')).toEqual([]);
  });
});

describe('pasted code is no request', () => {
  it.each([
    "Here's the error: `TypeError: Cannot read properties of undefined (reading 'add') at addItem (cart.js:42:13)`",
    'The log says: 2026-05-01 12:00:01 ERROR Failed to add new user to table users',
    'Cookie: session=abc123; add_to_cart=1; also_viewed=42; new_feature_flag=true',
    'This is the page I mean: https://example.com/products/add-new-item?also=true&extra=1',
    'It crashes:\n```\nTraceback (most recent call last):\n  File "app.py", line 12, in add_product\n    also_add_extra()\nKeyError: \'extra_field\'\n```',
    'Still failing:\nUncaught TypeError: addExtraItem is not a function\n    at HTMLButtonElement.<anonymous> (main.js:10:5)',
    'En el log: 2026-05-01 12:00:01 ERROR No se pudo agregar también el usuario',
    'Вот ссылка: https://primer.ru/dobavit-tovar?takzhe=1&extra=2',
  ])('%s', (text) => {
    expect(detectScope(text).adds_scope).toBe(false);
  });

  it('still finds the request beside the code', () => {
    const v = detectScope('Error: `undefined is not a function`. Also, could you add a blog section?');
    expect(v.adds_scope).toBe(true);
    expect(v.evidence[0]).toContain('add a blog section');
  });
});
