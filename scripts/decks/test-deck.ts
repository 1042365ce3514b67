/**
 * What the deck compiler's tests share: a kit folder of its own for every test (removed after it), a deck written
 * into it in every language, and what the compiler says is wrong with that deck.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import { compileDeck, DeckErrors } from './compile-deck.ts';

export interface TestDeck {
  /** The kit folder of the running test. */
  readonly root: string;
  /** The deck's folder in it: `decks/<id>`. */
  readonly dir: string;
  /**
   * Writes `deck.json` (ages 12 to 18, 50 minutes) and each language's Markdown; `files` adds or replaces files by
   * name, `undefined` leaves one out.
   */
  write(markdown: (lang: Language) => string, files?: Record<string, string | undefined>): void;
  /** The compiler's messages for the deck as written; none when it compiles. */
  problems(): string[];
}

export function deckFolderPerTest(id: string): TestDeck {
  let root = '';
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), `pb-deck-${id}-`));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  return {
    get root() {
      return root;
    },
    get dir() {
      return join(root, 'decks', id);
    },
    write(markdown, files = {}) {
      mkdirSync(this.dir, { recursive: true });
      const all: Record<string, string | undefined> = {
        'deck.json': JSON.stringify({ ages: [12, 18], minutes: 50 }),
        ...Object.fromEntries(LANGUAGES.map((lang) => [`${lang}.md`, markdown(lang)])),
        ...files,
      };
      for (const [name, text] of Object.entries(all)) if (text !== undefined) writeFileSync(join(this.dir, name), text);
    },
    problems() {
      try {
        compileDeck(this.dir, root);
      } catch (e) {
        if (e instanceof DeckErrors) return e.errors.map((error) => error.message);
        throw e;
      }
      return [];
    },
  };
}
