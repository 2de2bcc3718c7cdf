/** Build-time chart geometry and CSV export of figure tables. */
import { describe, expect, it } from 'vitest';
import { figureSchema } from '../../src/schemas/figure.ts';
import { figureCharts, figureCsv } from '../../src/lib/chart.ts';

const kampen = figureSchema.parse({
  id: 'omzet',
  title: 'Omzet 2023',
  year: 2023,
  columns: [
    { key: 'omzet', label: 'Omzet', unit: 'euro' },
    { key: 'indicaties', label: 'Indicaties', unit: 'aantal' },
  ],
  rows: [
    { label: 'Begeleiding', values: { omzet: 3524317, indicaties: 1159 } },
    { label: 'Kortdurend; verblijf', values: { omzet: 672, indicaties: 1 } },
  ],
  total: { values: { omzet: 3524989, indicaties: 1000 }, kind: { omzet: 'som', indicaties: 'geen-som' } },
});

describe('figureCharts', () => {
  it('draws one bar chart per column, bars proportional to the values', () => {
    const charts = figureCharts(kampen);
    expect(charts).toHaveLength(2);
    const omzet = charts[0]!;
    if (omzet.kind !== 'staaf') throw new Error('expected bars');
    const [big, small] = omzet.bars;
    expect(big!.valueText).toBe('3.524.317');
    expect(big!.width).toBeGreaterThan(250);
    // 672 against 3.5 million is below a pixel; it is still drawn, 1 px wide, with its value beside it.
    expect(small!.width).toBe(1);
    expect(small!.valueText).toBe('672');
    expect(omzet.ticks.every((t) => !t.text.includes('NaN'))).toBe(true);
  });

  it('draws one line per row over the columns for a line chart', () => {
    const frame = figureSchema.parse({
      id: 'kader',
      title: 'Financieel kader',
      year: '2015-2017',
      chart: 'lijn',
      columns: ['2015', '2016', '2017'].map((y) => ({ key: `j${y}`, label: y, unit: 'miljoen-euro', decimals: 1 })),
      rows: [{ label: 'Wmo', values: { j2015: 45.7, j2016: 42.0, j2017: 40.0 } }],
    });
    const [chart] = figureCharts(frame);
    if (chart?.kind !== 'lijn') throw new Error('expected a line');
    expect(chart.series[0]!.points.map((p) => p.valueText)).toEqual(['45,7', '42,0', '40,0']);
    expect(chart.series[0]!.path).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('draws nothing for chart: geen or a single row', () => {
    expect(figureCharts({ ...kampen, chart: 'geen' })).toEqual([]);
    expect(figureCharts({ ...kampen, rows: kampen.rows.slice(0, 1) })).toEqual([]);
  });
});

describe('figureCsv', () => {
  it('writes a Dutch spreadsheet CSV with units, escaping and the total', () => {
    const csv = figureCsv(kampen);
    expect(csv.startsWith('\uFEFFOnderdeel;Omzet (€);Indicaties (aantal)\r\n')).toBe(true);
    expect(csv).toContain('Begeleiding;3524317;1159\r\n');
    expect(csv).toContain('"Kortdurend; verblijf";672;1\r\n');
    expect(csv).toContain('Totaal (niet elke kolom is een optelsom);3524989;1000\r\n');
  });
});
