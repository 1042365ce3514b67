import { describe, expect, it } from 'vitest';
import { createTextFilter, textFilterFor } from './text-filter';

describe('the local text filter', () => {
  const flag = textFilterFor('fr');
  const kinds = (text: string) => flag(text).map((found) => found.kind);

  it("flags '+32 470 12 34 56', 'jan.peeters@mail.be', '@lina_2009', 'www.x.be' and a French swear word", () => {
    expect(kinds('appelle le +32 470 12 34 56')).toEqual(['phone']);
    expect(kinds('écris à jan.peeters@mail.be')).toEqual(['email']);
    expect(kinds('suis @lina_2009')).toEqual(['handle']);
    expect(kinds('va sur www.x.be')).toEqual(['link']);
    expect(flag('quel connard')).toEqual([{ kind: 'profanity', match: 'connard', language: 'fr' }]);
  });

  it("does not flag 'Scunthorpe', 'classe' or 'assistant'", () => {
    expect(flag('Scunthorpe')).toEqual([]);
    expect(flag('la classe avec notre assistant')).toEqual([]);
  });

  it('sees through accents and leetspeak', () => {
    expect(kinds('ENCULÉ')).toEqual(['profanity']);
    expect(kinds('c0nn4rd')).toEqual(['profanity']);
  });

  it('flags swear words of every kit language in a mixed class', () => {
    for (const text of ['klootzak', 'bullshit', 'arschloch']) expect(kinds(text), text).toEqual(['profanity']);
  });

  it('spares the lesson’s own words and false friends of the session’s language', () => {
    expect(flag('wat moet je doen als iemand nudes vraagt? naakt')).toEqual([]);
    expect(textFilterFor('de')('bitte nicht')).toEqual([]);
    expect(textFilterFor('fr')('bitte')).toHaveLength(1);
    expect(textFilterFor('en')('a bite to eat')).toEqual([]);
    expect(textFilterFor('fr')('une bite')).toHaveLength(1);
  });

  it('gives every reason for a text with several problems', () => {
    const found = createTextFilter({ language: 'nl' })('Jan Peeters is een klootzak, bel 0470 12 34 56');
    expect(found.map((flag) => flag.kind).sort()).toEqual(['name', 'phone', 'profanity']);
  });
});
