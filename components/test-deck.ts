// For component tests: a reveal.js deck as the presenter runs it, with the activities plugin.
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import { Activities, type ActivitiesOptions } from './activities-plugin';

/** Starts reveal.js on `root` (`.reveal` > `.slides` > sections) with the activities plugin; destroy it after. */
export async function presentDeck(root: HTMLElement, options: ActivitiesOptions = {}): Promise<RevealApi> {
  const reveal = new Reveal(root, {
    embedded: true,
    hash: false,
    transition: 'none',
    // No scaling to the test's frame; and in a narrow frame reveal would otherwise turn into its scroll view.
    disableLayout: true,
    scrollActivationWidth: 0,
    plugins: [Activities(options)],
  });
  await reveal.initialize();
  return reveal;
}
