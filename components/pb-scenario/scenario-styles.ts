/** The look of `<pb-scenario>`: a chat on a phone beside the facilitator's panel, and the debrief. */
import { css } from 'lit';
import { activityStyles, phoneStyles } from '../activity-styles';

export const scenarioStyles = [
  activityStyles,
  phoneStyles,
  css`
    :host {
      font-size: max(var(--pb-min-text, 0px), 0.75em);
      height: 17em;
    }
    .frame {
      display: grid;
      grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr);
      gap: 0.8em;
      height: 100%;
    }
    .frame.debriefing {
      display: block;
    }
    .phone-head {
      font-size: max(var(--pb-min-text, 0px), 0.75em);
    }
    .log {
      position: relative;
      flex: 1;
      min-height: 0;
      overflow-y: auto;
      padding: 0.5em 0.7em;
    }
    .log > ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .log > ol > li {
      margin: 0.35em 0;
      display: flex;
      flex-direction: column;
      align-items: flex-start;
    }
    .log > ol > li.mine {
      align-items: flex-end;
    }
    .log > ol > li.narration {
      align-items: center;
      text-align: center;
      font-style: italic;
      color: var(--pb-muted, #454a57);
      font-size: max(var(--pb-min-text, 0px), 0.85em);
    }
    .bubble {
      max-width: 85%;
      padding: 0.3em 0.6em;
      border-radius: 0.8em;
      background: #e6e8ee;
      overflow-wrap: anywhere;
    }
    .mine .bubble {
      background: var(--pb-accent, #0a4a94);
      color: var(--pb-accent-ink, #fff);
    }
    .image {
      display: block;
      margin: 0.2em 0;
      padding: 0.5em 0.7em;
      border: 0.1em dashed currentColor;
      border-radius: 0.5em;
      font-style: italic;
      font-size: max(var(--pb-min-text, 0px), 0.85em);
    }
    .image-label {
      display: block;
      font-style: normal;
      font-weight: 700;
      font-size: max(var(--pb-min-text, 0px), 0.8em);
    }
    .pause-mark {
      align-self: stretch;
      text-align: center;
      font-size: max(var(--pb-min-text, 0px), 0.65em);
      font-weight: 700;
      color: var(--pb-focus, #b03c00);
      border-top: 2px dotted currentColor;
      margin-top: 0.3em;
      padding-top: 0.1em;
    }
    .log > ol > li.help-card {
      align-items: stretch;
    }
    /* The kit's help card at the chat's own size, not in a slide's large type. */
    .help-card pb-help-card {
      font-size: max(var(--pb-min-text, 0px), 0.8em);
    }
    .typing {
      display: flex;
      align-items: center;
      gap: 0.4em;
      padding: 0 0.7em 0.4em;
      font-size: max(var(--pb-min-text, 0px), 0.65em);
      color: var(--pb-muted, #454a57);
    }
    .dots {
      display: inline-flex;
      gap: 0.25em;
      padding: 0.5em 0.7em;
      border-radius: 0.8em;
      background: #e6e8ee;
    }
    .dots span {
      width: 0.6em;
      height: 0.6em;
      border-radius: 50%;
      background: var(--pb-muted, #454a57);
    }
    @media (prefers-reduced-motion: no-preference) {
      .dots span {
        animation: blink 1.2s infinite ease-in-out;
      }
      .dots span:nth-child(2) {
        animation-delay: 0.2s;
      }
      .dots span:nth-child(3) {
        animation-delay: 0.4s;
      }
      .log > ol > li.new {
        animation: appear 0.25s ease-out;
      }
    }
    @keyframes blink {
      0%,
      80%,
      100% {
        opacity: 0.3;
      }
      40% {
        opacity: 1;
      }
    }
    @keyframes appear {
      from {
        opacity: 0;
        transform: translateY(0.4em);
      }
    }
    [part='panel'] {
      display: flex;
      flex-direction: column;
      gap: 0.45em;
      min-height: 0;
      overflow-y: auto;
      font-size: max(var(--pb-min-text, 0px), 0.85em);
    }
    .panel-title {
      margin: 0;
      font-size: max(var(--pb-min-text, 0px), 0.8em);
      font-weight: 700;
      color: var(--pb-muted, #454a57);
    }
    .question {
      margin: 0;
      font-weight: 700;
    }
    .choices {
      display: flex;
      flex-direction: column;
      gap: 0.35em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .choices button,
    .choices .option {
      width: 100%;
      justify-content: flex-start;
      text-align: left;
      gap: 0.5em;
      font-size: 1em;
    }
    .choices .option {
      display: flex;
      align-items: center;
      padding: 0.25em 0.5em;
      border: 2px solid var(--pb-border, #8a8f9c);
      border-radius: var(--pb-radius, 0.5rem);
    }
    .choices .option.winner {
      border-color: var(--pb-accent, #0a4a94);
      font-weight: 700;
    }
    .number {
      flex: none;
      display: inline-grid;
      place-items: center;
      min-width: 1.4em;
      height: 1.4em;
      border-radius: 50%;
      border: 2px solid currentColor;
      font-weight: 700;
      font-size: max(var(--pb-min-text, 0px), 0.85em);
    }
    .count {
      margin-left: auto;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .badge {
      font-size: max(var(--pb-min-text, 0px), 0.7em);
      font-weight: 400;
      font-style: italic;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
    }
    .row button {
      font-size: max(var(--pb-min-text, 0px), 0.85em);
    }
    .hint,
    .status {
      margin: 0;
      color: var(--pb-muted, #454a57);
      font-size: max(var(--pb-min-text, 0px), 0.75em);
    }
    .pause-note {
      margin: 0;
      font-weight: 700;
      color: var(--pb-focus, #b03c00);
    }
    .debrief {
      height: 100%;
      overflow-y: auto;
      box-sizing: border-box;
      padding: 0.2em 0.4em;
    }
    .debrief h3 {
      font-size: 1.1em;
      margin: 0 0 0.3em;
    }
    .debrief h4 {
      font-size: max(var(--pb-min-text, 0px), 0.95em);
      margin: 0 0 0.3em;
    }
    .columns {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 1em;
    }
    .debrief ul,
    .debrief ol {
      margin: 0;
      padding-left: 1.2em;
      font-size: max(var(--pb-min-text, 0px), 0.85em);
    }
    .debrief li {
      margin: 0 0 0.45em;
    }
    .debrief li p {
      margin: 0.1em 0;
    }
    .quote {
      font-style: italic;
      color: var(--pb-muted, #454a57);
    }
    .helps {
      color: #1d6b2f;
      font-weight: 700;
    }
    .hurts {
      color: var(--pb-focus, #b03c00);
      font-weight: 700;
    }
    .debrief li button {
      font-size: max(var(--pb-min-text, 0px), 0.8em);
      min-height: 2.2em;
      margin-top: 0.15em;
    }
    .debrief .row {
      margin-top: 0.5em;
    }
  `,
];
