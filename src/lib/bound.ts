/**
 * Bounds on a quantity as the source gives them: exact ("4 jaar"), at most
 * ("maximaal 48 maanden"), at least ("minimaal drie"), about ("circa 12 à
 * 15"), a range, and open ends ("mogelijk langer", "geen maximum"). Only an
 * exact bound has one value a computation may use.
 */
export interface Bound<T> {
  exact?: T;
  min?: T;
  max?: T;
  /** "circa": the source gives an estimate. */
  approx?: boolean;
  /** The source says it may go beyond the bound ("mogelijk langer") or that there is no upper limit ("geen maximum"). */
  openEnded?: boolean;
}

export type BoundKind = 'exact' | 'max' | 'min' | 'range';

export function boundKind(bound: Bound<unknown>): BoundKind {
  if (bound.exact !== undefined) return 'exact';
  if (bound.min !== undefined && bound.max !== undefined) return 'range';
  return bound.max !== undefined ? 'max' : 'min';
}

/** Problems with a bound as written, in Dutch (empty when sound). */
export function boundProblems<T>(bound: Bound<T>, size?: (value: T) => number): string[] {
  const hasExact = bound.exact !== undefined;
  const hasRange = bound.min !== undefined || bound.max !== undefined;
  if (hasExact && hasRange) return ["geef óf 'exact', óf 'min' en/of 'max', niet beide"];
  if (!hasExact && !hasRange) return ["geef een getal: 'exact', 'min' of 'max' (bijvoorbeeld max: 48)"];
  if (size && bound.min !== undefined && bound.max !== undefined && size(bound.min) > size(bound.max)) return ["'min' is groter dan 'max'"];
  return [];
}

/** The one value a computation may use: only an exact, not approximate, bound that does not run on. */
export function determinate<T>(bound: Bound<T> | null | undefined): T | undefined {
  if (!bound || bound.approx || bound.openEnded) return undefined;
  return bound.exact;
}

export interface BoundWords {
  /** What "more" is for this quantity: "langer" for a term, "meer" for a count. */
  more: string;
}

/**
 * Dutch text: "4 jaar", "maximaal 48 maanden, mogelijk langer", "minimaal 3,
 * geen maximum", "circa 12 à 15", "12 tot en met 15".
 */
export function formatBound<T>(bound: Bound<T>, format: (value: T) => string, words: BoundWords = { more: 'meer' }): string {
  const circa = bound.approx ? 'circa ' : '';
  switch (boundKind(bound)) {
    case 'exact':
      return `${circa}${format(bound.exact!)}${bound.openEnded ? `, mogelijk ${words.more}` : ''}`;
    case 'max':
      return `${circa ? 'circa ' : ''}maximaal ${format(bound.max!)}${bound.openEnded ? `, mogelijk ${words.more}` : ''}`;
    case 'min':
      return `${circa}minimaal ${format(bound.min!)}${bound.openEnded ? ', geen maximum' : ''}`;
    case 'range':
      return bound.approx
        ? `circa ${format(bound.min!)} à ${format(bound.max!)}${bound.openEnded ? `, mogelijk ${words.more}` : ''}`
        : `${format(bound.min!)} tot en met ${format(bound.max!)}${bound.openEnded ? `, mogelijk ${words.more}` : ''}`;
  }
}

/** The bound as open data: its kind and values, never an invented exact value. */
export function boundRecord<T, U>(bound: Bound<T>, map: (value: T) => U): { kind: BoundKind; exact?: U; min?: U; max?: U; approx: boolean; openEnded: boolean } {
  return {
    kind: boundKind(bound),
    ...(bound.exact !== undefined ? { exact: map(bound.exact) } : {}),
    ...(bound.min !== undefined ? { min: map(bound.min) } : {}),
    ...(bound.max !== undefined ? { max: map(bound.max) } : {}),
    approx: bound.approx ?? false,
    openEnded: bound.openEnded ?? false,
  };
}
