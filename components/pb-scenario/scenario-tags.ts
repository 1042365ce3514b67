/**
 * The ink tags a role-play uses for its staging, read the same way by the build (scripts/ink/, which refuses
 * an unknown tag with its file and line) and by `<pb-scenario>` in the browser. Documented in decks/README.md.
 *
 *     # title: Sam's Saturday evening      (top of the file: the scenario's title)
 *     # phone: sam                         (top: whose phone the class looks at)
 *     # character: sam = Sam               (top: one per character, with the name shown in this language)
 *     Hey, are you Sam? # from: lina # flag: fake-peer
 *     * [Say no # response: helps]
 *     Pay before midnight # from: lina # deadline   (a time runs out: the build refuses waiting on helping choices)
 */

/** The red flags of the manipulation script (curriculum brief), each explained in locales/<lang>/scenario.json. */
export const FLAG_KINDS = [
  'fake-peer',
  'fast-intimacy',
  'moving-platform',
  'nude-first',
  'the-flip',
  'deadline-money',
  'more-demands',
  // The second form of online blackmail (CEOP Thinkuknow): more pictures, not money, often by someone known.
  'more-images',
  'recovery-scam',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** How a choice in a "how do you respond" story is judged in the debrief. */
export const RESPONSE_KINDS = ['helps', 'hurts'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

/** Character ids, scenario ids: lower case, digits and dashes, as deck ids are. */
export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

export type ScenarioTag =
  | { readonly key: 'title'; readonly value: string }
  | { readonly key: 'phone'; readonly character: string }
  | { readonly key: 'character'; readonly character: string; readonly name: string }
  | { readonly key: 'from'; readonly character: string }
  | { readonly key: 'flag'; readonly kind: FlagKind }
  | { readonly key: 'response'; readonly kind: ResponseKind }
  | { readonly key: 'image'; readonly description: string }
  | { readonly key: 'pause' }
  | { readonly key: 'deadline' }
  | { readonly key: 'help' };

export type TagKey = ScenarioTag['key'];

/** Where each tag may stand: at the top of the file, on a line of the story, or inside a choice's brackets. */
export const TAG_PLACES: Readonly<Record<TagKey, 'global' | 'line' | 'choice'>> = {
  title: 'global',
  phone: 'global',
  character: 'global',
  from: 'line',
  flag: 'line',
  image: 'line',
  pause: 'line',
  deadline: 'line',
  help: 'line',
  response: 'choice',
};

export type ParsedTag = { readonly tag: ScenarioTag } | { readonly problem: string };

const isFlag = (value: string): value is FlagKind => (FLAG_KINDS as readonly string[]).includes(value);
const isResponse = (value: string): value is ResponseKind => (RESPONSE_KINDS as readonly string[]).includes(value);

/** Reads one tag as ink hands it over (`"flag: the-flip"`, without the `#`); says what is wrong otherwise. */
export function parseTag(raw: string): ParsedTag {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const key = (colon < 0 ? text : text.slice(0, colon)).trim().toLowerCase();
  const value = colon < 0 ? '' : text.slice(colon + 1).trim();
  const needsValue = (what: string): ParsedTag => ({ problem: `"# ${key}:" needs ${what}` });
  switch (key) {
    case 'title':
      return value ? { tag: { key, value } } : needsValue('the scenario title');
    case 'phone':
    case 'from':
      if (!value) return needsValue('a character id, e.g. "# from: lina"');
      return ID_PATTERN.test(value)
        ? { tag: { key, character: value } }
        : { problem: `"${value}" is not a character id (lower case letters, digits, dashes)` };
    case 'character': {
      const [id = '', name = ''] = value.split('=').map((part) => part.trim());
      if (!ID_PATTERN.test(id) || !name)
        return { problem: '"# character:" is written "# character: lina = Lina" (an id, "=", the shown name)' };
      return { tag: { key, character: id, name } };
    }
    case 'flag':
      if (isFlag(value)) return { tag: { key, kind: value } };
      return { problem: `unknown red flag "${value}" (known: ${FLAG_KINDS.join(', ')})` };
    case 'response':
      if (isResponse(value)) return { tag: { key, kind: value } };
      return { problem: `"# response:" is ${RESPONSE_KINDS.join(' or ')}, not "${value}"` };
    case 'image':
      return value ? { tag: { key, description: value } } : needsValue('a description of the image, in words');
    case 'pause':
    case 'deadline':
    case 'help':
      return value ? { problem: `"# ${key}" takes no value` } : { tag: { key } };
    default:
      return {
        problem: `unknown tag "# ${text}" (known: ${Object.keys(TAG_PLACES)
          .map((k) => `# ${k}`)
          .join(', ')})`,
      };
  }
}

/** The tags of a list that parse; the build has refused the others already. */
export function readTags(raw: readonly string[] | null | undefined): ScenarioTag[] {
  return (raw ?? []).flatMap((text) => {
    const parsed = parseTag(text);
    return 'tag' in parsed ? [parsed.tag] : [];
  });
}
