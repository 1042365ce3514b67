import { LitElement, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DEFAULT_HELP_COUNTRY } from '../../content/help-country';
import { firstLine, resourceName } from '../../content/help-resources';
import { I18nController } from '../../i18n/i18n-controller';
import type { ActivityHost } from '../activity-host';
import { ActivityHostController } from '../activity-host-controller';

/**
 * The name of the line to contact first when someone is blackmailed with an image, in the session's country:
 * words inside a sentence of a slide, so that no slide names Belgium's line in a French session.
 *
 *     - Fear of reactions: start with one adult, or with <pb-helpline></pb-helpline>
 *
 * It renders the `first` service of content/help-resources.json for the session's country (the activity host's,
 * chosen on the kit home), else Belgium's (Child Focus), and nothing else: numbers and hours stay on the help
 * card (`<pb-help-card>`), from the same data. `country="FR"` fixes a country, as on the help card.
 */
@customElement('pb-helpline')
export class PbHelpline extends LitElement {
  // Part of a sentence: it takes the text's font, size and colour.
  static override styles = css`
    :host {
      display: inline;
    }
  `;

  /** The country whose line to name (ISO 3166-1 code); unset: the session's, else Belgium's. */
  @property() country?: string;

  /** The host to take the session's country from instead of the page's. */
  @property({ attribute: false }) activityHost?: ActivityHost;

  private readonly i18n = new I18nController(this);
  private readonly activity = new ActivityHostController(this, () => this.activityHost);

  override render(): string {
    const line =
      firstLine(this.country ?? this.activity.host.country ?? DEFAULT_HELP_COUNTRY) ?? firstLine(DEFAULT_HELP_COUNTRY)!;
    return resourceName(line, this.i18n.language);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-helpline': PbHelpline;
  }
}
