/** Messages from the server to browsers, named in the past tense (socket.io's convention). */
import * as v from 'valibot';
import { DeckIdSchema, DeckMoveSchema, DeckSlideSchema } from './deck.ts';
import { SlugSchema } from './ids.ts';
import { SessionEvaluationSchema } from './evaluation.ts';
import { ModerationEntrySchema } from './moderation.ts';
import { PublicPollSchema } from './poll.ts';
import { ApprovedQuestionSchema, FacilitatorQuestionSchema } from './questions.ts';
import { PollViewSchema } from './views.ts';

/** Who receives an event: `session` is everyone in it, `facilitators` the presenter and console only. */
export type Audience = 'session' | 'facilitators';

function event<const TPayload extends v.GenericSchema>(audience: Audience, payload: TPayload) {
  return { audience, payload } as const;
}

export const serverEvents = {
  'poll:opened': event('session', v.object({ poll: PublicPollSchema })),
  'poll:closed': event('session', v.object({ pollId: SlugSchema })),
  /** The slide's live view: answer count always, results only as the privacy rules allow. */
  'tally:updated': event('facilitators', v.object({ view: PollViewSchema })),
  'results:revealed': event('facilitators', v.object({ view: PollViewSchema })),
  /** The knowledge check and the session rating, for the console (never shown on the projector). */
  'evaluation:updated': event('facilitators', SessionEvaluationSchema),
  'moderation:queued': event('facilitators', v.object({ entry: ModerationEntrySchema })),
  'moderation:updated': event('facilitators', v.object({ entry: ModerationEntrySchema })),
  /** The last student who sent this text changed their answer: the entry is gone. */
  'moderation:removed': event('facilitators', v.object({ entryId: SlugSchema })),
  /**
   * Approved questions from the question box in the order they came, with the exact "me too" counts: the console
   * sorts and shows those; the presenter shows only `meToo`, which is null under the minimum number of answers.
   */
  'questions:updated': event('facilitators', v.object({ questions: v.array(FacilitatorQuestionSchema) })),
  /** The same as the group may see them, most "me too"s shown first: phones show them with their buttons. */
  'questions:shown': event('session', v.object({ questions: v.array(ApprovedQuestionSchema) })),
  'presence:changed': event('facilitators', v.object({ students: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
  /** Seats given against the expected class size, and phones waiting for the facilitator to admit more. */
  'seats:changed': event(
    'facilitators',
    v.object({
      expected: v.pipe(v.number(), v.integer(), v.minValue(1)),
      given: v.pipe(v.number(), v.integer(), v.minValue(0)),
      waiting: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
  /** To a co-facilitator's console whose key the first console revoked: it is cut off right after. */
  'facilitator:revoked': event('facilitators', v.object({})),
  /** To one waiting phone: the facilitator admitted more, this phone has its seat now. */
  'seat:granted': event('session', v.object({})),
  'session:ended': event('session', v.object({ reason: v.picklist(['ended', 'expired']) })),
  /** The class moved on to another deck of the lesson: phones start afresh, the console waits for its slides. */
  'deck:changed': event('session', v.object({ deckId: DeckIdSchema })),
  'deck:moved': event('facilitators', DeckMoveSchema),
  'deck:reported': event('facilitators', DeckSlideSchema),
} as const;

export type ServerEventName = keyof typeof serverEvents;
export type ServerPayload<E extends ServerEventName> = v.InferOutput<(typeof serverEvents)[E]['payload']>;
