/**
 * A compiled deck (the HTML reveal.js plays) read back as a list of slides for the printed facilitator guide:
 * each slide's number, title, content with its activities described in words (a printed page cannot run a
 * poll or a role-play) and speaker notes.
 */
import { DEFAULT_HELP_COUNTRY } from '../../content/help-country';
import { firstLine } from '../../content/help-resources';
import type { Translate } from '../../i18n/translator';
import { activityEntry, childLines, type PrintedActivity } from '../../components/activity-registry';

export interface PrintedSlide {
  /** "3", or "3.2" for the second slide of a vertical stack. */
  readonly number: string;
  readonly title: string;
  /** The slide's content, activities replaced by a description (HTML from the kit's own decks). */
  readonly content: DocumentFragment;
  /** One line per activity on the slide, for the session plan. */
  readonly activities: readonly string[];
  /** The role-plays the slide plays (`<pb-scenario src>`): the guide prints their story after the slide. */
  readonly scenarios: readonly string[];
  readonly notes: DocumentFragment;
}

/** What a facilitator reads in place of an activity, and the lines under it (options, messages, steps). */
function describe(element: Element, t: Translate): PrintedActivity {
  const entry = activityEntry(element.localName);
  if (entry?.printed) return entry.printed(element, t);
  const attr = (name: string): string => element.getAttribute(name) ?? '';
  const prompt = attr('question') || attr('statement') || attr('prompt') || attr('title');
  // Its name as the activities gallery gives it (`<pb-myth-or-fact>`: "Myth or fact"), else its tag's words.
  const words = element.localName.replace(/^pb-/, '').replace(/-/g, ' ');
  const key = `activities:gallery.items.${entry?.description}.name`;
  const found = entry ? t(key) : key;
  // A missing string comes back as its key (i18next drops the namespace).
  const name = t('print:guide.activity.other', { name: key.endsWith(found) ? words : found });
  return { line: prompt ? `${name}. ${prompt}` : name, items: childLines(element, t) };
}

/** Replaces every top-level `pb-` element of a slide by its description; returns the descriptions' lines. */
function describeActivities(content: DocumentFragment, t: Translate): string[] {
  // A helpline's name is words of a sentence, not an activity: the guide prints Belgium's, the kit's default
  // (its help sheets list every country's services).
  for (const helpline of content.querySelectorAll('pb-helpline'))
    helpline.replaceWith(String(firstLine(DEFAULT_HELP_COUNTRY)?.name ?? ''));
  const lines: string[] = [];
  const insideActivity = (el: Element): boolean => {
    for (let parent = el.parentElement; parent; parent = parent.parentElement)
      if (parent.localName.startsWith('pb-')) return true;
    return false;
  };
  const outermost = [...content.querySelectorAll('*')].filter(
    (el) => el.localName.startsWith('pb-') && !insideActivity(el),
  );
  for (const element of outermost) {
    const { line, items = [] } = describe(element, t);
    lines.push(line);
    const box = document.createElement('div');
    box.className = 'activity';
    const strong = document.createElement('p');
    strong.textContent = line;
    box.append(strong);
    if (items.length) {
      const list = document.createElement('ul');
      for (const item of items) list.append(Object.assign(document.createElement('li'), { textContent: item }));
      box.append(list);
    }
    element.replaceWith(box);
  }
  return lines;
}

/** The slides of a compiled deck, in the order they are presented. */
export function printedSlides(deckHtml: string, t: Translate): PrintedSlide[] {
  const template = document.createElement('template');
  // Compiled at build time from the kit's own Markdown, as the presenter plays it.
  template.innerHTML = deckHtml;
  const slides: PrintedSlide[] = [];
  [...template.content.children].forEach((stack, h) => {
    const nested = [...stack.children].filter((child) => child.localName === 'section');
    const leaves = nested.length ? nested : [stack];
    leaves.forEach((section, v) => {
      const notesElement = section.querySelector(':scope > aside.notes');
      const notes = document.createDocumentFragment();
      if (notesElement) notes.append(...notesElement.childNodes);
      notesElement?.remove();
      const content = document.createDocumentFragment();
      content.append(...[...section.childNodes].map((node) => node.cloneNode(true)));
      const heading = content.querySelector('h1, h2, h3');
      const scenarios = [...content.querySelectorAll('pb-scenario')].map((el) => el.getAttribute('src') ?? '');
      slides.push({
        number: nested.length ? `${h + 1}.${v + 1}` : `${h + 1}`,
        title: heading?.textContent?.trim() ?? '',
        activities: describeActivities(content, t),
        scenarios,
        content,
        notes,
      });
    });
  });
  return slides;
}
