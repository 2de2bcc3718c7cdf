/** Region and year filters for /planning/, kept in the URL (?regio=…&jaar=…) so a filtered view can be shared. */
const form = document.querySelector<HTMLFormElement>('[data-planning-filters]');
if (form) {
  const region = form.querySelector<HTMLSelectElement>('select[name="regio"]')!;
  const year = form.querySelector<HTMLSelectElement>('select[name="jaar"]')!;
  const count = form.querySelector<HTMLElement>('[data-filter-count]')!;
  const items = [...document.querySelectorAll<HTMLElement>('li[data-region]')];
  const params = new URLSearchParams(location.search);
  const valid = (select: HTMLSelectElement, value: string | null) => [...select.options].some((o) => o.value === value);
  if (valid(region, params.get('regio'))) region.value = params.get('regio')!;
  if (valid(year, params.get('jaar'))) year.value = params.get('jaar')!;

  const apply = () => {
    let shown = 0;
    for (const item of items) {
      const visible = (!region.value || item.dataset.region === region.value) && (!year.value || item.dataset.years!.split(' ').includes(year.value));
      item.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-year-group]')) {
      group.hidden = !group.querySelector('li[data-region]:not([hidden])');
    }
    count.textContent = `${shown} van de ${items.length} onderdelen getoond`;
    const next = new URLSearchParams();
    if (region.value) next.set('regio', region.value);
    if (year.value) next.set('jaar', year.value);
    history.replaceState(null, '', next.size ? `?${next}` : location.pathname);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
}
