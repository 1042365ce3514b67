/**
 * Messages from browsers to the server: for each event, the payload schema, the acknowledgement schema and
 * who may send it. Handlers validate with `parse(clientEvents[name].payload, payload)`.
 */
import * as v from 'valibot';
import { LANGUAGES } from '../i18n/languages.ts';
import { AnswerSchema } from './answer.ts';
import { BallotKeySchema } from './ballot-key.ts';
import { ClassSizeSchema, DEFAULT_CLASS_SIZE, RsaIntegerSchema, SEAT_STATES, SeatSchema } from './blind-ballot.ts';
import { DeckIdSchema, DeckMoveSchema, DeckSlideSchema } from './deck.ts';
import { ackSchema } from './errors.ts';
import { CountrySchema, SlugSchema, TokenSchema } from './ids.ts';
import { JoinCodeSchema } from './join-code.ts';
import { LIMITS } from './limits.ts';
import { PollDefinitionSchema, PublicPollSchema } from './poll.ts';
import { ME_TOO_PREFIX } from './questions.ts';
import { textField } from './text.ts';

/**
 * `public`: any connection (starting or joining a session); `participant`: a connection that joined a
 * session, student or facilitator; `facilitator`: only a connection that joined with the facilitator key.
 */
export type Access = 'public' | 'participant' | 'facilitator';

const empty = v.strictObject({});
const emptyAck = ackSchema({});

