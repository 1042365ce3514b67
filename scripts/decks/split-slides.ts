/**
 * Splits a deck's Markdown into front matter and slides, following reveal.js's own Markdown conventions:
 * a line `---` starts a new slide, a line `--` a new vertical slide, a line `Note:` starts the speaker notes.
 * Separators inside fenced code are text. Line numbers are kept so every error can name its line.
 */

export interface SlideSource {
  /** Horizontal position, from 0. */
  readonly h: number;
  /** Vertical position inside its stack, from 0. */
  readonly v: number;
  /** 1-based line in the file where the slide's first line stands. */
  readonly line: number;
  readonly content: string;
  /** 1-based line of the `Note:` marker, or undefined when the slide has none. */
  readonly notesLine: number | undefined;
  /** 1-based line where the notes' text starts (after `Note:` and any blank lines), for messages about it. */
  readonly notesTextLine: number | undefined;
  readonly notes: string;
}

export interface SplitDeck {
  readonly frontMatter: string | undefined;
  /** 1-based line where the front matter's text starts. */
  readonly frontMatterLine: number;
  readonly slides: readonly SlideSource[];
}

const FENCE = /^\s*(```|~~~)/;
const NOTES = /^\s*notes?:\s?/i;

export function splitSlides(markdown: string): SplitDeck {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  let frontMatter: string | undefined;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (end > 0) {
      frontMatter = lines.slice(1, end).join('\n');
      start = end + 1;
    }
  }

  const slides: SlideSource[] = [];
  let h = 0;
  let v = 0;
  let body: string[] = [];
  let bodyLine = start + 1;
  let inFence = false;

  const flush = (): void => {
    const notesAt = body.findIndex((l) => NOTES.test(l));
    const content = notesAt < 0 ? body : body.slice(0, notesAt);
    const notes = notesAt < 0 ? [] : [body[notesAt]!.replace(NOTES, ''), ...body.slice(notesAt + 1)];
    slides.push({
      h,
      v,
      line: bodyLine + leadingBlankLines(content),
      content: content.join('\n').trim(),
      notesLine: notesAt < 0 ? undefined : bodyLine + notesAt,
      notesTextLine: notesAt < 0 ? undefined : bodyLine + notesAt + leadingBlankLines(notes),
      notes: notes.join('\n').trim(),
    });
  };

  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) inFence = !inFence;
    const marker = inFence ? '' : line.trim();
    if (marker === '---' || marker === '--') {
      flush();
      if (marker === '---') {
        h += 1;
        v = 0;
      } else {
        v += 1;
      }
      body = [];
      bodyLine = i + 2;
    } else {
      body.push(line);
    }
  }
  flush();
  return { frontMatter, frontMatterLine: 2, slides };
}

function leadingBlankLines(lines: readonly string[]): number {
  const first = lines.findIndex((l) => l.trim() !== '');
  return first < 0 ? 0 : first;
}
