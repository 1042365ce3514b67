/**
 * The activity gallery's sample content (activities.html): each activity as an author writes it in a deck's
 * Markdown, in every language, from its entry in the activity registry (components/activity-registry.ts). The
 * gallery shows this markup to authors and renders it, and app/activity-samples.test.ts holds it to the deck
 * compiler's checks.
 */
import {
  ACTIVITIES,
  type ActivityEntry,
  type GallerySample,
  type SampleOptions,
} from '../components/activity-registry';

export type { SampleOptions };

export interface ActivitySample extends GallerySample {
  /** The element; the gallery leaves out a sample whose element this copy of the kit does not define. */
  readonly tag: string;
}

/** Every activity of the kit, in the order the gallery shows them. */
export function activitySamples(options: SampleOptions): ActivitySample[] {
  return (ACTIVITIES as readonly ActivityEntry[]).flatMap((entry) =>
    entry.samples(options).map((sample) => ({ ...sample, tag: entry.tag })),
  );
}
