/**
 * Fills in where each procurement stands today (Europe/Amsterdam), in every
 * [data-procurement-status] block: the server wrote the input (milestones,
 * contract, entry windows) as JSON and the dated list; this computes the status
 * for the visitor's date, so a static build never freezes "today". The space
 * is reserved by the server (every possible status, invisible), so nothing moves.
 */
import { todayInAmsterdam } from '../lib/calendar-date.ts';
import { formatDate } from '../lib/period.ts';
import { procurementStatus, statusMessage, type StatusInput, type StatusVariant } from '../lib/procurement-status.ts';

const today = todayInAmsterdam();
for (const block of document.querySelectorAll<HTMLElement>('[data-procurement-status]')) {
  const slot = block.querySelector<HTMLElement>('[data-status-text]');
  const raw = block.querySelector('script[type="application/json"]')?.textContent;
  if (!slot || !raw) continue;
  try {
    const input = JSON.parse(raw) as StatusInput;
    const status = procurementStatus(input, today);
    const message = statusMessage(status, (block.dataset.variant as StatusVariant | undefined) ?? 'page');
    slot.textContent = message.closedNote ? `${message.text} ${message.closedNote}` : message.text;
    block.dataset.phase = status.phase;
    const date = block.querySelector<HTMLElement>('[data-status-date]');
    if (date) date.textContent = `Stand op ${formatDate(today)}`;
  } catch {
    // Leave the server's text: the dated list below stays readable.
  }
}
