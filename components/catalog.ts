/**
 * The `pb-` elements a deck may use. The deck compiler refuses any other `pb-` tag, so a typo in a deck
 * fails the build instead of leaving an empty box on the projector.
 *
 * `activity: true` marks elements that carry class answers; they need an `id`, and every language of a deck
 * must hold the same ids on the same slides (answers are matched across languages by id).
 *
 * Read at build time only (by scripts/decks/), so it may use the protocol's schemas freely.
 */
import * as v from 'valibot';
import { PollDefinitionSchema } from '../protocol/poll.ts';
import { pollDefinition, type Attributes, type AuthoredOption } from './pb-poll/poll-definition.ts';
import { checkActionPlan } from './pb-action-plan/action-plan-definition.ts';
import { checkMythOrFact } from './pb-myth-or-fact/myth-or-fact-definition.ts';
import { checkRedFlagHunt } from './pb-red-flag-hunt/red-flag-hunt-definition.ts';
import { checkAgreeScale } from './pb-agree-scale/agree-scale-definition.ts';
import { checkWordCloud } from './pb-word-cloud/word-cloud-definition.ts';
import { checkCountryElement, checkHelpCard } from './pb-help-card/help-card-check.ts';

/** An element as the compiler found it in a slide: its attributes, text and `pb-` children. */
export interface DeckElement {
  readonly name: string;
  readonly attributes: Attributes;
  readonly text: string;
  readonly children: readonly DeckElement[];
}

export interface ElementSpec {
  readonly activity: boolean;
  /** Attributes that must be present, checked at build time. */
  readonly required: readonly string[];
  /** The element may only stand inside this one (e.g. `pb-option` inside `pb-poll`). */
  readonly parent?: string;
  /** Checks the whole element once it is closed; returns the problems, worded for the deck's author. */
  readonly check?: (element: DeckElement) => string[];
}

const KINDS_WITH_OPTIONS = ['single', 'multiple', 'ranking', 'quiz'];

// The schema names fields as the protocol does; the author wrote attributes.
const ATTRIBUTE_OF: Readonly<Record<string, string>> = {
  minResponses: 'min-responses',
  maxChoices: 'max-choices',
  minLabel: 'min-label',
  maxLabel: 'max-label',
  maxEntries: 'max-entries',
  correctOptionId: 'correct (on one <pb-option>)',
};

function where(path: string | null): string {
  if (!path) return '';
  const option = /^options\.(\d+)\.(\w+)$/.exec(path);
  if (option) return `<pb-option> ${Number(option[1]) + 1} (${option[2] === 'label' ? 'its text' : option[2]}): `;
  return `${ATTRIBUTE_OF[path] ?? path}: `;
}

function checkPoll(element: DeckElement): string[] {
  const options: AuthoredOption[] = element.children
    .filter((child) => child.name === 'pb-option')
    .map((child) => ({ attributes: child.attributes, text: child.text }));
  const kind = element.attributes.kind ?? '';
  if (options.length && !KINDS_WITH_OPTIONS.includes(kind))
    return [`a "${kind}" poll takes no <pb-option> (only ${KINDS_WITH_OPTIONS.join(', ')} do)`];
  const result = v.safeParse(PollDefinitionSchema, pollDefinition(element.attributes, options));
  if (result.success) return [];
  return result.issues.map(
    (issue) => `<pb-poll id="${element.attributes.id ?? ''}">: ${where(v.getDotPath(issue))}${issue.message}`,
  );
}

export const DECK_ELEMENTS: Readonly<Record<string, ElementSpec>> = {
  'pb-timer': { activity: false, required: ['minutes'] },
  'pb-join': { activity: false, required: [] },
  'pb-poll': { activity: true, required: ['kind', 'question'], check: checkPoll },
  'pb-option': { activity: false, required: ['id'], parent: 'pb-poll' },
  'pb-scenario': { activity: false, required: ['src'] },
  'pb-red-flag-hunt': { activity: true, required: [], check: checkRedFlagHunt },
  'pb-message': { activity: false, required: ['from'], parent: 'pb-red-flag-hunt' },
  'pb-myth-or-fact': { activity: true, required: ['statement', 'answer'], check: checkMythOrFact },
  'pb-action-plan': { activity: true, required: [], check: checkActionPlan },
  'pb-step': { activity: false, required: ['id'], parent: 'pb-action-plan' },
  'pb-agree-scale': { activity: true, required: ['statement'], check: checkAgreeScale },
  'pb-word-cloud': { activity: true, required: ['question'], check: checkWordCloud },
  'pb-question-box': { activity: true, required: [] },
  'pb-help-card': { activity: false, required: [], check: checkHelpCard },
  'pb-helpline': { activity: false, required: [], check: checkCountryElement('pb-helpline', 'it') },
};
