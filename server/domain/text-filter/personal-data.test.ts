import { describe, expect, it } from 'vitest';
import { findPersonalData } from './personal-data';

const found = (text: string) => findPersonalData(text).map(({ kind, match }) => `${kind}:${match}`);

describe('personal data', () => {
  it.each([
    ['+32 470 12 34 56', 'BE mobile, international'],
    ['0470/12.34.56', 'BE mobile'],
    ['02 123 45 67', 'BE landline'],
    ['06-12345678', 'NL mobile'],
    ['+31 6 12345678', 'NL mobile, international'],
    ['06 12 34 56 78', 'FR mobile'],
    ['06.12.34.56.78', 'FR mobile, dotted'],
    ['0033 6 12 34 56 78', 'FR, 00 prefix'],
    ['0151 12345678', 'DE mobile'],
    ['+49 (0)30 1234567', 'DE landline with trunk zero'],
  ])('flags the phone number %s (%s)', (number) => {
    expect(found(`mon num ${number} stp`)).toEqual([`phone:${number}`]);
  });

  it('leaves dates, times, prices, short help-line numbers and bank numbers alone', () => {
    expect(found('le 01/02/2024 à 10:30, 1.000.000 euros, bel 116 000 of 3018, BE68 5390 0754 7034')).toEqual([]);
  });

  it('flags e-mail addresses, also spelled out', () => {
    expect(found('jan.peeters@mail.be')).toEqual(['email:jan.peeters@mail.be']);
    expect(found('lina (at) gmail (dot) com')).toEqual(['email:lina (at) gmail (dot) com']);
  });

  it('flags handles, with an @ or after a platform name', () => {
    expect(found('add @lina_2009.')).toEqual(['handle:@lina_2009']);
    expect(found('mon snap: lina.b')).toEqual(['handle:snap: lina.b']);
    expect(found('insta lina_2009')).toEqual(['handle:insta lina_2009']);
    expect(found('I use snapchat every day')).toEqual([]);
  });

  it('flags links, with or without www', () => {
    expect(found('kijk op www.x.be!')).toEqual(['link:www.x.be']);
    expect(found('https://example.org/a?b=c')).toEqual(['link:https://example.org/a?b=c']);
    expect(found('snapchat.com/add/lina')).toEqual(['link:snapchat.com/add/lina']);
    expect(found("c'était la fin.De plus")).toEqual([]);
  });
});
