/**
 * How the easy-read handout shares a country's help services over sheets: in 16-point type a service takes
 * from about 15 to 40 mm, so services go on a sheet while their estimated height leaves room (Belgium's eleven
 * take two sheets, France's six one), shared evenly. Kept apart from the page so that the printables test counts the pages the
 * same way. A sheet that still runs long is named by print-page.ts (`data-overflow`), and the test fails.
 */
import type { HelpResource } from '../../content/help-resources';
import type { Language } from '../../i18n/languages';

/** Room for services on one sheet, in mm: the page less its heading, the date line and a margin. */
const SHEET_ROOM_MM = 245;
/** One line of 16-point text, in mm, and about how many characters fit in one across the sheet. */
const LINE_MM = 8;
const LINE_CHARS = 64;

/** About how tall a service prints: its name and contact in large type, then what it does and its hours. */
export function serviceHeight(service: HelpResource, lang: Language): number {
  const contact = [service.number, service.sms, service.web].filter(Boolean).join('   ').length;
  const text = service.does[lang].length + (service.hours?.[lang].length ?? 0) + 1;
  return 4 + 12 * Math.ceil(contact / 28) + LINE_MM * Math.ceil(text / LINE_CHARS);
}

export function serviceSheets(services: readonly HelpResource[], lang: Language): HelpResource[][] {
  const heights = services.map((service) => serviceHeight(service, lang));
  // As many sheets as filling each in turn takes…
  let count = 1;
  let room = SHEET_ROOM_MM;
  for (const height of heights) {
    if (height > room && room < SHEET_ROOM_MM) {
      count += 1;
      room = SHEET_ROOM_MM;
    }
    room -= height;
  }
  // …then the services shared evenly over them, in order, so that no sheet holds one service alone.
  const share = heights.reduce((sum, h) => sum + h, 0) / count;
  const sheets: HelpResource[][] = [[]];
  let filled = 0;
  services.forEach((service, i) => {
    const height = heights[i]!;
    if (sheets.length < count && sheets.at(-1)!.length && filled + height / 2 > share * sheets.length) sheets.push([]);
    sheets.at(-1)!.push(service);
    filled += height;
  });
  return sheets;
}

/** The sheets before the help services (what happens and whom to call, the four things, the warning signs) and after them (the words). */
export const SHEETS_BEFORE_SERVICES = 3;
export const SHEETS_AFTER_SERVICES = 1;
