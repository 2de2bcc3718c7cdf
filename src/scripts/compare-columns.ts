/** Shows only the chosen frameworks on /vergelijk/ (?kaders=a,b) and marks rows whose visible cells differ. */
const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
if (form) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="kader"]')];
  const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
  const wanted = new URLSearchParams(location.search).get('kaders')?.split(',').filter(Boolean) ?? [];
  const known = wanted.filter((slug) => boxes.some((b) => b.value === slug));
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
    const query = chosen.length === boxes.length ? '' : `?kaders=${chosen.map((b) => b.value).join(',')}`;
    history.replaceState(null, '', `${location.pathname}${query}`);
  };
  form.addEventListener('change', apply);
  apply();
}
