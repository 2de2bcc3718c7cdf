import '../../styles/tables.css';

/** "Zo is het berekend": every step, the formula in words with the numbers, and the value. */
export interface StepRow {
  readonly step: string;
  readonly label: string;
  readonly formula: string;
  readonly display: string;
}

export function BreakdownTable(props: { readonly rows: readonly StepRow[]; readonly caption?: string; readonly money?: boolean }) {
  const { rows, caption = 'Zo is het berekend', money = true } = props;
  return (
    <div class="table-scroll calc-breakdown">
      {/* Stacked per step on narrow screens (src/styles/tables.css), so the result stays on screen at 320 px. */}
      <table class="stack" role="table">
        <caption>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">Stap</th>
            <th scope="col" role="columnheader">Hoe berekend</th>
            <th scope="col" role="columnheader" class="num">Uitkomst</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr role="row" key={row.step} data-step={row.step}>
              <th scope="row" role="rowheader">{row.label}</th>
              <td role="cell" data-label="Hoe berekend">{row.formula}</td>
              <td role="cell" data-label="Uitkomst" class="num">{row.display}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {money && <p class="calc-rounding">Er wordt exact gerekend. Alleen wat u ziet is afgerond: bedragen afgerond op centen, half van nul af (€ 0,005 wordt € 0,01).</p>}
    </div>
  );
}
