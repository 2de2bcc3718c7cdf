/**
 * /api/schema.json (src/lib/document/json-schema.ts, generated from the zod
 * schemas): every field explains itself in Dutch, taken from the schema's own
 * `.meta({ description })`, and the date and period fields carry a `pattern`
 * so an external JSON Schema validator agrees with `npm run check`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { contentJsonSchema } from '../../src/lib/document/json-schema.ts';
import { isIsoDate } from '../../src/lib/calendar-date.ts';
import { parsePeriod } from '../../src/lib/period.ts';
import { ISO_DATE_PATTERN, PERIOD_PATTERN, isoDate, period } from '../../src/schemas/fields.ts';
import { contentSchemas } from '../../src/schemas/index.ts';

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; items?: JsonSchema };

const schema = contentJsonSchema() as { $defs: Record<string, JsonSchema> };

/** Every property of every definition, with its dotted path ("kader.procurement.contract.start"); list items add "[]". */
function properties(node: JsonSchema, path: string, found: [string, JsonSchema][] = []): [string, JsonSchema][] {
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const sub of (node[key] as JsonSchema[] | undefined) ?? []) properties(sub, path, found);
  }
  if (node.items) properties(node.items, `${path}[]`, found);
  for (const [name, sub] of Object.entries(node.properties ?? {})) {
    found.push([`${path}.${name}`, sub]);
    properties(sub, `${path}.${name}`, found);
  }
  return found;
}

const all = Object.entries(schema.$defs).flatMap(([name, def]) => properties(def, name));
const description = (node: JsonSchema) => (typeof node.description === 'string' ? node.description.trim() : '');

/** Words that give an English description away (Dutch descriptions use none of them). */
const ENGLISH = /\b(?:the|and|when|which|with|from|should|must|where|this)\b/i;

describe('/api/schema.json explains every field in Dutch', () => {
  it('covers every content collection and the chapter files', () => {
    expect(Object.keys(schema.$defs).sort()).toEqual(['begrip', 'gemeente', 'hoofdstuk', 'kader', 'product', 'referentie', 'regio']);
    // One definition per collection, plus the chapter files: a new collection must be added here too.
    expect(Object.keys(schema.$defs)).toHaveLength(Object.keys(contentSchemas(() => z.never() as never)).length + 1);
    expect(all.length).toBeGreaterThan(200);
  });

  it('every property has a non-empty description', () => {
    expect(all.filter(([, node]) => description(node) === '').map(([path]) => path)).toEqual([]);
  });

  it('every description is Dutch', () => {
    expect(all.filter(([, node]) => ENGLISH.test(description(node))).map(([path, node]) => `${path}: ${description(node)}`)).toEqual([]);
  });

  it('a date or period field says what it is, not only how a date is written', () => {
    const generic = [z.globalRegistry.get(isoDate)?.description, z.globalRegistry.get(period)?.description];
    expect(generic.every(Boolean)).toBe(true);
    const dateFields = all.filter(([, node]) => node.pattern === ISO_DATE_PATTERN || node.pattern === PERIOD_PATTERN);
    expect(dateFields.length).toBeGreaterThan(10);
    expect(dateFields.filter(([, node]) => generic.includes(description(node))).map(([path]) => path)).toEqual([]);
  });

});

describe('date fields: an external validator agrees with npm run check', () => {
  const dateFields = all.filter(([, node]) => node.format === 'date');
  const pattern = new RegExp(ISO_DATE_PATTERN, 'u');

  it('every date field carries the pattern', () => {
    expect(dateFields.map(([path]) => path)).toEqual(expect.arrayContaining(['kader.lastUpdated', 'referentie.rows[].to']));
    // A contract starts and ends with the precision of the source (2018, eind-2025): those are period fields now.
    expect(dateFields.map(([path]) => path)).not.toContain('kader.procurement.contract.start');
    for (const [path, node] of dateFields) expect(node.pattern, path).toBe(ISO_DATE_PATTERN);
  });

  it.each([
    ['2007-11-22', true],
    ['22-11-2007', false],
    ['2007-11-2', false],
    ['2007-13-01', false],
    ['2007-11-22T10:00', false],
    ['2007', false],
  ])('%s: schema pattern %s, like npm run check', (value, accepted) => {
    expect(pattern.test(value)).toBe(accepted);
    expect(isoDate.safeParse(value).success).toBe(accepted);
  });

  it('accepts every date the checker accepts', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (date) => {
        const text = date.toISOString().slice(0, 10);
        return isIsoDate(text) && pattern.test(text);
      }),
    );
  });
});

