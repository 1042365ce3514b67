import { css } from 'lit';
import { resultStyles } from './poll-results';
import { controlStyles } from './styles';

/** A field typed on the projector (a count of hands, a word, a class size): as tall as a button, framed. */
export const fieldStyles = css`
  input.hands,
  input.field {
    font: inherit;
    box-sizing: border-box;
    min-height: 2.75rem;
    padding: 0 0.3em;
    border: 2px solid var(--pb-border, #8a8f9c);
    border-radius: var(--pb-radius, 0.5rem);
    background: var(--pb-surface, #fff);
    color: inherit;
  }
`;

/** An activity as a block among the slide's lines: the kit's type and ink, left-aligned whatever the slide's. */
export const blockStyles = css`
  :host {
    display: block;
    font-family: var(--pb-font, system-ui, sans-serif);
    color: var(--pb-ink, #15161f);
    text-align: left;
  }
`;

/**
 * What every activity on a slide looks like, once: the buttons and focus ring (`controlStyles`), a poll's
 * bars (`resultStyles`), and the parts the activities share: the kicker, the statement, the status lines, the
 * row of controls, the failure line, the typed fields and the rows of a show of hands. Colours and sizes are
 * the kit's tokens (app/theme/tokens.css; the fallbacks are the same values, for a page without the theme).
 * An element lists it first and adds only what is its own:
 *
 *     static override styles = [activityStyles, css`:host { font-size: 0.8em; } …`];
 */
export const activityStyles = [
  controlStyles,
  resultStyles,
  fieldStyles,
  blockStyles,
  css`
    :host {
      line-height: 1.3;
    }
    .kicker {
      margin: 0;
      font-size: max(var(--pb-min-text, 0px), 0.8em);
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.05em;
      color: var(--pb-muted, #454a57);
    }
    .statement {
      margin: 0.1em 0 0.4em;
      font-size: 1.25em;
      font-weight: 700;
    }
    .status,
    .needed,
    .hint {
      color: var(--pb-muted, #454a57);
      margin: 0.3em 0;
    }
    .needed {
      font-weight: 700;
    }
    .controls,
    form {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em;
      margin: 0.3em 0;
    }
    [role='alert'] {
      color: var(--pb-focus, #b03c00);
      font-weight: 700;
      margin: 0;
    }
    [role='alert']:empty {
      display: none;
    }
    input.hands {
      width: 3.2em;
    }
    /* A show of hands: per answer its label, the count typed, the share as a bar and as a percentage. */
    .hands-rows {
      margin: 0.3em 0;
      padding: 0;
      list-style: none;
    }
    .hands-rows li {
      display: grid;
      grid-template-columns: minmax(6em, 2fr) auto 3fr 3.5em;
      align-items: center;
      gap: 0.6em;
      margin: 0.15em 0;
    }
    /* The total and the activity's own buttons share a line: the slide keeps its room. */
    .tally {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.2em 0.8em;
    }
  `,
];

/**
 * A phone on the slide, showing a chat between fictional characters (the red flag hunt, a role-play): its frame
 * and the line naming whose phone it is. Each activity lays out the messages in it.
 */
export const phoneStyles = css`
  [part='phone'] {
    display: flex;
    flex-direction: column;
    min-height: 0;
    border: 0.12em solid var(--pb-ink, #15161f);
    border-radius: 1em;
    background: var(--pb-surface, #fff);
    overflow: hidden;
  }
  .phone-head {
    margin: 0;
    padding: 0.3em 0.8em;
    font-size: max(var(--pb-min-text, 0px), 0.8em);
    font-weight: 700;
    border-bottom: 1px solid var(--pb-border, #8a8f9c);
    color: var(--pb-muted, #454a57);
  }
  /* The name of who sends a message, over it. */
  .sender {
    font-size: max(var(--pb-min-text, 0px), 0.65em);
    font-weight: 700;
    color: var(--pb-muted, #454a57);
    margin: 0 0.6em;
  }
`;
