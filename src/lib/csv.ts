/**
 * CSV (RFC 4180) for the open-data downloads of the national overviews:
 * comma-separated, CRLF line ends, every field quoted when it holds a
 * comma, quote or line break. A field that a spreadsheet would run as a
 * formula (starting with =, +, - or @) gets a leading apostrophe, unless
 * it is a plain number or an ISO date.
 */
export type CsvValue = string | number | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`CSV-veld is geen eindig getal: ${value}`);
    return String(value);
  }
  const text = FORMULA.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`CSV-rij ${i + 1} heeft ${row.length} velden, de kop ${header.length}`);
  }
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
