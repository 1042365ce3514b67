import { html, type TemplateResult } from 'lit';
import { encode } from 'uqr';

export interface QrCode {
  /** Width and height in modules, quiet zone included. */
  readonly size: number;
  /** One SVG path drawing every dark module, for a `viewBox="0 0 size size"`. */
  readonly path: string;
}

/** Encodes a URL as a QR code, drawn locally as SVG: nothing leaves the machine, no image is fetched. */
export function qrCode(text: string): QrCode {
  // M: still reads with 15 % of the code washed out by a projector's glare or a reflection. A border of four
  // light modules, the quiet zone the QR standard asks for: phone cameras find the code by it.
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  });
  return { size, path };
}

/**
 * The code as an image for a Lit template (`part="qr"`), labelled for screen readers. Its quiet zone is white in
 * the image itself, so it reads on a tinted slide or screen, and off a screenshot.
 */
export function qrImage(text: string, label: string): TemplateResult {
  const { size, path } = qrCode(text);
  return html`<svg part="qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">
    <rect width=${size} height=${size} fill="#fff"></rect>
    <path d=${path} fill="#000"></path>
  </svg>`;
}

/** The same code as SVG markup, for a document Lit does not render (the speaker-notes window). */
export function qrSvgMarkup(text: string, label: string): string {
  const { size, path } = qrCode(text);
  const escaped = label.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="220" height="220" role="img" aria-label="${escaped}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
