/**
 * How old reference data is, and what a page may say about an announced
 * change whose expected date has passed. Only what the source says: a
 * change the source calls announced stays announced until a source on the
 * site says otherwise; the page says the date has passed and that the site
 * does not know whether it happened. Never a guess.
 */
import { type IsoDate, compareDates, parseIsoDate } from './calendar-date.ts';
import { formatDate } from './period.ts';

/** Whole months from `from` to `to` (a month counts once the same day of the month is reached). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError(`Geen geldige datum: ${from} of ${to}`);
  const months = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
  return Math.max(0, months);
}

/** "2 jaar en 5 maanden", "1 jaar", "3 maanden", "minder dan een maand". */
export function durationText(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const monthText = rest === 1 ? '1 maand' : `${rest} maanden`;
  if (years === 0) return rest === 0 ? 'minder dan een maand' : monthText;
  return rest === 0 ? `${years} jaar` : `${years} jaar en ${monthText}`;
}

/**
 * One sentence on the age of a source, relative to the day the page was made:
 * "De bron is van 21 juni 2024. Toen deze pagina werd gemaakt, op 29 november 2026, was die 2 jaar en 5 maanden oud."
 */
export function sourceAgeText(sourceDate: IsoDate, today: IsoDate): string {
  if (compareDates(sourceDate, today) > 0) return `De bron is van ${formatDate(sourceDate)}.`;
  return `De bron is van ${formatDate(sourceDate)}. Toen deze pagina werd gemaakt, op ${formatDate(today)}, was die ${durationText(monthsBetween(sourceDate, today))} oud.`;
}

export type AnnouncementStatus = 'aangekondigd' | 'wetsvoorstel' | 'aangenomen' | 'ingevoerd' | 'uitgesteld' | 'ingetrokken';

const STATUS_WORDS: Record<AnnouncementStatus, string> = {
  aangekondigd: 'Aangekondigd',
  wetsvoorstel: 'Wetsvoorstel',
  aangenomen: 'Aangenomen',
  ingevoerd: 'Ingevoerd',
  uitgesteld: 'Uitgesteld',
  ingetrokken: 'Ingetrokken',
};

/** The label says whose word it is: "Aangekondigd volgens de bron (21 juni 2024)". */
export function announcementStatusLabel(status: AnnouncementStatus, sourceDate?: IsoDate): string {
  return `${STATUS_WORDS[status]} volgens de bron${sourceDate ? ` (${formatDate(sourceDate)})` : ''}`;
}

/** Statuses under which the change has not (yet) happened according to the source. */
const NOT_YET: readonly AnnouncementStatus[] = ['aangekondigd', 'wetsvoorstel', 'aangenomen'];

/**
 * What the page says about the expected start. Before it: the date the source
 * expects. On or after it, while the source has not said it happened: that the
 * date has passed and the site does not know whether the change happened.
 */
export function announcementTimingText(
  announcement: { readonly status: AnnouncementStatus; readonly expectedStart?: IsoDate | undefined },
  today: IsoDate,
): string | undefined {
  const start = announcement.expectedStart;
  if (start === undefined) return undefined;
  const when = formatDate(start);
  if (!NOT_YET.includes(announcement.status)) return `Verwachte start volgens de bron: ${when}.`;
  if (compareDates(start, today) > 0) return `Verwachte start volgens de bron: ${when}.`;
  return `Volgens de bron zou dit ingaan op ${when}. Die datum is voorbij (deze pagina is gemaakt op ${formatDate(today)}). Of de wijziging echt is ingegaan, weet deze site niet: geen bron op deze site zegt het. Vraag het na bij uw gemeente of het CAK.`;
}
