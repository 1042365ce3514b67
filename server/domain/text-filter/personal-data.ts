/**
 * Detects personal data a student might post by mistake or to expose someone: phone numbers, e-mail
 * addresses, social-media handles and links. Patterns, not a parser: they aim at what a teenager types in
 * fr/nl/en/de classrooms and leave the final word to the facilitator, who reads every text anyway.
 */
import type { Flag } from '../../../protocol/moderation';

type PersonalFlag = Flag & { kind: 'phone' | 'email' | 'handle' | 'link' };

// A date such as 01/02/2024 or 3.11.25, with no digit group around it (06.12.34.56.78 is a phone).
const DATE = /(?<!\d[./-]?)\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?![./-]?\d)/g;

// Digits with the separators people put in phone numbers: spaces, dots, dashes, slashes, "(0)" and brackets.
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}])(?:\+|00)?\(?\d[\d\s()./-]{6,}\d/gu;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// "lina (at) mail (dot) be", "lina[at]mail.be": the usual dodges.
const SPELLED_EMAIL =
  /[\p{L}\p{N}._%+-]+\s?[[(]\s?(?:at|@|arobase|apenstaartje)\s?[\])]\s?[\p{L}\p{N}-]+(?:\s?(?:\.|[[(]\s?(?:dot|punt|point|punkt)\s?[\])])\s?[\p{L}\p{N}-]{2,})+/giu;

// "@lina_2009", but not the "@" inside an e-mail address.
const AT_HANDLE = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_.]{2,30}/gu;
// "snap: lina.b", "insta lina_2009": a platform name followed by something that looks like a user name.
const PLATFORM_HANDLE =
  /\b(?:insta(?:gram)?|ig|snap(?:chat)?|sc|tiktok|tt|discord|telegram|twitch|bereal)\b\s*([:=]?)\s*@?([\p{L}\p{N}][\p{L}\p{N}_.]{2,29})/giu;

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu;
// Bare domains ("snapchat.com/add/x", "x.be") with a lower-case top-level domain, so "la fin.De plus" is no link.
const BARE_DOMAIN =
  /(?<![\p{L}\p{N}@./-])(?:[\p{L}\p{N}-]+\.)+(?:be|nl|fr|de|lu|ch|at|eu|uk|com|net|org|info|io|me|ly|gg|tv|app|co|link|xyz|site|online|live)(?![\p{L}\p{N}@-])(?:\/[^\s<>"']*)?/gu;

function phoneDigitsLookValid(candidate: string): boolean {
  const international = /^(?:\+|00)/.test(candidate);
  // "+32 (0)470…": the bracketed trunk zero is not dialled from abroad.
  const digits = candidate.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (international) return digits.replace(/^00/, '').length >= 9 && digits.length <= 17;
  // National numbers start with the trunk 0: BE 9–10 digits, NL/FR 10, DE 10–12. Prices and years do not.
  return digits.startsWith('0') && digits.length >= 9 && digits.length <= 12;
}

function findPhones(text: string): string[] {
  // Blank out dates first (keeping offsets) so "01/02/2024 10" is never read as one number.
  const withoutDates = text.replace(DATE, (date) => '#'.repeat(date.length));
  return [...withoutDates.matchAll(PHONE_CANDIDATE)].map(([match]) => match.trim()).filter(phoneDigitsLookValid);
}

function findHandles(text: string): string[] {
  const atHandles = [...text.matchAll(AT_HANDLE)].map(([match]) => match.replace(/\.+$/, ''));
  const platformHandles = [...text.matchAll(PLATFORM_HANDLE)]
    // Without a colon, only a name with a digit, "_" or "." counts: "snap every day" names no one.
    .filter(([, colon = '', name = '']) => colon !== '' || /[\d_.]/.test(name.replace(/\.+$/, '')))
    .map(([match]) => match.replace(/\.+$/, ''));
  return [...atHandles, ...platformHandles];
}

export function findPersonalData(text: string): PersonalFlag[] {
  // Full-width digits and letters (from some phone keyboards) become plain ones for the patterns.
  const plain = text.normalize('NFKC');
  const found: [PersonalFlag['kind'], string[]][] = [
    ['phone', findPhones(plain)],
    ['email', [...plain.matchAll(EMAIL), ...plain.matchAll(SPELLED_EMAIL)].map(([match]) => match)],
    ['handle', findHandles(plain)],
    [
      'link',
      [...plain.matchAll(URL), ...plain.matchAll(BARE_DOMAIN)].map(([match]) => match.replace(/[.,;:!?)]+$/, '')),
    ],
  ];
  return found.flatMap(([kind, matches]) => [...new Set(matches)].map((match) => ({ kind, match })));
}
