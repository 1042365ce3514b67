/**
 * A role-play on paper, for the facilitator guide: every part of the story once, in reading order, each choice
 * saying which part it leads to, so a teacher can read the whole story, its branches and its endings before
 * the lesson. The parts come from playing every path with the same player the slide uses, so what is printed
 * is what the class sees.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Beat, ScenarioPlayer, Segment } from '../../components/pb-scenario/scenario-player';
import type { ResponseKind } from '../../components/pb-scenario/scenario-tags';
import type { Translate } from '../../i18n/translator';

export interface StoryChoice {
  readonly text: string;
  readonly response?: ResponseKind;
  /** The number of the part this choice leads to. */
  readonly to: number;
}

export interface StoryPart {
  readonly number: number;
  readonly beats: readonly Beat[];
  /** None at an ending. */
  readonly choices: readonly StoryChoice[];
}

interface Node {
  readonly segment: Segment;
  readonly children: readonly Node[];
  /** The same text and the same story after it: two paths that meet again are printed once. */
  readonly key: string;
}

/** Every distinct part of a role-play, numbered in reading order (depth first, first choice first). */
export function storyParts(player: ScenarioPlayer): StoryPart[] {
  const build = (path: readonly number[]): Node => {
    const segment = player.replay(path).at(-1)!;
    const children = segment.choices.map((choice) => build([...path, choice.index]));
    // Keyed on what follows too: a variable set earlier may change a later line, so only whole equal
    // sub-stories merge.
    return { segment, children, key: JSON.stringify([segment, children.map((c) => c.key)]) };
  };
  const numbers = new Map<string, number>();
  const parts: StoryPart[] = [];
  const visit = (node: Node): number => {
    const known = numbers.get(node.key);
    if (known !== undefined) return known;
    const number = numbers.size + 1;
    numbers.set(node.key, number);
    const slot = parts.length;
    parts.push({ number, beats: node.segment.beats, choices: [] });
    const choices = node.segment.choices.map((choice, i) => ({
      text: choice.text,
      ...(choice.response ? { response: choice.response } : {}),
      to: visit(node.children[i]!),
    }));
    parts[slot] = { ...parts[slot]!, choices };
    return number;
  };
  visit(build([]));
  return parts.sort((a, b) => a.number - b.number);
}

/** How much room a part takes on a sheet, in lines: to cut the story into sheets that fit one page. */
const weight = (part: StoryPart): number => 2 + part.beats.length + part.choices.length;
const SHEET_WEIGHT = 34;

/** The parts, a sheet's worth at a time; a part is never cut in two. */
export function storySheets(parts: readonly StoryPart[]): StoryPart[][] {
  const sheets: StoryPart[][] = [];
  let current: StoryPart[] = [];
  let used = 0;
  for (const part of parts) {
    if (current.length && used + weight(part) > SHEET_WEIGHT) {
      sheets.push(current);
      current = [];
      used = 0;
    }
    current.push(part);
    used += weight(part);
  }
  if (current.length) sheets.push(current);
  return sheets;
}

function beatLine(beat: Beat, player: ScenarioPlayer, t: Translate): TemplateResult {
  const who = beat.from ? (player.meta.characters[beat.from] ?? beat.from) : undefined;
  const flags = beat.flags.map((kind) => t(`scenario:flags.${kind}.name`));
  return html`<li class=${who ? 'said' : 'narration'}>
    ${who ? html`<strong>${who}:</strong> ` : nothing}${beat.image ? html`[${t('print:guide.story.image', { label: t('scenario:image'), description: beat.image })}] ` : nothing}${
      who ? beat.text : html`<em>${beat.text}</em>`
    }
    ${flags.length ? html`<span class="flag">${t('print:guide.story.flag', { names: flags.join(', ') })}</span>` : nothing}
    ${beat.pause ? html`<span class="flag">${t('print:guide.story.pause')}</span>` : nothing}
    ${beat.help ? html`<span class="flag">${t('print:guide.story.help')}</span>` : nothing}
  </li>`;
}

/** One sheet's parts: the lines as the chat shows them, then the choices and where each leads. */
export function storySheet(parts: readonly StoryPart[], player: ScenarioPlayer, t: Translate): TemplateResult {
  return html`${parts.map(
    (part) =>
      html`<section class="story-part">
        <h3>${t('print:guide.story.part', { n: part.number })}</h3>
        <ul class="story-lines">
          ${part.beats.map((beat) => beatLine(beat, player, t))}
        </ul>
        ${
          part.choices.length
            ? html`<ol class="story-choices">
                ${part.choices.map(
                  (choice) =>
                    html`<li>
                      ${choice.text}${choice.response ? html` (${t(`scenario:debrief.${choice.response}`)})` : nothing}
                      → ${t('print:guide.story.part', { n: choice.to })}
                    </li>`,
                )}
              </ol>`
            : html`<p class="story-end">${t('print:guide.story.end')}</p>`
        }
      </section>`,
  )}`;
}
