/** Status of a dated item relative to today; tiny on purpose, it also runs in the browser. */
export type TimelineStatus = 'afgerond' | 'loopt' | 'gepland';

export const timelineStatusLabels: Record<TimelineStatus, string> = {
  afgerond: 'Afgerond',
  loopt: 'Loopt nu',
  gepland: 'Gepland',
};

/** Finished (end before today), running (start ≤ today ≤ end) or planned. ISO dates compare as strings. */
export function statusOn(period: { start: string; end: string }, today: string): TimelineStatus {
  if (period.end < today) return 'afgerond';
  if (period.start <= today) return 'loopt';
  return 'gepland';
}
