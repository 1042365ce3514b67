/** reveal.js labels its arrow buttons in English; the kit relabels them in the deck's language. */
const LABELS: Record<string, string> = {
  'navigate-left': 'presenter:previous',
  'navigate-right': 'presenter:next',
  'navigate-up': 'presenter:up',
  'navigate-down': 'presenter:down',
};

export function localizeControls(controls: Element | null, t: (key: string) => string): void {
  if (!controls) return;
  controls.setAttribute('aria-label', t('presenter:slides'));
  for (const [cls, key] of Object.entries(LABELS))
    for (const button of controls.querySelectorAll(`.${cls}`)) button.setAttribute('aria-label', t(key));
}
