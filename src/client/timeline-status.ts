/**
 * Marks each dated item (elements with data-start/data-end) as finished,
 * running or planned, relative to today in the Netherlands. Runs in the
 * browser so that a static build never shows a stale status.
 */
import { todayInAmsterdam } from '../lib/calendar-date.ts';
import { statusOn, timelineStatusLabels } from '../lib/timeline-status.ts';

const today = todayInAmsterdam();
for (const item of document.querySelectorAll<HTMLElement>('[data-start][data-end]')) {
  const status = statusOn({ start: item.dataset.start!, end: item.dataset.end! }, today);
  item.dataset.status = status;
  const label = item.querySelector<HTMLElement>('[data-status-label]');
  if (label) {
    label.textContent = timelineStatusLabels[status];
    label.hidden = false;
  }
}
const todayText = `Vandaag: ${new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date())}`;
for (const marker of document.querySelectorAll<HTMLElement>('[data-today]')) {
  marker.textContent = todayText;
  marker.hidden = false;
}
// On pages that ask for it, "today" also gets its place in the list: before the first item not yet finished.
if (document.querySelector('[data-today-in-list]')) {
  const next = [...document.querySelectorAll<HTMLElement>('li[data-start][data-end]')].find((li) => li.dataset.status !== 'afgerond');
  if (next) {
    const marker = document.createElement('li');
    marker.className = 'today-marker';
    marker.textContent = todayText;
    next.before(marker);
  }
}
