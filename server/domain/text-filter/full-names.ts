/**
 * Flags what looks like a person's full name: two or more capitalised words in a row ("Jan Peeters",
 * "Marie de Smet", "Lukas von Berg"), which in French, Dutch and English is rarely anything but a name.
 *
 * Known limits (the flag only tells the facilitator where to look; it decides nothing):
 * - A sentence's first word is capitalised anyway. It is left out when it is a common opener ("My", "Mijn",
 *   "Le", "Die"…), so "Mijn Vriend" is not a name but "Jan Peeters zit in mijn klas" is. Other openers
 *   followed by a brand ("Gisteren Instagram") are false alarms.
 * - Names typed in lower case, or a first name alone, are missed: there is no way to tell them from words.
 * - German capitalises every noun, so "am Montag Abend" is flagged too: a false alarm, not a miss.
 * - Organisations look the same; the help services the decks name are exempted.
 * - Text Typed In Title Case is flagged throughout.
 */

// Lower-case particles inside names: "van der", "de", "von", "du", "ten".
const PARTICLES = new Set([
  'van',
  'von',
  'vom',
  'zu',
  'de',
  'der',
  'den',
  'het',
  'ter',
  'ten',
  'te',
  'du',
  'des',
  'la',
  'le',
  'di',
  'da',
  'dos',
  "d'",
  "van't",
]);

// Words that open sentences in fr/nl/en/de: articles, pronouns, possessives, question words, greetings.
const SENTENCE_OPENERS = new Set(
  (
    'the a an my your his her our their this that these those i you he she we they it what why how when where who ' +
    'is are can do does if and but so in on at for with to from hi hello yes no ' +
    'le la les un une des mon ma mes ton ta tes son sa ses notre votre leur ce cette ces je tu il elle on nous ' +
    'vous ils elles que qui quoi pourquoi comment quand où et mais si en dans pour avec chez salut bonjour oui non ' +
    'de het een mijn jouw je zijn haar ons onze hun dit dat deze die ik jij hij zij ze wij we jullie wat waarom hoe ' +
    'wanneer waar wie kan mag als maar op met voor bij hallo hoi ja nee ' +
    'der das ein eine einen mein meine dein deine sein seine ihr ihre unser unsere dieser diese dieses ich du er ' +
    'sie es wir was warum wie wann wo wer ist darf wenn und aber im am auf mit für bei nein'
  ).split(' '),
);

// Services that the decks themselves name, so a question about them is not mistaken for a person.
const NOT_NAMES = new Set([
  'child focus',
  'take it down',
  'kids help phone',
  'crisis text line',
  'report remove',
  'safety centre',
]);

const CAPITALISED = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
const WORD = /[\p{L}'’-]+/gu;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly opensSentence: boolean;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => {
    const before = text.slice(0, match.index).trimEnd();
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      opensSentence: before === '' || /[.!?…:\n"«“]$/.test(before),
    };
  });
}

/** The name inside a run of capitalised words and particles, if the run holds one. */
function nameIn(run: readonly Word[], text: string): string | null {
  const words = [...run];
  if (words[0]?.opensSentence && SENTENCE_OPENERS.has(words[0].text.toLowerCase())) words.shift();
  // Particles belong inside a name, never at its ends ("… Jan Peeters van school").
  while (words.length && !CAPITALISED.test(words[0].text)) words.shift();
  while (words.length && !CAPITALISED.test(words[words.length - 1].text)) words.pop();
  if (words.filter((word) => CAPITALISED.test(word.text)).length < 2) return null;
  const name = text.slice(words[0].start, words[words.length - 1].end);
  // "Then Child Focus called": a sentence's first word in front of a service is not part of a name.
  const afterOpener = words[0].opensSentence ? text.slice(words[1].start, words[words.length - 1].end) : name;
  return NOT_NAMES.has(name.toLowerCase()) || NOT_NAMES.has(afterOpener.toLowerCase()) ? null : name;
}

export function findFullNames(text: string): string[] {
  const words = wordsOf(text);
  const names: string[] = [];
  let run: Word[] = [];
  const flush = () => {
    const name = run.length ? nameIn(run, text) : null;
    if (name) names.push(name);
    run = [];
  };
  words.forEach((word, i) => {
    // Only words separated by spaces form a name: "Jan, Peeters" or "Jan. Peeters" are two things.
    if (run.length && !/^\s+$/.test(text.slice(words[i - 1].end, word.start))) flush();
    if (CAPITALISED.test(word.text)) run.push(word);
    else if (run.length && PARTICLES.has(word.text.toLowerCase())) run.push(word);
    else flush();
  });
  flush();
  return names;
}
