import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keys typed in a field of the element stay in it: reveal.js listens on the document and sees the element, not
 * the field inside its shadow root, as the focus, so an arrow, Space or a letter typed in a count or a word would
 * turn a slide or blank the screen. Every field of the element is covered, whichever renders it.
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

/** Stops a key typed in a text, number or list field on its way to the document; other keys go on. */
function keepInFields(event: KeyboardEvent): void {
  const target = event.composedPath()[0];
  const typing =
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable);
  if (typing) event.stopPropagation();
}
