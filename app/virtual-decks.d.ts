/** Modules made at build time by scripts/decks/vite-plugin.ts from the `decks/` folder. */
declare module 'virtual:pb-decks' {
  import type { DeckInfo } from '../components/deck-info';
  export const decks: readonly DeckInfo[];
  /** `"<deck-id>/<lang>"` → the deck's slide HTML, loaded on demand. */
  export const deckLoaders: Readonly<Record<string, () => Promise<{ default: string }>>>;
}
