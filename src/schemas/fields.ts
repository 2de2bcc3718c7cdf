/**
 * Field types shared by every content schema. Each one accepts what authors
 * naturally write in YAML frontmatter (YAML turns 2025-01-01 into a Date and
 * 2024 into a number) and explains in Dutch what it expected when it fails.
 */
import { z } from 'astro/zod';
import { isIsoDate } from '../lib/calendar-date.ts';
import { INFERRED_PARTS, parsePeriod, type InferredPart, type Period } from '../lib/period.ts';
import { boundProblems } from '../lib/bound.ts';
import { lengthInMonths } from '../lib/contract-term.ts';
import { CERTAINTIES } from '../lib/certainty.ts';

/** Collections that other content can point at. */
export type CollectionName = 'regios' | 'gemeenten' | 'producten' | 'kaders' | 'begrippen';

/**
 * Builds the schema of a reference to an entry of another collection. Astro's
 * `reference()` is passed in by the content config; the standalone checker
 * passes one that also verifies the entry exists.
 */
export type ReferenceFactory = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }>;

function received(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `'${value}'`;
  if (value === undefined) return 'niets';
  return JSON.stringify(value) ?? String(value);
}

function toText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return value;
}

const DAY = String.raw`\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])`;
/** JSON Schema `pattern` of a calendar date (2025-01-01); the checker also rejects days that do not exist. */
export const ISO_DATE_PATTERN = `^${DAY}$`;

/**
 * JSON Schema `pattern` of the period notation of src/lib/period.ts: a day (with an optional
 * time), a week, a month, a quarter or a year, or two of them with a slash in between; part of a
 * year (eind-2025); or separate days with commas in between.
 * parsePeriod also rejects what a pattern cannot see: days and weeks that do not exist, an end before the start.
 */
const POINT = String.raw`\d{4}(?:-(?:(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d)?)?|W(?:0[1-9]|[1-4]\d|5[0-3])|Q[1-4]))?`;
const DAY_POINT = String.raw`\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d)?`;
export const PERIOD_PATTERN = String.raw`^(?:${POINT}(?:\s*/\s*${POINT})?|(?:begin|medio|eind)-\d{4}|${DAY_POINT}(?:\s*,\s*${DAY_POINT})+)$`;

/** A calendar date written as 2025-01-01 (stored as that string). */
export const isoDate = z.unknown().transform((value, ctx) => {
  const text = toText(value);
  if (typeof text === 'string' && isIsoDate(text.trim())) return text.trim();
  ctx.addIssue({ code: 'custom', message: `verwacht een datum als 2025-01-01, kreeg ${received(value)}` });
  return z.NEVER;
}).meta({ type: 'string', format: 'date', pattern: ISO_DATE_PATTERN, description: 'Datum als JJJJ-MM-DD' });

/** The notation of a date or period, parsed with its precision (src/lib/period.ts). */
function parsedPeriod(value: unknown, ctx: z.RefinementCtx): Period | typeof z.NEVER {
  const text = toText(value);
  if (typeof text !== 'string') {
    ctx.addIssue({ code: 'custom', message: `verwacht een datum of periode zoals 2024-05 of 2025-Q2/2025-Q3, kreeg ${received(value)}` });
    return z.NEVER;
  }
  const result = parsePeriod(text);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.error });
    return z.NEVER;
  }
  return result.period;
}

/**
 * A date or period with its precision; see src/lib/period.ts for the notation.
 * Where the author filled in what the source leaves out (a year, a month from a
 * planning table), write `{ date: 2024-03-21, inferred: { part: jaar, reason: "…" } }`.
 */
export const period = z.unknown().transform((value, ctx): Period => {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const { date, inferred, ...rest } = value as Record<string, unknown>;
    const unknownKeys = Object.keys(rest);
    if (unknownKeys.length > 0) {
      ctx.addIssue({ code: 'custom', message: `onbekend veld ${unknownKeys.map((k) => `'${k}'`).join(', ')}; een afgeleide datum heeft alleen 'date' en 'inferred'` });
      return z.NEVER;
    }
    const parsed = parsedPeriod(date, ctx);
    if (parsed === z.NEVER) return z.NEVER;
    const why = inferred as { part?: unknown; reason?: unknown } | undefined;
    if (!why || typeof why !== 'object' || !(INFERRED_PARTS as readonly unknown[]).includes(why.part) || typeof why.reason !== 'string' || why.reason.trim() === '') {
      ctx.addIssue({ code: 'custom', message: `een afgeleide datum noemt wat is afgeleid en waarom: inferred: { part: ${INFERRED_PARTS.join(' | ')}, reason: "…" }` });
      return z.NEVER;
    }
    return { ...parsed, inferred: { part: why.part as InferredPart, reason: why.reason.trim() } };
  }
  return parsedPeriod(value, ctx);
}).meta({
  // A year may be written without quotes (YAML reads `2024` as a number); the checker accepts that too.
  // An inferred date is an object. Each keyword below applies only to its own type.
  type: ['string', 'integer', 'object'],
  pattern: PERIOD_PATTERN,
  minimum: 1000,
  maximum: 9999,
  properties: {
    date: { type: ['string', 'integer'], pattern: PERIOD_PATTERN, description: 'De datum of periode zoals de auteur die invult' },
    inferred: {
      type: 'object',
      description: 'Wat de auteur heeft afgeleid omdat de bron het niet noemt, en waarom',
      properties: {
        part: { enum: [...INFERRED_PARTS], description: 'Welk deel is afgeleid: jaar, maand, dag of de hele datum' },
        reason: { type: 'string', minLength: 1, description: 'Waarom de auteur dit afleidt' },
      },
      required: ['part', 'reason'],
      additionalProperties: false,
    },
  },
  required: ['date', 'inferred'],
  additionalProperties: false,
  description: 'Datum of periode met eerlijke precisie: 2024-04-23, 2024-05-21T12:00, 2024-W16, 2024-05, 2024-Q3, 2024, eind-2025, een periode A/B zoals 2024-09/2024-10, losse data zoals "2024-09-26, 2024-10-24"; of { date, inferred: { part, reason } } voor een afgeleide datum',
  examples: ['2024-04-23', '2024-W16', '2024-09/2024-10', '2025-Q2/2025-Q3', 'eind-2025'],
});

