/** Municipality, product and domain filters for /percelen/, kept in the URL so a view can be shared. */
import { applyFilters, readFilterParams, writeFilterParams } from '../lib/filter-rows.ts';

const form = document.querySelector<HTMLFormElement>('[data-offer-filters]');
if (form) {
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const count = form.querySelector<HTMLElement>('[data-filter-count]')!;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-municipalities]')];
  const fields = { gemeente: 'municipalities', product: 'products', domein: 'domains' } as const;
  readFilterParams(location.search, selects);
  const apply = () => {
    const shown = applyFilters(rows, selects, fields);
    count.textContent = `${shown} van de ${rows.length} rijen getoond`;
    history.replaceState(null, '', writeFilterParams(location.pathname, selects));
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
}
