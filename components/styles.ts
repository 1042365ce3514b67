import { css } from 'lit';

/**
 * Styles shared by the kit's elements: large touch targets (44 px), a focus ring visible on a projector,
 * and text kept for screen readers only.
 */
export const controlStyles = css`
  button,
  select,
  .button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.3em 1em;
    border-radius: var(--pb-radius, 0.5rem);
    border: 2px solid var(--pb-accent, #0a4a94);
    background: var(--pb-surface, #fff);
    color: var(--pb-accent, #0a4a94);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
  }
  button.primary,
  .button.primary {
    background: var(--pb-accent, #0a4a94);
    color: var(--pb-accent-ink, #fff);
  }
  :focus-visible {
    outline: 3px solid var(--pb-focus, #b03c00);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
