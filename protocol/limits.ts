/**
 * Upper bounds on everything a browser may send. A payload past any of them is refused whole, so one
 * client cannot make the server hold or scan more than a classroom needs.
 */
export const LIMITS = {
  /** Poll, option and entry ids: short slugs written by deck authors. */
  idLength: 64,
  /** Deck ids (folder names), short enough that a namespaced poll id (`deck.poll`) keeps room for the poll's. */
  deckIdLength: 24,
  /** Decks one class session plays in a row (ADR 12): a day's sessions, with room for going back. */
  decksPerSession: 20,
  questionLength: 300,
  optionLabelLength: 120,
  scaleLabelLength: 60,
  minOptions: 2,
  maxOptions: 12,
  /** Ordering more than ten items on a phone is a chore nobody finishes. */
  maxRankingOptions: 10,
  scaleBound: 100,
  /** 0–10 is the widest scale a show of hands or a bar chart still reads well. */
  maxScaleSteps: 11,
  wordcloudEntries: 3,
  wordcloudEntryLength: 25,
  openTextLength: 280,
  askLength: 280,
  maxMinResponses: 1000,
  /** Answer cards read in one scan and sent at once: the kit prints 40 cards. */
  paperCardsPerBatch: 40,
  /** A card answers A to D: a poll takes cards only with at most four answers. */
  paperAnswers: 4,
  /** Paper answers one poll may add up (scans again, several rooms' worth): past it a client is misbehaving. */
  paperAnswersPerPoll: 500,
  /** A slide with more polls than this is a deck bug, not a lesson. */
  pollsPerSlide: 4,
  slideIndex: 10_000,
  /** For socket.io's `maxHttpBufferSize`: the largest valid message (a slide report) fits well inside. */
  maxPayloadBytes: 64 * 1024,
} as const;

/** Polls show results only from this many answers, so a small group's answers cannot be told apart. */
export const DEFAULT_MIN_RESPONSES = 5;
