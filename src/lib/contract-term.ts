/**
 * Contract terms: a start date, an initial term and extension options.
 * A term of N months that starts on 1 januari 2025 ends the day before the
 * same date N months later (4 jaar → 31 december 2028), which is how the
 * sources state their end dates ("tot en met 31 december 2037").
 */
import { addDays, addMonths, type IsoDate } from './calendar-date.ts';

/** A length written as whole years or whole months (one of both). */
export interface TermLength {
  years?: number;
  months?: number;
}

export function lengthInMonths(length: TermLength): number {
  return (length.years ?? 0) * 12 + (length.months ?? 0);
}

/**
 * Dutch label: "4 jaar", "6 maanden", "1 jaar en 6 maanden". A length the
 * source gives in months alone keeps its unit ("maximaal 48 maanden", not "4 jaar").
 */
export function formatLength(length: TermLength | number): string {
  if (typeof length === 'object' && length.years === undefined && length.months !== undefined && length.months > 0) {
    return `${length.months} ${length.months === 1 ? 'maand' : 'maanden'}`;
  }
  const months = typeof length === 'number' ? length : lengthInMonths(length);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts: string[] = [];
  if (years > 0) parts.push(`${years} jaar`);
  if (rest > 0) parts.push(`${rest} ${rest === 1 ? 'maand' : 'maanden'}`);
  return parts.length ? parts.join(' en ') : '0 maanden';
}

export interface TermSegment {
  kind: 'initieel' | 'verlenging';
  /** 1-based number of the extension; 0 for the initial term. */
  index: number;
  start: IsoDate;
  end: IsoDate;
  months: number;
}

export interface ContractTerm {
  start: IsoDate;
  initialEnd: IsoDate;
  segments: TermSegment[];
  maxEnd: IsoDate;
  totalMonths: number;
}

/** Last day of a term of `months` months that starts on `start`. */
export function termEnd(start: IsoDate, months: number): IsoDate {
  return addDays(addMonths(start, months), -1);
}

export function computeContractTerm(
  start: IsoDate,
  initialTerm: TermLength,
  extensions: readonly TermLength[] = [],
): ContractTerm {
  const initialMonths = lengthInMonths(initialTerm);
  if (initialMonths <= 0) throw new RangeError('De initiële looptijd moet minstens één maand zijn.');
  const segments: TermSegment[] = [
    { kind: 'initieel', index: 0, start, end: termEnd(start, initialMonths), months: initialMonths },
  ];
  let months = initialMonths;
  extensions.forEach((extension, i) => {
    const extensionMonths = lengthInMonths(extension);
    if (extensionMonths <= 0) throw new RangeError(`Verlenging ${i + 1} moet minstens één maand zijn.`);
    // Each extension starts the day after the previous segment ends; computing
    // from the original start avoids drift from month-end clamping.
    const segmentStart = addMonths(start, months);
    months += extensionMonths;
    segments.push({ kind: 'verlenging', index: i + 1, start: segmentStart, end: termEnd(start, months), months: extensionMonths });
  });
  return {
    start,
    initialEnd: segments[0]!.end,
    segments,
    maxEnd: segments[segments.length - 1]!.end,
    totalMonths: months,
  };
}
