/**
 * OCDS dates are date-times. Only a day the source states (precision 'day' or
 * 'datetime', nothing inferred) becomes one: a year, month, quarter, week,
 * span, 'eind-2025' or an inferred date never turns into a made-up day; the
 * extension then carries the period as the source says it.
 */
import type { Period } from '../period.ts';

const OFFSET_FORMAT = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });

/** Offset of Europe/Amsterdam at an instant, as "+01:00" or "+02:00". */
function offsetAt(instant: Date): string {
  const name = OFFSET_FORMAT.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}:\d{2})/.exec(name);
  return match ? match[1]! : '+00:00';
}

function minutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  return sign * (h! * 60 + m!);
}

/** A local date and time in Europe/Amsterdam as an RFC 3339 date-time with its offset: 2024-05-21T12:00:00+02:00. */
export function amsterdamDateTime(day: string, time = '00:00'): string {
  const local = Date.parse(`${day}T${time}:00Z`);
  // The offset at the local time: guess with the offset at the same clock time in UTC, then correct once.
  const guess = offsetAt(new Date(local));
  const offset = offsetAt(new Date(local - minutes(guess) * 60_000));
  return `${day}T${time}:00${offset}`;
}

/** True when the source states this day itself. */
export function isStatedDay(period: Period | null | undefined): boolean {
  return !!period && (period.precision === 'day' || period.precision === 'datetime') && !period.inferred;
}

/** The OCDS date-time of a period, or undefined unless the source states the day. */
export function ocdsDate(period: Period | null | undefined): string | undefined {
  if (!period || !isStatedDay(period)) return undefined;
  return amsterdamDateTime(period.start, period.precision === 'datetime' ? period.time : undefined);
}
