// Helpers for the component tests that run in real Chromium (Vitest browser mode).
import axe from 'axe-core';
import { expect } from 'vitest';

/** Mounts an element in the document and waits for its first render. */
export async function mount<T extends HTMLElement & { updateComplete?: Promise<unknown> }>(element: T): Promise<T> {
  document.body.replaceChildren(element);
  await element.updateComplete;
  return element;
}

/** Runs axe on the document (shadow roots included) and expects no WCAG A/AA violation. */
export async function expectAccessible(context: Element = document.body): Promise<void> {
  const { violations } = await axe.run(context, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    // A lone element under test is not a whole page: page-level rules are checked end to end.
    rules: {
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
    [],
  );
}

/** The visible text of an element's shadow root, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
