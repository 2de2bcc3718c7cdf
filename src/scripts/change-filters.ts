/** Region filter for /wijzigingen/, kept in the URL (?regio=…) so a filtered view can be shared. */
import { applyFilters, readFilterParams, writeFilterParams } from '../lib/filter-rows.ts';

const form = document.querySelector<HTMLFormElement>('[data-change-filters]');
if (form) {
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const count = form.querySelector<HTMLElement>('[data-filter-count]')!;
  const items = [...document.querySelectorAll<HTMLElement>('li[data-region]')];
  const fields = { regio: 'region' } as const;
  readFilterParams(location.search, selects);
  const apply = () => {
    const shown = applyFilters(items, selects, fields);
    for (const group of document.querySelectorAll<HTMLElement>('[data-year-group]')) {
      group.hidden = !group.querySelector('li[data-region]:not([hidden])');
    }
    count.textContent = `${shown} van de ${items.length} wijzigingen getoond`;
    history.replaceState(null, '', writeFilterParams(location.pathname, selects));
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
}
