/**
 * Timeline items as calendar events that read the same in Outlook, Google and
 * Apple Calendar, without claiming more precision than the source gives:
 *
 * - a day (or a short period up to a week) is one all-day event;
 * - a deadline with a time ("21 mei 2024, 12:00 uur") is a timed event in
 *   Europe/Amsterdam (a moment: no end);
 * - separate dates ("26 september/24 oktober 2024") are separate events;
 * - a longer period (a month, a quarter, "september/oktober", a year, a
 *   contract term) becomes a moment at its start and one at its end, or only
 *   the end for a deadline ("eind 2025": only the end, "begin 2026": only the
 *   start), never an all-day bar of months or years.
 *
 * Each event's UID is the item id (document slug + item id) plus which part
 * it is, so a moved date updates the event in a subscribed calendar instead of
 * adding one. Pure: ical.ts turns these into iCalendar text.
 */
import { daysBetween, type IsoDate } from './calendar-date.ts';
import { dateCertaintyLabel, isSettled } from './certainty.ts';
import { formatPeriod, type Period } from './period.ts';
import type { TimelineItem } from './timeline.ts';

/** The longest period shown as one all-day event (a week); anything longer is split into moments. */
export const MAX_ALL_DAY_DAYS = 7;

/** The time zone of every timed event: dates in the sources are Dutch local time. */
export const CALENDAR_TIME_ZONE = 'Europe/Amsterdam';

/** Which part of an item an event is: the whole item, its start or end, or one of its separate dates. */
export type EventPart = 'geheel' | 'begin' | 'einde' | `datum-${number}`;

export interface CalendarEvent {
  /** Stable across builds: "<document slug>--<item id>[--<part>]@inkoopwijzer". */
  uid: string;
  part: EventPart;
  /** First day (all-day) or the day of the moment (timed). */
  start: IsoDate;
  /** Last day, inclusive (all-day only; equal to start for a timed event). */
  end: IsoDate;
  /** Local time "HH:MM" in Europe/Amsterdam: a timed event. */
  time?: string;
  summary: string;
  description: string;
  /** The document page the item comes from. */
  url: string;
}

const INFERRED_WHAT = { jaar: 'het jaar', maand: 'de maand', dag: 'de dag', datum: 'de datum' } as const;

/** "Let op: het jaar staat niet in de bron; wij leiden het af: …" for an inferred date. */
export function inferredNote(period: Period | undefined): string | undefined {
  if (!period?.inferred) return undefined;
  return `Let op: ${INFERRED_WHAT[period.inferred.part]} staat niet in de bron; deze datum is afgeleid: ${period.inferred.reason}.`;
}

function certaintyText(item: TimelineItem): string {
  return isSettled(item.certainty) ? '' : ` (${dateCertaintyLabel(item.certainty)})`;
}

/** Whether a long item is one moment at its end (a deadline, "eind 2025") or at its start ("begin 2026"). */
function longParts(item: TimelineItem): ('begin' | 'einde')[] {
  if (item.milestoneKind === 'deadline') return ['einde'];
  if (item.period?.yearPart === 'eind') return ['einde'];
  if (item.period?.yearPart === 'begin') return ['begin'];
  return ['begin', 'einde'];
}

/** The period in a few words for a title: the source's own label for a milestone, the plain period otherwise; an inferred date says "vermoedelijk". */
function shortWhen(item: TimelineItem): string {
  if (!item.period) return item.when;
  const { inferred, ...plain } = item.period;
  if (!inferred) return item.kind === 'mijlpaal' ? item.when : formatPeriod(plain);
  return `${formatPeriod(plain)} (vermoedelijk)`;
}

/** "Contract: eerste looptijd eindigt", "Begin mei 2024: Publicatie", "Zorgplan klaar (eind 2025)". */
function partSummary(item: TimelineItem, part: 'begin' | 'einde', both: boolean): string {
  if (item.precision === 'contract') return `${item.label} ${part === 'begin' ? 'begint' : 'eindigt'}`;
  if (!both) return `${item.label} (${shortWhen(item)})`;
  return `${part === 'begin' ? 'Begin' : 'Einde'} ${shortWhen(item)}: ${item.label}`;
}

/** Every calendar event of the items, in item order; never throws. */
export function calendarEvents(items: readonly TimelineItem[], siteUrl: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const item of items) {
    const url = new URL(`/kaders/${item.documentSlug}/`, siteUrl).href;
    const suffix = certaintyText(item);
    const common = (extra: string[]) =>
      [
        `Wanneer: ${item.when}${suffix}`,
        ...extra,
        inferredNote(item.period),
        item.detail,
        `Document: ${item.documentTitle}`,
        `Regio: ${item.regionName}`,
        `Meer informatie: ${url}`,
      ]
        .filter(Boolean)
        .join('\n');
    const title = `${item.label}${suffix}`;
    const period = item.period;

    if (period?.precision === 'dates' && period.dates?.length) {
      period.dates.forEach((date, index) => {
        events.push({
          uid: `${item.id}--datum-${index + 1}@inkoopwijzer`,
          part: `datum-${index + 1}`,
          start: date.start,
          end: date.start,
          ...(date.time ? { time: date.time } : {}),
          summary: `${title} (${item.documentTitle})`,
          description: common([`Dit is datum ${index + 1} van ${period.dates!.length}: ${formatPeriod(date)}. De bron noemt losse data, geen periode.`]),
          url,
        });
      });
      continue;
    }
    if (period?.precision === 'datetime' && period.time) {
      events.push({ uid: `${item.id}@inkoopwijzer`, part: 'geheel', start: period.start, end: period.start, time: period.time, summary: `${title} (${item.documentTitle})`, description: common([]), url });
      continue;
    }
    const days = daysBetween(item.start, item.end) + 1;
    if (days <= MAX_ALL_DAY_DAYS) {
      events.push({ uid: `${item.id}@inkoopwijzer`, part: 'geheel', start: item.start, end: item.end, summary: `${title} (${item.documentTitle})`, description: common([]), url });
      continue;
    }
    const parts = longParts(item);
    const explanation =
      parts.length === 2
        ? 'Deze periode staat als twee momenten in uw agenda: het begin en het einde.'
        : parts[0] === 'einde'
          ? 'Dit staat in uw agenda op de laatste dag van de periode.'
          : 'Dit staat in uw agenda op de eerste dag van de periode.';
    const vague = item.precision === 'contract' ? '' : ' De bron noemt geen preciezere dag.';
    for (const part of parts) {
      const day = part === 'begin' ? item.start : item.end;
      events.push({
        uid: `${item.id}--${part}@inkoopwijzer`,
        part,
        start: day,
        end: day,
        summary: `${partSummary(item, part, parts.length === 2)}${suffix} (${item.documentTitle})`,
        description: common([`${explanation}${vague}`]),
        url,
      });
    }
  }
  return events;
}

/**
 * VTIMEZONE for Europe/Amsterdam (RFC 5545 §3.6.5): CET/CEST with the EU
 * rule (last Sunday of March and of October), in force since 1996. Outlook
 * needs it to place a TZID time; Google and Apple accept it.
 */
export const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALENDAR_TIME_ZONE}`,
  `X-LIC-LOCATION:${CALENDAR_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');
