import { describe, expect, it } from 'vitest';
import { findFullNames } from './full-names';

describe('full names', () => {
  it('flags two capitalised words in a row, with particles', () => {
    expect(findFullNames('Ik denk dat Jan Peeters het weet')).toEqual(['Jan Peeters']);
    expect(findFullNames('Hier zit Jan van der Berg van school')).toEqual(['Jan van der Berg']);
    expect(findFullNames('je connais Marie de Smet')).toEqual(['Marie de Smet']);
  });

  it('flags a name that opens a sentence, but not an opener and a noun', () => {
    expect(findFullNames('Jan Peeters zit in mijn klas')).toEqual(['Jan Peeters']);
    expect(findFullNames('Mijn Vriend is lief. My Mom knows.')).toEqual([]);
  });

  it('leaves single capitals, punctuation-separated words and the kit’s services alone', () => {
    expect(findFullNames('I told Lina. Then Child Focus called')).toEqual([]);
    expect(findFullNames('Jan, Peeters')).toEqual([]);
  });
});
