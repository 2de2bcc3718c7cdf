/**
 * Planning as an iCalendar feed (RFC 5545), via ical-generator. Which events
 * an item becomes is decided in calendar-events.ts: all-day events for days
 * and weeks (DTEND is exclusive, so the day after the last day), a timed
 * event in Europe/Amsterdam with its VTIMEZONE for a time, and moments at the
 * start and end of a long period.
 */
import ical from 'ical-generator';
import { addDays, parseIsoDate, type IsoDate } from './calendar-date.ts';
import { AMSTERDAM_VTIMEZONE, CALENDAR_TIME_ZONE, calendarEvents } from './calendar-events.ts';
import type { TimelineItem } from './timeline.ts';

function utcDate(date: IsoDate): Date {
  const { year, month, day } = parseIsoDate(date)!;
  return new Date(Date.UTC(year, month - 1, day));
}

export interface CalendarOptions {
  name: string;
  description: string;
  siteUrl: string;
  /** The page the calendar belongs to (absolute); the site's home page when absent. */
  pageUrl?: string;
  /** DTSTAMP for every event; a content date keeps builds reproducible. */
  stamp: IsoDate;
}

/** How often a subscribed calendar app should look for changes (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 24 * 60 * 60;

export function timelineCalendar(items: readonly TimelineItem[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    prodId: { company: 'Inkoopwijzer', product: 'planning', language: 'NL' },
    // No calendar-wide time zone: all-day events are floating dates, DTSTAMP must stay UTC (RFC 5545 §3.8.7.2),
    // and timed events name their own TZID; the VTIMEZONE is added below.
    url: options.pageUrl ?? options.siteUrl,
    ttl: REFRESH_SECONDS,
  });
  const events = calendarEvents(items, options.siteUrl);
  for (const event of events) {
    const common = { id: event.uid, stamp: utcDate(options.stamp), summary: event.summary, description: event.description, url: event.url };
    if (event.time) {
      // A local wall-clock time in Amsterdam; a moment, so no end.
      calendar.createEvent({ ...common, start: `${event.start}T${event.time}:00`, timezone: CALENDAR_TIME_ZONE });
    } else {
      calendar.createEvent({ ...common, start: utcDate(event.start), end: utcDate(addDays(event.end, 1)), allDay: true });
    }
  }
  const text = calendar.toString();
  if (!events.some((e) => e.time)) return text;
  // The VTIMEZONE goes before the first component that refers to it.
  const at = text.indexOf('BEGIN:VEVENT');
  return `${text.slice(0, at)}${AMSTERDAM_VTIMEZONE}\r\n${text.slice(at)}`;
}