function event<const TPayload extends v.GenericSchema, const TAck extends v.GenericSchema>(
  access: Access,
  payload: TPayload,
  ack: TAck,
) {
  return { access, payload, ack } as const;
}

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const clientEvents = {
  'session:start': event(
    'public',
    v.strictObject({
      language: v.picklist(LANGUAGES),
      country: CountrySchema,
      deckId: v.optional(DeckIdSchema),
      /** Seats given before the facilitator has to admit more (ADR 10). */
      classSize: v.optional(ClassSizeSchema, DEFAULT_CLASS_SIZE),
    }),
    // The facilitator key is returned once, here; the server keeps only its digest.
    ackSchema({ sessionId: TokenSchema, joinCode: JoinCodeSchema, facilitatorKey: TokenSchema }),
  ),
  'session:join': event(
    'public',
    // With the facilitator key, the connection becomes a facilitator (presenter or console); a student's phone
    // shows the seat it derives from its device secret (ADR 10).
    v.strictObject({ joinCode: JoinCodeSchema, facilitatorKey: v.optional(TokenSchema), seat: v.optional(SeatSchema) }),
    ackSchema({
      sessionId: TokenSchema,
      role: v.picklist(['student', 'facilitator']),
      language: v.picklist(LANGUAGES),
      country: CountrySchema,
      state: v.picklist(['active', 'ended']),
      /** The poll open right now, so a student who (re)joins mid-poll can answer at once. */
      poll: v.nullable(PublicPollSchema),
      /** A student's seat: `waiting` until the facilitator admits more (then `seat:granted` comes). */
      seat: v.optional(v.picklist(SEAT_STATES)),
    }),
  ),
  'poll:open': event('facilitator', v.strictObject({ poll: PollDefinitionSchema }), ackSchema({ pollId: SlugSchema })),
  'poll:close': event('facilitator', v.strictObject({ pollId: SlugSchema }), emptyAck),
  'poll:reveal': event('facilitator', v.strictObject({ pollId: SlugSchema }), emptyAck),
  /**
   * Paper answer cards scanned on the presenter (ADR 17), added to the open poll as counts per answer, in the
   * poll's order (options, or a scale's values): nothing per card. The batch id, random and sent again after a
   * lost acknowledgement, makes a batch count once. `added`: false when this batch had been added before.
   */
  'poll:paper-counts': event(
    'facilitator',
    v.strictObject({
      pollId: SlugSchema,
      counts: v.pipe(
        v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.paperCardsPerBatch))),
        v.minLength(LIMITS.minOptions),
        v.maxLength(LIMITS.paperAnswers),
        v.check(
          (counts) => counts.reduce((sum, count) => sum + count, 0) <= LIMITS.paperCardsPerBatch,
          `at most ${LIMITS.paperCardsPerBatch} cards in one batch`,
        ),
      ),
      batchId: TokenSchema,
    }),
    ackSchema({ added: v.boolean() }),
  ),
  /** The poll's public signing key, which the phone blinds its ballot key against. */
  'ballot:key': event('participant', v.strictObject({ pollId: SlugSchema }), ackSchema({ modulus: RsaIntegerSchema })),
  /** One blind signature per seat and poll; the same blinded message again gets the same signature. */
  'ballot:sign': event(
    'participant',
    v.strictObject({ pollId: SlugSchema, blinded: RsaIntegerSchema }),
    ackSchema({ blindSignature: RsaIntegerSchema }),
  ),
  'answer:submit': event(
    'participant',
    // The ballot key with the poll's signature on it, unblinded: no seat, nothing that ties it to a phone.
    v.strictObject({
      pollId: SlugSchema,
      ballotKey: BallotKeySchema,
      signature: RsaIntegerSchema,
      answer: AnswerSchema,
    }),
    /** `replaced`: this ballot had answered before and its earlier answer no longer counts. */
    ackSchema({ pollId: SlugSchema, replaced: v.boolean() }),
  ),
  'question:ask': event(
    'participant',
    v.strictObject({
      text: textField(LIMITS.askLength, { multiline: true }),
      /**
       * Random, made by the phone once per question and sent again with it after a lost acknowledgement: the
       * server counts a seat's question once per ask id. Optional for join pages cached before it existed.
       */
      askId: v.optional(TokenSchema),
    }),
    emptyAck,
  ),
  /**
   * "Me too" on an approved question (its id from `questions:shown`): the phone's ballot key for that question
   * with the blind signature of its box (`ballot:sign` with pollId `MeToo.<question id>`), no seat. Once per key.
   */
  'question:me-too': event(
    'participant',
    v.strictObject({
      questionId: v.pipe(
        SlugSchema,
        v.check((id) => !id.startsWith(ME_TOO_PREFIX), 'a question id, not its box'),
      ),
      ballotKey: BallotKeySchema,
      signature: RsaIntegerSchema,
    }),
    /** `counted`: false when this ballot had said "me too" before (a retry), which counts once. */
    ackSchema({ counted: v.boolean() }),
  ),
  /**
   * The first console (the session's own key) issues a separate pairing key for a co-facilitator's console; a new
   * one replaces the earlier. Returned once, here.
   */
  'facilitator:invite': event('facilitator', empty, ackSchema({ facilitatorKey: TokenSchema })),
  /** The first console revokes the co-facilitator key: consoles paired with it are cut off and refused. */
  'facilitator:revoke': event('facilitator', empty, emptyAck),
  'moderation:approve': event('facilitator', v.strictObject({ entryId: SlugSchema }), emptyAck),
  'moderation:reject': event('facilitator', v.strictObject({ entryId: SlugSchema }), emptyAck),
  /** The expected class size; raising it admits the phones waiting for a seat. */
  'seats:expect': event('facilitator', v.strictObject({ classSize: ClassSizeSchema }), emptyAck),
  /**
   * The presenter moved on to the next deck of the same lesson: the session goes on (same code, same phones,
   * same console) and the deck's polls join it, their ids namespaced by the deck (ADR 12).
   */
  'session:continue': event('facilitator', v.strictObject({ deckId: DeckIdSchema }), emptyAck),
  'session:end': event('facilitator', empty, emptyAck),
  'session:export': event(
    'facilitator',
    v.strictObject({ format: v.picklist(EXPORT_FORMATS) }),
    ackSchema({ format: v.picklist(EXPORT_FORMATS), filename: v.string(), body: v.string() }),
  ),
  'deck:goto': event('facilitator', DeckMoveSchema, emptyAck),
  'deck:report': event('facilitator', DeckSlideSchema, emptyAck),
} as const;

export type ClientEventName = keyof typeof clientEvents;
/** What a sender passes (defaults may be left out). */
export type ClientPayloadInput<E extends ClientEventName> = v.InferInput<(typeof clientEvents)[E]['payload']>;
/** What a handler holds after `parse` (defaults filled, text trimmed). */
export type ClientPayload<E extends ClientEventName> = v.InferOutput<(typeof clientEvents)[E]['payload']>;
export type ClientAck<E extends ClientEventName> = v.InferOutput<(typeof clientEvents)[E]['ack']>;

export const CLIENT_EVENT_NAMES = Object.keys(clientEvents) as ClientEventName[];

/** Events a student connection may send; everything else needs the facilitator key. */
export const STUDENT_EVENT_NAMES = CLIENT_EVENT_NAMES.filter((name) => clientEvents[name].access !== 'facilitator');
