/**
 * The facilitator console's pairing link and QR code go into the speaker notes of the slide holding
 * `<pb-join>`: reveal.js shows a slide's notes only in the speaker-notes window, on the facilitator's own
 * screen, never on the projector.
 */
import { qrSvgMarkup } from '../components/qr-code';

const PAIRING_CLASS = 'pb-pairing';

export interface PairingText {
  readonly heading: string;
  readonly explain: string;
  readonly open: string;
  readonly qrLabel: string;
}

/**
 * Writes (or, with no `url`, removes) the pairing block in the notes of every slide with a `<pb-join>`.
 * Returns the slides it changed, so the caller can refresh the notes window if one of them is on screen.
 */
export function writePairingNotes(slides: ParentNode, url: string | undefined, text: PairingText): Element[] {
  const changed: Element[] = [];
  for (const join of slides.querySelectorAll('pb-join')) {
    const slide = join.closest('section');
    if (!slide) continue;
    let notes = slide.querySelector(':scope > aside.notes');
    notes?.querySelector(`.${PAIRING_CLASS}`)?.remove();
    changed.push(slide);
    if (!url) continue;
    if (!notes) {
      notes = document.createElement('aside');
      notes.className = 'notes';
      slide.append(notes);
    }
    const block = document.createElement('div');
    block.className = PAIRING_CLASS;
    const heading = document.createElement('h3');
    heading.textContent = text.heading;
    const explain = document.createElement('p');
    explain.textContent = text.explain;
    const link = document.createElement('a');
    Object.assign(link, { href: url, target: '_blank', rel: 'noopener', textContent: text.open });
    const qr = document.createElement('div');
    // Markup built by qr-code.ts from the URL alone (a path of numbers), not from anyone's text.
    qr.innerHTML = qrSvgMarkup(url, text.qrLabel);
    block.append(heading, explain, link, qr);
    notes.prepend(block);
  }
  return changed;
}
