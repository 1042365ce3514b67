/**
 * Folds a text to the tokens profanity is matched on: lower case, no accents, simple leetspeak undone.
 * Matching whole tokens (not substrings) is what keeps "Scunthorpe", "classe" and "assistant" clean.
 */

// Letter look-alikes in digits and symbols, as in "sh1t", "f4ck", "$alope".
const LEET_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const LEET_SYMBOLS: Readonly<Record<string, string>> = { '@': 'a', $: 's', '!': 'i', '€': 'e' };

// Ligatures and letters that Unicode decomposition leaves alone.
const SPELLED_OUT: Readonly<Record<string, string>> = { ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', ł: 'l', đ: 'd' };

export function foldTokens(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    // Accents, and invisible characters slipped inside a word to dodge a filter.
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/[ßœæøłđ]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    // A symbol stands for a letter only inside a word: the "!" of "shit!" is punctuation.
    .replace(/[@$!€](?=[\p{L}\p{N}])/gu, (symbol) => LEET_SYMBOLS[symbol] ?? symbol);
  return folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((token) =>
      /\p{L}/u.test(token) ? token.replace(/[013457]/g, (digit) => LEET_DIGITS[digit] ?? digit) : token,
    );
}
