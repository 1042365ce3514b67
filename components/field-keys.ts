import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keys typed in a field of the element stay in it: reveal.js listens on the document and sees the element, not
 * the field inside its shadow root, as the focus, so an arrow, Space or a letter typed in a count or a word would
 * turn a slide or blank the screen. Every field of the element is covered, whichever renders it. In the presenter
 * the activities plugin also tells reveal to leave such keys alone (`keyboardCondition`, with `typedInField`);
 * stopping them here keeps them in the field on any page and in any deck, the gallery's included.
 */
export class FieldKeys implements ReactiveController {
  constructor(private readonly element: ReactiveControllerHost & HTMLElement) {
    element.addController(this);
  }

  hostConnected(): void {
    this.element.addEventListener('keydown', keepInFields);
  }

  hostDisconnected(): void {
    this.element.removeEventListener('keydown', keepInFields);
  }
}

/** Stops a key typed in a field on its way to the document; other keys go on. */
function keepInFields(event: KeyboardEvent): void {
  if (typedInField(event)) event.stopPropagation();
}

/**
 * Whether a key is typed in a field (a text, number or list input, a text area, a select, editable text),
 * wherever it stands in shadow roots; a button's keys are not typing. Also for reveal's `keyboardCondition`.
 */
export function typedInField(event: KeyboardEvent): boolean {
  // reveal's own `triggerKey` hands a bare `{ keyCode }`.
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  return path.some(
    (target) =>
      (target instanceof HTMLInputElement && !['button', 'submit', 'reset'].includes(target.type)) ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLElement && target.isContentEditable),
  );
}
