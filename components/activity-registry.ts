/**
 * Every activity element a deck may put on a slide, once: the one place to register a new activity. Each entry
 * gives its tag, how to load its element, what the deck compiler accepts of it (attributes, children, the
 * build's check), whether it runs class polls, its name and description (`activities:gallery.items.<key>`)
 * and its samples for the activity gallery. Read by the deck compiler's catalogue (components/catalog.ts, at
 * build time in Node), the presenter and its Reveal plugin (components/activities-plugin.ts), the gallery
 * (app/activities.ts) and the printed facilitator guide (app/print/slides.ts).
 *
 * Node reads this module at build time, inside vite.config.ts's bundle: nothing here may import an element or
 * the DOM (type imports aside). Elements load lazily, through `load`.
 *
 * Adding an activity: its folder under components/ (the element, a DOM-free check of what the author writes,
 * its samples), one entry below, and its strings in locales/<lang>/activities.json.
 */
import type { PollDefinitionInput } from '../protocol/poll.ts';
import type { Language } from '../i18n/languages.ts';
import type { Translate } from '../i18n/translator.ts';
import type { DeckElement } from './catalog.ts';
import { checkPoll } from './pb-poll/poll-check.ts';
import { checkActionPlan } from './pb-action-plan/action-plan-definition.ts';
import { checkMythOrFact } from './pb-myth-or-fact/myth-or-fact-definition.ts';
import { checkRedFlagHunt } from './pb-red-flag-hunt/red-flag-hunt-definition.ts';
import { checkAgreeScale } from './pb-agree-scale/agree-scale-definition.ts';
import { checkWordCloud } from './pb-word-cloud/word-cloud-definition.ts';
import { checkCountryElement, checkHelpCard } from './pb-help-card/help-card-check.ts';
import { pollSamples } from './pb-poll/samples.ts';
import { redFlagHuntSamples } from './pb-red-flag-hunt/samples.ts';
import { mythOrFactSamples } from './pb-myth-or-fact/samples.ts';
import { actionPlanSamples } from './pb-action-plan/samples.ts';

/**
 * What the presenter calls on an activity element (components/activities-plugin.ts). Every registered element
 * implements it; each member is optional, an element implements what it needs.
 *
 * Keys: while its slide is on screen, the element receives the deck's keys in `handleDeckKey`, before reveal.js
 * moves the slides (through reveal's `keyboardCondition`). It returns true when it used the key: reveal.js then
 * does nothing with it. Keys typed in a text, number or list field never reach it, nor the deck. An element
 * never listens for keys on `window` or `document`; outside a deck (the gallery) it may listen on itself.
 */
export interface ActivityElement extends HTMLElement {
  /** The class polls it runs, in order: the presenter reports them per slide, the console opens them. */
  polls?(): readonly PollDefinitionInput[];
  /** Its slide came on screen (also the slide the deck opens on). */
  activate?(): void;
  /** Its slide left the screen. */
  deactivate?(): void;
  /** A key pressed while its slide is on screen: true when the element used it (the deck then stays). */
  handleDeckKey?(event: KeyboardEvent): boolean;
}

/** What an author writes for a sample of the activity, per language (activities.html, app/activity-samples.ts). */
export interface GallerySample {
  /** Anchor on the gallery page and key of its name and description (`activities:gallery.items.<key>`). */
  readonly key: string;
  readonly markup: Readonly<Record<Language, string>>;
}

export interface SampleOptions {
  /** A role-play of the kit's build (`decks/<deck>/<id>.<lang>.ink`). */
  readonly scenario: string;
  /** The help card's country (ISO code). */
  readonly country: string;
}

/** An element that may only stand inside its activity (`<pb-option>` in `<pb-poll>`). */
export interface ChildSpec {
  /** Attributes that must be present, checked at build time. */
  readonly required: readonly string[];
}

export interface ActivityEntry {
  readonly tag: string;
  /** Defines the element: loads its module (once; later calls return the same promise's module). */
  readonly load: () => Promise<unknown>;
  /** Its name and what it does, in `activities:gallery.items.<description>` (`.name`, `.about`). */
  readonly description: string;
  /**
   * It carries class answers: it needs an `id`, the same on the same slide in every language of a deck (answers
   * are matched across languages by id).
   */
  readonly answers: boolean;
  /**
   * It runs class polls that the console opens, which its element's `polls()` lists: the presenter reports them
   * when its slide shows.
   */
  readonly polls?: true;
  /** Attributes the deck compiler requires. */
  readonly required: readonly string[];
  /** Elements that stand only inside this one. */
  readonly children?: Readonly<Record<string, ChildSpec>>;
  /** The build's check of the whole element once closed: the problems, worded for the deck's author. */
  readonly check?: (element: DeckElement) => string[];
  /** The gallery's samples, in the order it shows them. */
  readonly samples: (options: SampleOptions) => readonly GallerySample[];
  /**
   * What the printed guide puts in its place (a page runs no poll): a line, and lines under it (options…).
   * Absent: its name, then its question or statement; its `pb-` children's text under it.
   */
  readonly printed?: (element: Element, t: Translate) => PrintedActivity;
}

