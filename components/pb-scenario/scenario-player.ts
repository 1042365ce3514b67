/**
 * Plays a role-play compiled from ink, one segment at a time: the lines up to the next choice point (or the
 * ending), read as chat messages with their staging tags. No DOM: `<pb-scenario>` renders what it returns, and
 * the build and the tests walk every path with it, so what is checked is what the class sees.
 */
import { Story } from 'inkjs';
import { readTags, type FlagKind, type ResponseKind } from './scenario-tags.ts';

/** One line of the story as the chat shows it. */
export interface Beat {
  /** The message, or the narration when `from` is absent; empty for an image without a caption or the help card. */
  readonly text: string;
  /** The character who sends it; absent for narration. */
  readonly from?: string;
  /** An image described in words (never a real picture). */
  readonly image?: string;
  readonly flags: readonly FlagKind[];
  /** The facilitator's cue to stop and talk; "skip" stops after this line. */
  readonly pause: boolean;
  /** The help card follows this line: the four steps and where to call. */
  readonly help: boolean;
  /** Where the line stands in the .ink file, when the story was compiled with its debug information (build). */
  readonly line?: number;
}

export interface ScenarioChoice {
  readonly index: number;
  readonly text: string;
  readonly response?: ResponseKind;
}

/** The lines up to a choice point; no choices at an ending. */
export interface Segment {
  readonly beats: readonly Beat[];
  readonly choices: readonly ScenarioChoice[];
}

export interface ScenarioMeta {
  readonly title: string;
  /** The character whose phone the class looks at: their messages stand on the right. */
  readonly phone: string;
  /** Character id → the name shown, in the scenario's language. */
  readonly characters: Readonly<Record<string, string>>;
}

/** The part of an ink story the player uses: a runtime story, or the compiler's (which knows its lines). */
export type InkStory = Pick<
  Story,
  | 'canContinue'
  | 'Continue'
  | 'currentTags'
  | 'currentChoices'
  | 'ChooseChoiceIndex'
  | 'ResetState'
  | 'globalTags'
  | 'variablesState'
> & { readonly currentDebugMetadata?: { readonly startLineNumber: number } | null };

/**
 * Values the kit gives a story's own variables before it starts, e.g. the help line of the session's country
 * (`helpline`, `night_line`: content/help-resources.ts, storyHelplines). A story without such a variable keeps
 * its text.
 */
export type StoryVariables = Readonly<Record<string, string | number | boolean>>;

export class ScenarioPlayer {
  readonly meta: ScenarioMeta;

  constructor(
    private readonly story: InkStory,
    private readonly variables: StoryVariables = {},
  ) {
    this.meta = readMeta(story.globalTags);
    this.setVariables();
  }

  /** A player for the JSON the build made of an .ink file. */
  static fromJson(json: string, variables?: StoryVariables): ScenarioPlayer {
    return new ScenarioPlayer(new Story(json), variables);
  }

  restart(): void {
    // A reset puts every variable back to the value the .ink file declares: give the kit's values again.
    this.story.ResetState();
    this.setVariables();
  }

  private setVariables(): void {
    const state = this.story.variablesState;
    for (const [name, value] of Object.entries(this.variables))
      // ink refuses to set a variable the story does not declare (a role-play that names no help line).
      if (state.GlobalVariableExistsWithName(name)) state.$(name, value);
  }

  /** Reads on to the next choice point or the ending. */
  read(): Segment {
    const beats: Beat[] = [];
    while (this.story.canContinue) {
      const text = (this.story.Continue() ?? '').trim();
      const tags = readTags(this.story.currentTags);
      const line = this.story.currentDebugMetadata?.startLineNumber;
      const from = tags.find((t) => t.key === 'from')?.character;
      const image = tags.find((t) => t.key === 'image')?.description;
      const flags = tags.flatMap((t) => (t.key === 'flag' ? [t.kind] : []));
      const pause = tags.some((t) => t.key === 'pause');
      const help = tags.some((t) => t.key === 'help');
      const previous = beats.at(-1);
      // A line of tags alone (`# pause`, `# flag: …`) belongs to the line before it.
      if (!text && !image && !help && previous) {
        beats[beats.length - 1] = { ...previous, flags: [...previous.flags, ...flags], pause: previous.pause || pause };
        continue;
      }
      if (!text && !image && !help && !flags.length) continue;
      beats.push({
        text,
        ...(from ? { from } : {}),
        ...(image ? { image } : {}),
        flags,
        pause,
        help,
        ...(line ? { line } : {}),
      });
    }
    const choices = this.story.currentChoices.map((choice) => {
      const response = readTags(choice.tags).find((t) => t.key === 'response')?.kind;
      return { index: choice.index, text: choice.text.trim(), ...(response ? { response } : {}) };
    });
    return { beats, choices };
  }

  choose(index: number): void {
    this.story.ChooseChoiceIndex(index);
  }

  /** Plays from the start through the given choices; returns every segment, the last one where it stopped. */
  replay(choices: readonly number[]): Segment[] {
    this.restart();
    const segments = [this.read()];
    for (const index of choices) {
      this.choose(index);
      segments.push(this.read());
    }
    return segments;
  }
}

function readMeta(globalTags: readonly string[] | null): ScenarioMeta {
  const tags = readTags(globalTags);
  const characters: Record<string, string> = {};
  for (const tag of tags) if (tag.key === 'character') characters[tag.character] = tag.name;
  return {
    title: tags.find((t) => t.key === 'title')?.value ?? '',
    phone: tags.find((t) => t.key === 'phone')?.character ?? '',
    characters,
  };
}
