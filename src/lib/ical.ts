/**
 * Planning as an iCalendar feed (RFC 5545), via ical-generator: every item
 * is an all-day event spanning its whole period (DTEND is exclusive, so the
 * day after the end). A deadline with a time keeps the time in its title.
 */
import { dateCertaintyLabel, isSettled } from './certainty.ts';
import ical from 'ical-generator';
import { addDays, parseIsoDate, type IsoDate } from './calendar-date.ts';
import type { TimelineItem } from './timeline.ts';

function utcDate(date: IsoDate): Date {
  const { year, month, day } = parseIsoDate(date)!;
  return new Date(Date.UTC(year, month - 1, day));
}

export interface CalendarOptions {
  name: string;
  description: string;
  siteUrl: string;
  /** DTSTAMP for every event; a content date keeps builds reproducible. */
  stamp: IsoDate;
}

export function timelineCalendar(items: readonly TimelineItem[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    prodId: { company: 'Inkoopwijzer', product: 'planning', language: 'NL' },
    // No calendar time zone: all-day events are floating dates, and DTSTAMP must stay UTC (RFC 5545 §3.8.7.2).
    url: options.siteUrl,
  });
  for (const item of items) {
    const url = new URL(`/kaders/${item.documentSlug}/`, options.siteUrl).href;
    calendar.createEvent({
      id: `${item.id}@inkoopwijzer`,
      start: utcDate(item.start),
      end: utcDate(addDays(item.end, 1)),
      allDay: true,
      stamp: utcDate(options.stamp),
      summary: `${item.label} (${item.documentTitle})`,
      description: [`Wanneer: ${item.when}${isSettled(item.certainty) ? '' : ` (${dateCertaintyLabel(item.certainty)})`}`, item.detail, `Regio: ${item.regionName}`, `Meer informatie: ${url}`].filter(Boolean).join('\n'),
      url,
    });
  }
  return calendar.toString();
}
