/**
 * How a deck author writes an action plan, read the same way by `<pb-action-plan>` and by the deck compiler's
 * check (components/catalog.ts). Pure: no DOM, no Lit.
 *
 *     <pb-action-plan id="what-to-do">
 *     <pb-step id="no-pay" why="Paying rarely stops it.">Never pay</pb-step>
 *     <pb-step id="screenshots" why="Before blocking: once blocked, the chat and the proof can vanish.">Take screenshots</pb-step>
 *     …
 *     </pb-action-plan>
 *
 * The author writes the steps in the recommended order; the class sees them mixed (the same mix in every
 * language and every time) and ranks them.
 */
import * as v from 'valibot';
import { PollDefinitionSchema, type PollDefinitionInput } from '../../protocol/poll.ts';
import { pollDefinition, type Attributes } from '../pb-poll/poll-definition.ts';

export interface AuthoredStep {
  readonly name: string;
  readonly attributes: Attributes;
  readonly text: string;
}

export interface PlanStep {
  readonly id: string;
  readonly text: string;
  /** Why the step stands where it does in the recommended order. */
  readonly why?: string;
}

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The steps in the recommended order, as the author wrote them. */
export function readSteps(children: readonly AuthoredStep[]): PlanStep[] {
  return children
    .filter((child) => child.name === 'pb-step')
    .map((child) => {
      const why = clean(child.attributes.why);
      return { id: clean(child.attributes.id), text: clean(child.text), ...(why ? { why } : {}) };
    });
}

/**
 * The order the class first sees: a shuffle seeded by the plan's id, so it is the same in every language and on
 * every reload (reopening a poll with other options is refused), and never the recommended order itself.
 */
export function mixedOrder<T extends { readonly id: string }>(planId: string, steps: readonly T[]): T[] {
  let seed = 2166136261;
  for (const char of planId) seed = Math.imul(seed ^ char.codePointAt(0)!, 16777619) >>> 0;
  const random = (): number => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const mixed = [...steps];
  for (let i = mixed.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [mixed[i], mixed[j]] = [mixed[j]!, mixed[i]!];
  }
  return mixed.length > 1 && mixed.every((step, i) => step === steps[i]) ? [...mixed.slice(1), mixed[0]!] : mixed;
}

/** The ranking poll, its options in the mixed order. */
export function actionPlanPoll(
  attributes: Attributes,
  steps: readonly PlanStep[],
  defaultQuestion: string,
): PollDefinitionInput {
  return pollDefinition(
    {
      id: attributes.id,
      kind: 'ranking',
      question: attributes.question ?? defaultQuestion,
      'min-responses': attributes['min-responses'],
    },
    mixedOrder(attributes.id ?? '', steps).map((step) => ({ attributes: { id: step.id }, text: step.text })),
  );
}

/** The build's check of a `<pb-action-plan>` and its `<pb-step>` lines, worded for the deck's author. */
export function checkActionPlan(element: {
  readonly attributes: Attributes;
  readonly children: readonly AuthoredStep[];
}): string[] {
  const name = `<pb-action-plan id="${element.attributes.id ?? ''}">`;
  const steps = readSteps(element.children);
  const problems: string[] = [];
  if (!steps.some((step) => step.why))
    problems.push('say why the order matters: add why="…" to the steps whose place counts (e.g. screenshots)');
  const result = v.safeParse(PollDefinitionSchema, actionPlanPoll(element.attributes, steps, 'question'));
  if (!result.success) {
    const mixed = mixedOrder(element.attributes.id ?? '', steps);
    for (const issue of result.issues) {
      const path = v.getDotPath(issue) ?? '';
      const option = /^options\.(\d+)\.(\w+)$/.exec(path);
      const where = option
        ? `<pb-step> ${steps.indexOf(mixed[Number(option[1])]!) + 1} (${option[2] === 'label' ? 'its text' : option[2]})`
        : path === 'options'
          ? 'steps'
          : path === 'minResponses'
            ? 'min-responses'
            : path;
      problems.push(`${where}: ${issue.message}`);
    }
  }
  return problems.map((problem) => `${name}: ${problem}`);
}