export interface PrintedActivity {
  readonly line: string;
  readonly items?: readonly string[];
}

const same = (markup: string): Record<Language, string> => ({ fr: markup, nl: markup, en: markup, de: markup });

/**
 * The element's module, loaded when a page first needs it. `import.meta.glob` of one file, which Vite turns into
 * `() => import(file)`, is written inside each `load` rather than a literal `import()`: Node also reads this
 * module at build time (inside vite.config.ts's bundle), and that bundler would follow a literal `import()` into
 * the element and its browser-only imports, and fail. Inside a function that Node never calls, the glob is inert.
 */
function only(modules: Record<string, () => Promise<unknown>>): Promise<unknown> {
  const [load, ...others] = Object.values(modules);
  if (!load || others.length) throw new Error(`an activity's module: ${Object.keys(modules).join(', ') || 'none'}`);
  return load();
}

const attr = (element: Element, name: string): string => element.getAttribute(name) ?? '';

/** Every activity element, in the order the gallery shows them. */
export const ACTIVITIES = [
  {
    tag: 'pb-timer',
    load: () => only(import.meta.glob('./pb-timer/pb-timer.ts')),
    description: 'timer',
    answers: false,
    required: ['minutes'],
    samples: () => [{ key: 'timer', markup: same('<pb-timer minutes="3"></pb-timer>') }],
    printed: (element, t) => ({ line: t('print:guide.activity.timer', { minutes: attr(element, 'minutes') }) }),
  },
  {
    tag: 'pb-poll',
    load: () => only(import.meta.glob('./pb-poll/pb-poll.ts')),
    description: 'poll',
    answers: true,
    polls: true,
    required: ['kind', 'question'],
    children: { 'pb-option': { required: ['id'] } },
    check: checkPoll,
    samples: () => pollSamples,
    printed: (element, t) => {
      const a = (name: string): string => attr(element, name);
      const scale = a('kind') === 'scale' ? [`${a('min')} (${a('min-label')}) … ${a('max')} (${a('max-label')})`] : [];
      return {
        line: t('print:guide.activity.poll', { question: a('question') }),
        items: [...childLines(element, t), ...scale],
      };
    },
  },
  {
    tag: 'pb-scenario',
    load: () => only(import.meta.glob('./pb-scenario/pb-scenario.ts')),
    description: 'scenario',
    answers: false,
    required: ['src'],
    samples: ({ scenario }) => [{ key: 'scenario', markup: same(`<pb-scenario src="${scenario}"></pb-scenario>`) }],
    printed: (_, t) => ({ line: t('print:guide.activity.scenario') }),
  },
  {
    tag: 'pb-red-flag-hunt',
    load: () => only(import.meta.glob('./pb-red-flag-hunt/pb-red-flag-hunt.ts')),
    description: 'redFlagHunt',
    answers: true,
    polls: true,
    required: [],
    children: { 'pb-message': { required: ['from'] } },
    check: checkRedFlagHunt,
    samples: () => redFlagHuntSamples,
  },
  {
    tag: 'pb-myth-or-fact',
    load: () => only(import.meta.glob('./pb-myth-or-fact/pb-myth-or-fact.ts')),
    description: 'mythOrFact',
    answers: true,
    polls: true,
    required: ['statement', 'answer'],
    check: checkMythOrFact,
    samples: () => mythOrFactSamples,
  },
  {
    tag: 'pb-action-plan',
    load: () => only(import.meta.glob('./pb-action-plan/pb-action-plan.ts')),
    description: 'actionPlan',
    answers: true,
    polls: true,
    required: [],
    children: { 'pb-step': { required: ['id'] } },
    check: checkActionPlan,
    samples: () => actionPlanSamples,
  },
  {
    tag: 'pb-agree-scale',
    load: () => only(import.meta.glob('./pb-agree-scale/pb-agree-scale.ts')),
    description: 'agreeScale',
    answers: true,
    polls: true,
    required: ['statement'],
    check: checkAgreeScale,
    samples: () => [
      {
        key: 'agreeScale',
        markup: {
          fr: `<pb-agree-scale id="spot-fakes" statement="C’est facile de distinguer un faux profil d’un vrai."></pb-agree-scale>`,
          nl: `<pb-agree-scale id="spot-fakes" statement="Het is makkelijk om een nepprofiel van een echt te onderscheiden."></pb-agree-scale>`,
          en: `<pb-agree-scale id="spot-fakes" statement="It’s easy to tell a fake profile from a real one."></pb-agree-scale>`,
          de: `<pb-agree-scale id="spot-fakes" statement="Es ist leicht, ein Fake-Profil von einem echten zu unterscheiden."></pb-agree-scale>`,
        },
      },
    ],
  },
  {
    tag: 'pb-word-cloud',
    load: () => only(import.meta.glob('./pb-word-cloud/pb-word-cloud.ts')),
    description: 'wordCloud',
    answers: true,
    polls: true,
    required: ['question'],
    check: checkWordCloud,
    samples: () => [
      {
        key: 'wordCloud',
        markup: {
          fr: `<pb-word-cloud id="feelings" question="En un mot : comment Sam pourrait-il se sentir quand les menaces commencent ?" max-entries="2"></pb-word-cloud>`,
          nl: `<pb-word-cloud id="feelings" question="In één woord: hoe zou Sam zich voelen als de dreigementen beginnen?" max-entries="2"></pb-word-cloud>`,
          en: `<pb-word-cloud id="feelings" question="In one word: how might Sam feel when the threats start?" max-entries="2"></pb-word-cloud>`,
          de: `<pb-word-cloud id="feelings" question="In einem Wort: Wie könnte sich Sam fühlen, wenn die Drohungen anfangen?" max-entries="2"></pb-word-cloud>`,
        },
      },
    ],
  },
  {
    tag: 'pb-question-box',
    load: () => only(import.meta.glob('./pb-question-box/pb-question-box.ts')),
    description: 'questionBox',
    answers: true,
    required: [],
    samples: () => [{ key: 'questionBox', markup: same('<pb-question-box id="questions"></pb-question-box>') }],
  },
  {
    tag: 'pb-help-card',
    load: () => only(import.meta.glob('./pb-help-card/pb-help-card.ts')),
    description: 'helpCard',
    answers: false,
    required: [],
    check: checkHelpCard,
    samples: ({ country }) => [{ key: 'helpCard', markup: same(`<pb-help-card country="${country}"></pb-help-card>`) }],
  },
  {
    tag: 'pb-helpline',
    load: () => only(import.meta.glob('./pb-helpline/pb-helpline.ts')),
    description: 'helpline',
    answers: false,
    required: [],
    check: checkCountryElement('pb-helpline', 'it'),
    samples: () => [
      {
        key: 'helpline',
        markup: {
          fr: 'Quelqu’un te fait chanter avec une image ? Parles-en à un adulte de confiance, ou à <pb-helpline></pb-helpline>.',
          nl: 'Word je afgeperst met een beeld? Praat erover met een volwassene die je vertrouwt, of met <pb-helpline></pb-helpline>.',
          en: 'Being blackmailed with a picture? Tell an adult you trust, or <pb-helpline></pb-helpline>.',
          de: 'Wirst du mit einem Bild erpresst? Sag es einem Erwachsenen, dem du vertraust, oder <pb-helpline></pb-helpline>.',
        },
      },
    ],
  },
  {
    // The class session's slide: no sample in the gallery, which runs no session.
    tag: 'pb-join',
    load: () => only(import.meta.glob('./pb-join/pb-join.ts')),
    description: 'join',
    answers: false,
    required: [],
    samples: () => [],
    printed: (_, t) => ({ line: t('print:guide.activity.join') }),
  },
] as const satisfies readonly ActivityEntry[];

