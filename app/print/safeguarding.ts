// The safeguarding lead's guide, to print or to save as PDF (`safeguarding.html?country=BE&lang=fr`): what to do
// when a student discloses sextortion that is still going on (tonight, not tomorrow; the phone; whom to call
// tonight, from the help data), then what to tell the parents and how to look after the facilitator who heard
// it. Its flow follows the kit's disclosure protocol and UKCIS's advice to safeguarding leads; it makes no legal
// claim. `npm run export:pdf` prints one per country and language.
import '../theme/tokens.css';
import './print.css';
import { html, nothing, render, type TemplateResult } from 'lit';
import { isHelpCountry } from '../../content/help-resources';
import { helpTonight, tonightBox } from './help-tonight';
import { checkedOn, countryName, fitSheetsAndMarkReady, helpList, toolbar } from './print-page';
import { openPrintable } from './printable';

/** Each part of the guide and its points, in the order the evening goes. */
const NOW = ['stay', 'fault', 'deadline', 'pay', 'risk'] as const;
const PHONE = ['image', 'browse', 'delete', 'evidence', 'contact', 'remove'] as const;
const PARENTS = ['when', 'agree', 'say', 'letter', 'calls'] as const;
const AFTER = ['record', 'complaint', 'again', 'peers'] as const;
const FACILITATOR = ['debrief', 'burden', 'share', 'support', 'next'] as const;

const { lang, t, country } = await openPrintable(['common', 'print', 'safeguarding']);

function sheet(name: string, content: TemplateResult): TemplateResult {
  return html`<section class="sheet" data-name=${name}><div class="sheet-content">${content}</div></section>`;
}

function points(part: string, keys: readonly string[], tag: 'ol' | 'ul' = 'ul'): TemplateResult {
  const items = keys.map(
    (key) =>
      html`<li>
        <strong>${t(`safeguarding:${part}.${key}.title`)}</strong>
        ${t(`safeguarding:${part}.${key}.text`)}
      </li>`,
  );
  return tag === 'ol'
    ? html`<ol class="steps">
        ${items}
      </ol>`
    : html`<ul class="steps">
        ${items}
      </ul>`;
}

if (!isHelpCountry(country)) {
  render(
    html`${toolbar(t)}
      <main>${sheet('not found', html`<p>${t('print:notFound')}</p>`)}</main>`,
    document.body,
  );
} else {
  const where = countryName(country, lang);
  const tonight = helpTonight(country, lang);
  // Who the lead is has a name in Belgian schools (introBE); elsewhere the introduction stays general.
  const kind = html`<p class="kind">${t('common:kitName')} · ${t('safeguarding:kind')} · ${where}</p>`;
  document.title = `${t('safeguarding:pageTitle')} · ${where}`;
  render(
    html`${toolbar(t)}
      <main class="safeguarding">
        ${sheet(
          'tonight',
          html`${kind}
            <h1>${t('safeguarding:title')}</h1>
            <p class="intro">${t('safeguarding:intro')} ${country === 'BE' ? t('safeguarding:introBE') : nothing}</p>
            <h2>${t('safeguarding:now.heading')}</h2>
            ${points('now', NOW, 'ol')}
            ${tonightBox(tonight, lang, t, 'safeguarding:tonight', t('safeguarding:tonight.together'))}
            <h2>${t('safeguarding:phone.heading')}</h2>
            ${points('phone', PHONE)}`,
        )}
        ${sheet(
          'after',
          html`${kind}
            <h2>${t('safeguarding:parents.heading')}</h2>
            ${points('parents', PARENTS)}
            <h2>${t('safeguarding:after.heading')}</h2>
            ${points('after', AFTER)}
            <h2>${t('safeguarding:facilitator.heading')}</h2>
            ${points('facilitator', FACILITATOR)}`,
        )}
        ${sheet(
          'help',
          html`${kind}
            <h2>${t('print:help.heading')} · ${where}</h2>
            ${helpList(country, lang, t)}
            <p class="checked">${checkedOn([country], lang, t)}</p>
            <p class="sources">${t('safeguarding:sources')}</p>`,
        )}
      </main>`,
    document.body,
  );
}
await fitSheetsAndMarkReady();
