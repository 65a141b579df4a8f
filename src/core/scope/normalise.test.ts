import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';
import { splitSentences } from './sentences';

describe('normalise', () => {
  it('folds case, accents and repeated letters, keeping vowel doubles', () => {
    expect(normalise('Pleeease ADD the additional Página').text).toBe('pleease ad the aditional pagina');
    expect(normalise('too soon').text).toBe('too soon');
    expect(normalise('Außerdem Ещё').text).toBe('auserdem еще');
  });

  it('drops zero-width characters and collapses spaces', () => {
    expect(normalise('a\u200b\u200db   c\n\n\nd').text).toBe('ab c\nd');
  });

  it('maps every character back to the original', () => {
    const input = 'Héllo   wörld!!';
    const { text, origin } = normalise(input);
    expect(origin.length).toBe(text.length + 1);
    expect(text.slice(0, 4)).toBe('helo');
    expect(input.slice(origin[0], origin[4])).toBe('Héllo');
  });
});

describe('splitSentences', () => {
  it('splits on end marks but not inside amounts', () => {
    const text = 'pay $1,250.00 now. then more! ok?';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['pay $1,250.00 now.', 'then more!', 'ok?']);
  });
  it('does not end a sentence at a page or number abbreviation before a number', () => {
    const text = 'typos on p. 12 and pag. 4. see nr. 7 too. the end';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['typos on p. 12 and pag. 4.', 'see nr. 7 too.', 'the end']);
  });
});