export type ActivityTag = (typeof ACTIVITIES)[number]['tag'];

/** Every registered element's class fits the contract: a `polls` or `handleDeckKey` of another shape fails `tsc`. */
export type RegisteredElements = { readonly [Tag in ActivityTag]: Implements<HTMLElementTagNameMap[Tag]> };
type Implements<T extends ActivityElement> = T;

/** The entry of a tag, if it is an activity's. */
export function activityEntry(tag: string): ActivityEntry | undefined {
  return (ACTIVITIES as readonly ActivityEntry[]).find((entry) => entry.tag === tag);
}

/** Defines the activity elements found under `root` (a deck's slides), each module once. */
export async function loadActivities(root: ParentNode): Promise<void> {
  const entries = (ACTIVITIES as readonly ActivityEntry[]).filter((entry) => root.querySelector(entry.tag));
  await Promise.all(entries.map((entry) => entry.load()));
}

/** The text of an activity's `pb-` children for the printed guide, with what the facilitator reveals later. */
export function childLines(element: Element, t: Translate): string[] {
  return [...element.children]
    .filter((child) => child.localName.startsWith('pb-'))
    .map((child) => {
      const from = child.getAttribute('from');
      const text = (child.textContent ?? '').trim();
      // The red flags of a chat, the right answer of a quiz.
      const marks = [
        child.hasAttribute('flag') ? t('print:guide.activity.flag') : '',
        child.hasAttribute('correct') ? t('print:guide.activity.correct') : '',
      ].filter(Boolean);
      return `${from ? `${from}: ` : ''}${text}${marks.length ? ` (${marks.join(', ')})` : ''}`;
    });
}
