/**
 * "Scan cards" beside a show of hands: the button that loads the scanner (its own chunk, with the detector) and
 * opens it. The counts come back per answer, to be added to the hands. A poll of more than four answers gets no
 * button and no note: the projected slide is the class's room; the cards' how-to page and the guide say it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cardChoices } from '../../app/cards/answer-cards';
import type { PollDefinitionInput } from '../../protocol/poll';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Opens the scanner over the page; resolves with the counts per letter, or undefined when closed without adding. */
export async function scanCards(trigger: HTMLElement, answers: readonly string[]): Promise<number[] | undefined> {
  await import('./pb-card-scan');
  const scanner = document.createElement('pb-card-scan');
  scanner.answers = answers;
  return new Promise((resolve) => {
    let counts: number[] | undefined;
    scanner.addEventListener('pb-cards-counted', (event) => {
      counts = (event as CustomEvent<{ counts: number[] }>).detail.counts;
    });
    scanner.addEventListener('close', () => {
      scanner.remove();
      trigger.focus();
      resolve(counts);
    });
    document.body.append(scanner);
  });
}

/**
 * The "Scan cards" button of a poll counted by hand, for `answers` (key and label, in the poll's order); `add`
 * receives the cards' counts by answer key. Nothing when the poll cannot take cards.
 */
export function cardScanControl(
  t: Translate,
  poll: PollDefinitionInput,
  answers: readonly { readonly key: string; readonly label: string }[],
  add: (counts: Readonly<Record<string, number>>) => void,
): TemplateResult | typeof nothing {
  const choices = cardChoices(poll);
  if (!choices.usable) return nothing;
  const labels = choices.keys.map((key) => answers.find((answer) => answer.key === key)?.label ?? key);
  const open = async (event: Event): Promise<void> => {
    const counts = await scanCards(event.currentTarget as HTMLElement, labels);
    if (counts) add(Object.fromEntries(choices.keys.map((key, i) => [key, counts[i] ?? 0])));
  };
  return html`<button type="button" class="scan-cards" @click=${open}>${t('cards:scan.open')}</button>`;
}
