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
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Stap</th>
            <th scope="col">Hoe berekend</th>
            <th scope="col" class="num">Uitkomst</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.step} data-step={row.step}>
              <th scope="row">{row.label}</th>
              <td>{row.formula}</td>
              <td class="num">{row.display}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {money && <p class="calc-rounding">Er wordt exact gerekend. Alleen wat u ziet is afgerond: bedragen afgerond op centen, half van nul af (€ 0,005 wordt € 0,01).</p>}
    </div>
  );
}
