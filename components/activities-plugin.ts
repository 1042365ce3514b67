/**
 * The slides' activities in a reveal.js deck, as a reveal.js plugin:
 *
 *     new Reveal(element, { plugins: [Activities({ onSlide: ({ polls }) => console.log(polls) })] });
 *
 * When the deck is ready and at every slide change, it deactivates the activities of the slide that left
 * (`deactivate()`), activates those of the slide on screen (`activate()`) and hands their class polls, in slide
 * order, to `onSlide` (the presenter reports them to the console). The activities are the registry's elements
 * (components/activity-registry.ts) in the slide's own markup.
 *
 * How an element receives keys: it implements `handleDeckKey(event)` of `ActivityElement`. The plugin sets reveal's
 * `keyboardCondition`, which reveal asks before it acts on any key: the key goes first to the activities of the
 * slide on screen, in order; the first that returns true has used it, and reveal leaves it alone (so → can page
 * a help card or step a role-play before it moves the deck, and a digit picks a role-play's choice). A key typed
 * in a text, number or list field, wherever on the page (reveal sees a shadow root's host as the focus, not the
 * field inside it), is the field's: no activity gets it and reveal does not move the slides or blank the screen.
 * reveal's `addKeyBinding` is not used for this: a binding replaces the key's own action, so an arrow an
 * activity lets go would no longer move the deck.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { PollDefinitionInput } from '../protocol/poll';
import { ACTIVITIES, activityEntry, type ActivityElement, type ActivityEntry } from './activity-registry';
import { typedInField } from './field-keys';

export interface ActivitiesOptions {
  /** The slide on screen and its activities' class polls, when the deck is ready and after every change. */
  readonly onSlide?: (shown: { readonly slide: HTMLElement; readonly polls: readonly PollDefinitionInput[] }) => void;
}

const SELECTOR = (ACTIVITIES as readonly ActivityEntry[]).map((entry) => entry.tag).join(', ');

/** The registry's elements on a slide, in the order of its markup. */
function activitiesOn(slide: Element | undefined | null): ActivityElement[] {
  return slide ? [...slide.querySelectorAll<ActivityElement>(SELECTOR)] : [];
}

/** The class polls an activity runs, when its entry says it runs some. */
function pollsOf(element: ActivityElement): readonly PollDefinitionInput[] {
  return activityEntry(element.localName)?.polls ? (element.polls?.() ?? []) : [];
}

export const Activities = (options: ActivitiesOptions = {}): RevealPlugin => ({
  id: 'pb-activities',
  init(deck: RevealApi): void {
    let shown: ActivityElement[] = [];

    const show = (): void => {
      const slide = deck.getCurrentSlide();
      const now = activitiesOn(slide);
      for (const element of shown) if (!now.includes(element)) element.deactivate?.();
      for (const element of now) if (!shown.includes(element)) element.activate?.();
      shown = now;
      if (slide) options.onSlide?.({ slide, polls: now.flatMap(pollsOf) });
    };

    const keyboardCondition = (event: KeyboardEvent): boolean => {
      if (typedInField(event)) return false;
      // The overview shows every slide: keys are the deck's.
      if (deck.isOverview()) return true;
      for (const element of activitiesOn(deck.getCurrentSlide())) {
        if (element.handleDeckKey?.(event)) {
          event.preventDefault();
          return false;
        }
      }
      return true;
    };

    // reveal keeps this until it starts (a plugin initialises first), then reads it on every key.
    deck.configure({ keyboardCondition });
    deck.on('ready', show);
    deck.on('slidechanged', show);
  },
});
