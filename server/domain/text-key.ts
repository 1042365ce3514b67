/** The form under which two free texts count as the same answer: case and spacing do not matter. */
export function textKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}
