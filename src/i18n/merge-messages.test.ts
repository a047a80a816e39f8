import { describe, expect, it } from 'vitest';
import { mergeMessages } from './merge-messages';

describe('mergeMessages', () => {
  it('merges nested trees from several files', () => {
    expect(
      mergeMessages([{ funder: { title: 'Financier' } }, { funder: { import: { pick: 'Kies' } } }]),
    ).toEqual({ funder: { title: 'Financier', import: { pick: 'Kies' } } });
  });

  it('refuses a key defined twice, naming it', () => {
    expect(() => mergeMessages([{ a: { b: 'x' } }, { a: { b: 'y' } }])).toThrow('a.b');
  });
});
