/**
 * Select filters for the overview lists (/planning/, /percelen/,
 * /wijzigingen/), configured on the form:
 *   data-list-filters data-items="li[data-region]" data-fields='{"regio":"region"}'
 *   data-noun="onderdelen" data-groups="[data-year-group]" (optional)
 * The choice is kept in the URL so a filtered view can be shared; what the
 * link held that was not used is shown in a notice above the form.
 */
import { applyFilters, readFilterParams, writeFilterParams } from '../lib/filter-rows.ts';
import { showLinkNotice } from './link-notice.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-list-filters]')) {
  const { items: itemSelector = '', fields: fieldsJson = '{}', noun = 'onderdelen', groups: groupSelector } = form.dataset;
  const fields = JSON.parse(fieldsJson) as Record<string, string>;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const items = [...document.querySelectorAll<HTMLElement>(itemSelector)];
  showLinkNotice(form, readFilterParams(location.search, selects));
  const apply = () => {
    const shown = applyFilters(items, selects, fields);
    if (groupSelector) {
      for (const group of document.querySelectorAll<HTMLElement>(groupSelector)) {
        group.hidden = !items.some((item) => !item.hidden && group.contains(item));
      }
    }
    if (count) count.textContent = `${shown} van de ${items.length} ${noun} getoond`;
    history.replaceState(null, '', writeFilterParams(location.pathname, selects));
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