/** Non-empty text; stray spaces are trimmed. */
export const text = z
  .string()
  .trim()
  .min(1, { error: 'mag niet leeg zijn' });

/** A lowercase identifier used in URLs and anchors, e.g. "specialistische-begeleiding". */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => `verwacht een id van kleine letters, cijfers en streepjes (zoals 'begeleiding-groep'), kreeg ${received(issue.input)}`,
  });

/** Whole, non-negative count. */
export const count = z
  .number()
  .int({ error: 'verwacht een heel getal' })
  .nonnegative({ error: (issue) => `mag niet negatief zijn, kreeg ${received(issue.input)}` });

/** A term length: whole years or whole months, e.g. `{ years: 4 }` or `{ months: 48 }`. */
export const termLength = z
  .strictObject({
    years: count.max(50, { error: 'meer dan 50 jaar is niet realistisch' }).optional().meta({ description: 'Aantal jaren.' }),
    months: count.max(600, { error: 'meer dan 600 maanden is niet realistisch' }).optional().meta({ description: 'Aantal maanden (in plaats van of naast jaren).' }),
  })
  .refine((v) => (v.years ?? 0) + (v.months ?? 0) > 0, {
    error: 'verwacht een looptijd in jaren of maanden, zoals { years: 4 } of { months: 6 }',
  });

/**
 * A quantity as the source bounds it: `{ exact: 4 }`, `{ max: 48, openEnded: true }`
 * ("maximaal 48, mogelijk meer"), `{ min: 12, max: 15, approx: true }` ("circa 12 à 15").
 */
export function bound<T extends z.ZodType>(value: T, size: (v: z.output<T>) => number) {
  return z
    .strictObject({
      exact: value.optional().meta({ description: 'Precies deze waarde.' }),
      min: value.optional().meta({ description: 'Minstens deze waarde.' }),
      max: value.optional().meta({ description: 'Hoogstens deze waarde ("maximaal").' }),
      /** "circa": an estimate. */
      approx: z.boolean().optional().meta({ description: 'true als de bron een schatting geeft ("circa", "ongeveer").' }),
      /** May go beyond the bound ("mogelijk langer"), or has no upper limit ("geen maximum"). */
      openEnded: z.boolean().optional().meta({ description: 'true als het verder kan gaan ("mogelijk langer") of er geen bovengrens is ("geen maximum").' }),
    })
    .superRefine((b, ctx) => {
      for (const message of boundProblems<z.output<T>>(b as never, size)) ctx.addIssue({ code: 'custom', message });
    });
}

/** A term length with its bound, e.g. `{ exact: { years: 4 } }` or `{ max: { months: 48 }, openEnded: true }`. */
export const termBound = bound(termLength, lengthInMonths).meta({ description: 'Een looptijd met de grens die de bron geeft: exact, min, max, approx (circa) en openEnded (mogelijk langer).' });
/** A count with its bound, e.g. `{ min: 12, max: 15, approx: true }`. */
export const countBound = bound(count, (n) => n).meta({ description: 'Een aantal met de grens die de bron geeft: exact, min, max, approx (circa) en openEnded (geen maximum, mogelijk meer).' });

/**
 * How firmly the document says it (src/lib/certainty.ts). Required wherever it
 * applies: no default may turn an intention into a decision.
 */
export const certainty = oneOf(CERTAINTIES).meta({ description: 'Hoe zeker het document dit zegt: vastgesteld, voornemen, mogelijk, in-onderzoek of onbekend.' });

export const DOMAINS = ['Wmo', 'Jeugdhulp'] as const;
export const domain = z.enum(DOMAINS, {
  error: (issue) => `verwacht 'Wmo' of 'Jeugdhulp', kreeg ${received(issue.input)}`,
});

/** An enum whose Dutch error lists the allowed values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `verwacht een van ${values.map((v) => `'${v}'`).join(', ')}; kreeg ${received(issue.input)}`,
  });
}

export { received };