describe('period fields: the pattern covers the notation of src/lib/period.ts', () => {
  const pattern = new RegExp(PERIOD_PATTERN, 'u');
  const withPattern = all.filter(([, node]) => node.pattern === PERIOD_PATTERN);
  // A period field, and inside it the `date` of an inferred date ({ date, inferred: { part, reason } }).
  const periodFields = withPattern.filter(([, node]) => Array.isArray(node.type) && node.type.includes('object'));
  const inferredDates = withPattern.filter(([path]) => !periodFields.some(([outer]) => outer === path));

  it('is on every period field, with whole years allowed as numbers and an inferred date as an object', () => {
    expect(periodFields.map(([path]) => path)).toEqual(expect.arrayContaining([
      'kader.published', 'kader.source.date', 'kader.milestones[].when', 'kader.versions[].date',
      'kader.procurement.contract.start', 'kader.procurement.contract.stated.initialEnd', 'kader.procurement.contract.stated.maxEnd',
      'kader.procurement.otherProcurements[].contract.start', 'kader.procurement.otherProcurements[].contractStart',
    ]));
    for (const [, node] of periodFields) {
      expect(node).toMatchObject({
        type: ['string', 'integer', 'object'], minimum: 1000, maximum: 9999,
        // The object form: both the date and what was inferred, and why; nothing else.
        required: ['date', 'inferred'], additionalProperties: false,
        properties: {
          date: { type: ['string', 'integer'], pattern: PERIOD_PATTERN },
          inferred: { required: ['part', 'reason'], properties: { part: { enum: ['jaar', 'maand', 'dag', 'datum'] } } },
        },
      });
    }
    // Every other node with the pattern is the `date` inside one of them.
    expect(inferredDates.map(([path]) => path).sort()).toEqual(periodFields.map(([path]) => `${path}.date`).sort());
  });

  it('the object form is what the checker accepts, and it needs a reason', () => {
    expect(period.safeParse({ date: '2024-03-21', inferred: { part: 'jaar', reason: 'De sessie staat in de planning van 2024.' } }).success).toBe(true);
    expect(period.safeParse({ date: '2024-03-21', inferred: { part: 'jaar' } }).success).toBe(false);
    expect(period.safeParse({ date: '2024-03-21', inferred: { part: 'week', reason: 'x' } }).success).toBe(false);
    expect(period.safeParse({ date: '2024-03-21', inferred: { part: 'jaar', reason: 'x' }, extra: 1 }).success).toBe(false);
  });

  it.each(['2024-04-23', '2024-05-21T12:00', '2024-W16', '2024-05', '2025-Q3', '2024', '2024-09/2024-10', '2025-Q2/2025-Q3', '2024-09 / 2024-10', 'eind-2025', '2024-09-26, 2024-10-24'])(
    'accepts %s',
    (value) => {
      expect(parsePeriod(value).ok).toBe(true);
      expect(pattern.test(value)).toBe(true);
    },
  );

  it.each(['22-11-2007', '2024-13', '2024-Q5', '2024-W60', '2024-05-21T25:00', '2024-05-21 12:00', 'Q3 2024', '2024/2025/2026', 'mei 2024', '', 'laat-2025', '2024-09, 2024-10'])(
    'rejects %s',
    (value) => {
      expect(parsePeriod(value).ok).toBe(false);
      expect(pattern.test(value)).toBe(false);
    },
  );

  // Candidates built from the notation's pieces, with numbers in and out of range.
  const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
  const point = fc.oneof(
    fc.tuple(two, two).map(([m, d]) => `2024-${m}-${d}`),
    fc.tuple(two, two, two, two).map(([m, d, h, min]) => `2024-${m}-${d}T${h}:${min}`),
    two.map((w) => `2024-W${w}`),
    two.map((m) => `2024-${m}`),
    fc.integer({ min: 0, max: 9 }).map((q) => `2025-Q${q}`),
    fc.integer({ min: 1990, max: 2030 }).map(String),
  );
  const candidate = fc.oneof(point, fc.tuple(point, point).map(([a, b]) => `${a}/${b}`));

  it('accepts everything parsePeriod accepts, and rejects only what a pattern can see', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        const result = parsePeriod(value);
        if (result.ok) return pattern.test(value);
        // What the pattern lets through, parsePeriod may still refuse for reasons a pattern cannot see.
        return !pattern.test(value) || /bestaat niet|het einde ligt vóór het begin/.test(result.error);
      }),
      { numRuns: 2000 },
    );
  });
});
