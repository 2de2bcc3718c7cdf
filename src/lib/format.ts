/**
 * nl-NL number formatting in one place, so the build and the browser islands
 * show the same digits. Intl separators differ between ICU versions (narrow
 * vs. normal no-break space), so the output is normalised to plain spaces.
 */
const nl = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('nl-NL', options);

function normaliseSpaces(s: string): string {
  return s.replace(/[\u00a0\u202f]/g, ' ');
}

/** 1066743 → "1.066.743"; 18.3 → "18,3". */
export function formatNumber(n: number, maximumFractionDigits = 2): string {
  return normaliseSpaces(nl({ maximumFractionDigits }).format(n));
}

/** Whole euros: 1066743 → "€ 1.066.743". */
export function formatEuro(n: number, fractionDigits = 0): string {
  return `€ ${formatNumber(n, fractionDigits).replace(/^-/, '−')}`;
}

/** 18.3 (million) → "€ 18,3 miljoen". */
export function formatEuroMillions(millions: number): string {
  return `€ ${formatNumber(millions, 3)} miljoen`;
}

/** 5 → "5%"; 0.5 → "0,5%". */
export function formatPercentage(n: number): string {
  return `${formatNumber(n, 2)}%`;
}
