import { describe, expect, it } from 'vitest';
import { ProfanityMatcher } from './profanity';
import { profanityLists } from './word-lists';

describe('the profanity matcher', () => {
  const matcher = new ProfanityMatcher([
    { language: 'fr', words: ['con', 'trou du cul', 'connard'] },
    { language: 'en', words: ['ass', 'cunt', 'connard'] },
  ]);
  const words = (text: string) => matcher.find(text).map((hit) => `${hit.language}:${hit.word}`);

  it('matches whole words only, never inside a longer one', () => {
    expect(words('Scunthorpe, la classe, an assistant, une conversation')).toEqual([]);
    expect(words('quel con')).toEqual(['fr:con']);
  });

  it('matches phrases, plurals and stretched letters', () => {
    expect(words('espèce de trou du cul')).toEqual(['fr:trou du cul']);
    expect(words('des connards')).toEqual(['fr:connard']);
    expect(words('asssss')).toEqual(['en:ass']);
  });

  it('reports a word found in two lists once, for the first list', () => {
    expect(words('connard')).toEqual(['fr:connard']);
  });

  it('spares excluded words', () => {
    const spared = new ProfanityMatcher([{ language: 'fr', words: ['con', 'bite'] }], ['bite']);
    expect(spared.find('a bite to eat')).toEqual([]);
  });

  it('has a maintained list for each of the kit’s languages, session language first', () => {
    const lists = profanityLists('nl');
    expect(lists.map((list) => list.language)).toEqual(['nl', 'fr', 'en', 'de']);
    for (const list of lists) expect(list.words.length, list.language).toBeGreaterThan(50);
  });
});
