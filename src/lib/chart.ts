/**
 * Geometry for the build-time charts of figure tables (no chart JavaScript
 * is shipped): horizontal bars per column, or one line per row over the
 * columns (years). Scales and "nice" ticks come from d3-scale.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { formatNumber } from './decimal-input.ts';
import type { Figure } from '../schemas/figure.ts';

export interface BarChart {
  kind: 'staaf';
  columnKey: string;
  title: string;
  width: number;
  height: number;
  labelWidth: number;
  bars: { label: string; value: number; valueText: string; y: number; width: number }[];
  ticks: { x: number; text: string }[];
  barHeight: number;
}

export interface LineChart {
  kind: 'lijn';
  title: string;
  width: number;
  height: number;
  xLabels: { x: number; text: string }[];
  yTicks: { y: number; text: string }[];
  series: { label: string; path: string; points: { x: number; y: number; valueText: string }[]; lastPoint: { x: number; y: number } }[];
}

const WIDTH = 640;
const BAR = 26;
const GAP = 10;

const unitText: Record<Figure['columns'][number]['unit'], string> = {
  euro: '€',
  'duizend-euro': '× € 1.000',
  'miljoen-euro': '× € 1 miljoen',
  aantal: 'aantal',
  procent: '%',
};

function barChart(figure: Figure, column: Figure['columns'][number]): BarChart | null {
  const rows = figure.rows.filter((r) => typeof r.values[column.key] === 'number');
  if (rows.length < 2) return null;
  const labelWidth = 220;
  const max = Math.max(...rows.map((r) => r.values[column.key] as number));
  const x = scaleLinear().domain([0, max || 1]).range([0, WIDTH - labelWidth - 90]).nice();
  const options = { maximumDecimals: 3, minimumDecimals: column.decimals ?? 0 };
  return {
    kind: 'staaf',
    columnKey: column.key,
    title: `${column.label} (${unitText[column.unit]})`,
    width: WIDTH,
    height: rows.length * (BAR + GAP) + 40,
    labelWidth,
    barHeight: BAR,
    bars: rows.map((r, i) => {
      const value = r.values[column.key] as number;
      return { label: r.label, value, valueText: formatNumber(value, options), y: i * (BAR + GAP) + 10, width: Math.max(x(value), value > 0 ? 1 : 0) };
    }),
    ticks: x.ticks(4).map((t) => ({ x: x(t), text: formatNumber(t, { maximumDecimals: 3 }) })),
  };
}

function lineChart(figure: Figure): LineChart | null {
  const numeric = figure.rows.filter((r) => figure.columns.filter((c) => typeof r.values[c.key] === 'number').length >= 2);
  if (numeric.length === 0) return null;
  const height = 280;
  const margin = { left: 50, right: 110, top: 16, bottom: 36 };
  const x = scalePoint<string>().domain(figure.columns.map((c) => c.key)).range([margin.left, WIDTH - margin.right]);
  const values = numeric.flatMap((r) => figure.columns.map((c) => r.values[c.key]).filter((v): v is number => typeof v === 'number'));
  const y = scaleLinear().domain([0, Math.max(...values)]).range([height - margin.bottom, margin.top]).nice();
  const decimals = Math.max(...figure.columns.map((c) => c.decimals ?? 0));
  return {
    kind: 'lijn',
    title: `${figure.title} (${unitText[figure.columns[0]!.unit]})`,
    width: WIDTH,
    height,
    xLabels: figure.columns.map((c) => ({ x: x(c.key)!, text: c.label })),
    yTicks: y.ticks(5).map((t) => ({ y: y(t), text: formatNumber(t, { maximumDecimals: 3 }) })),
    series: numeric.map((r) => {
      const points = figure.columns
        .filter((c) => typeof r.values[c.key] === 'number')
        .map((c) => ({ x: x(c.key)!, y: y(r.values[c.key] as number), valueText: formatNumber(r.values[c.key] as number, { maximumDecimals: 3, minimumDecimals: decimals }) }));
      const path = line<{ x: number; y: number }>().x((p) => p.x).y((p) => p.y)(points) ?? '';
      return { label: r.label, path, points, lastPoint: points[points.length - 1]! };
    }),
  };
}

/** The charts of a figure, per its `chart` setting; empty when nothing is worth drawing. */
export function figureCharts(figure: Figure): (BarChart | LineChart)[] {
  if (figure.chart === 'geen') return [];
  if (figure.chart === 'lijn') {
    const chart = lineChart(figure);
    return chart ? [chart] : [];
  }
  return figure.columns.map((c) => barChart(figure, c)).filter((c): c is BarChart => c !== null);
}

/** CSV for spreadsheet users in the Netherlands: semicolons, decimal comma, units in the header. */
export function figureCsv(figure: Figure): string {
  const escape = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const number = (v: number | null | undefined) => (typeof v === 'number' ? String(v).replace('.', ',') : '');
  const header = ['Onderdeel', ...figure.columns.map((c) => `${c.label} (${unitText[c.unit]})`)];
  const lines = [header, ...figure.rows.map((r) => [r.label, ...figure.columns.map((c) => number(r.values[c.key]))])];
  if (figure.total) {
    lines.push([
      figure.total.kind && Object.values(figure.total.kind).includes('geen-som') ? `${figure.total.label} (niet elke kolom is een optelsom)` : figure.total.label,
      ...figure.columns.map((c) => number(figure.total!.values[c.key])),
    ]);
  }
  return `\uFEFF${lines.map((l) => l.map(escape).join(';')).join('\r\n')}\r\n`;
}
