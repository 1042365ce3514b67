import { describe, expect, it } from 'vitest';
import { foldTokens } from './fold';

describe('folding text for matching', () => {
  it('drops case and accents, and spells out ß and œ', () => {
    expect(foldTokens('Enculé SCHEISSE scheiße Œuvre')).toEqual(['encule', 'scheisse', 'scheisse', 'oeuvre']);
  });

  it('undoes simple leetspeak inside words but leaves numbers and punctuation alone', () => {
    expect(foldTokens('sh1t $alope f4ck!')).toEqual(['shit', 'salope', 'fack']);
    expect(foldTokens('in 2024 at 10')).toEqual(['in', '2024', 'at', '10']);
  });

  it('ignores invisible characters slipped into a word and full-width letters', () => {
    expect(foldTokens('con\u200Bnard ＦＵＣＫ')).toEqual(['connard', 'fuck']);
  });
});
