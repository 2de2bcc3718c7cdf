/**
 * Shows only the chosen documents on /vergelijk/ (?kaders=a,b) and marks rows
 * whose visible cells differ. The choice is read and written with
 * src/lib/url-state.ts; unknown documents in the link are named in a notice.
 */
import { describeIgnored, listParam, readUrlState, writeUrlState } from '../lib/url-state.ts';
import { showLinkNotice } from './link-notice.ts';

const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
if (form) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="kader"]')];
  const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
  const { values, ignored } = readUrlState(location.search, { kaders: listParam(boxes.map((b) => b.value)) });
  showLinkNotice(form, describeIgnored(ignored, 'deze vergelijking'));
  // Fewer than two known documents: show them all.
  const known = values.kaders ?? [];
  if (known.length >= 2) for (const box of boxes) box.checked = known.includes(box.value);

  const apply = () => {
    const chosen = boxes.filter((b) => b.checked);
    const columns = new Set(chosen.map((b) => b.dataset.column));
    for (const cell of document.querySelectorAll<HTMLElement>('table.compare [data-column]')) {
      cell.hidden = !columns.has(cell.dataset.column);
    }
    for (const row of document.querySelectorAll<HTMLElement>('[data-compare-row]')) {
      const texts = [...row.querySelectorAll<HTMLElement>('td[data-column]:not([hidden])')].map((td) => td.textContent?.trim());
      row.querySelector<HTMLElement>('[data-differs]')!.hidden = new Set(texts).size <= 1;
    }
    status.textContent = chosen.length < 2 ? 'Kies minstens twee kaders om ze te vergelijken.' : `${chosen.length} kaders naast elkaar.`;
    const query = chosen.length === boxes.length ? '' : writeUrlState({ kaders: chosen.map((b) => b.value) }, ['kaders']);
    history.replaceState(null, '', `${location.pathname}${query}`);
  };
  form.addEventListener('change', apply);
  apply();
}
