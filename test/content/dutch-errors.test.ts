/**
 * withDutchErrors (src/schemas/dutch-errors.ts): Dutch messages that survive
 * an error map passed to the parse, as Astro passes one on every entry, while
 * the wrapped schema's output and JSON Schema stay its own.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'astro/zod';
import { dutchErrorMap, withDutchErrors } from '../../src/schemas/dutch-errors.ts';
import { chapterSchema, contentSchemas, type ReferenceFactory } from '../../src/schemas/index.ts';
import { municipalitySchema } from '../../src/schemas/places.ts';

/** Stands in for Astro's error map (astro/dist/content/utils.js), which answers every issue in English. */
const englishMap = (issue: { code: string }) => `English for ${issue.code}`;

const ref: ReferenceFactory = (collection) => z.string().transform((id) => ({ id, collection }));

describe('withDutchErrors', () => {
  it('keeps Dutch messages and their paths when the caller passes its own error map', () => {
    const wrapped = withDutchErrors(municipalitySchema);
    const result = wrapped.safeParse({ province: 'Gelderland', aliases: 'AG', extra: 1 }, { error: englishMap });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toContainEqual(['name', 'dit veld ontbreekt; verwacht tekst']);
    expect(issues).toContainEqual(['aliases', 'verwacht een lijst (regels die beginnen met "- " of [a, b]), kreeg \'AG\'']);
    expect(issues).toContainEqual(['', expect.stringContaining("onbekend veld 'extra'")]);
    expect(result.error!.issues.map((i) => i.message).join('\n')).not.toContain('English');
  });

  it('the raw schema under the same parse would show the caller\'s English (why the wrapper exists)', () => {
    const result = municipalitySchema.safeParse({ province: 'Gelderland', aliases: 'AG' }, { error: englishMap });
    expect(result.error!.issues.map((i) => i.message)).toContain('English for invalid_type');
  });

  it('keeps a schema\'s own messages (enums, refinements) and falls back to zod\'s Dutch locale', () => {
    const wrapped = withDutchErrors(municipalitySchema);
    const result = wrapped.safeParse({ name: 'X', province: 'Brabant' }, { error: englishMap });
    expect(result.error!.issues[0]!.message).toMatch(/^verwacht een van 'Drenthe', .*kreeg 'Brabant'$/);
    expect(dutchErrorMap({ code: 'too_big', origin: 'number', maximum: 3, inclusive: true, input: 4 } as never)).toMatch(/^Te groot/);
  });

  it('describes a failed union in Dutch', () => {
    const lot = { id: 'a', name: 'A', domain: 'Wmo', scope: 'regionaal', certainty: 'vastgesteld', number: [1] };
    const base = { title: 'T', shortTitle: 'T', documentType: 'inkoopkader', status: 'concept', published: '2024', publisher: 'P', region: 'r', municipalities: ['m'], domains: ['Wmo'], traject: 't', source: { title: 'S', publisher: 'P', date: '2024', file: 'f.txt' }, summary: 'S', procurement: { method: 'aanbesteding', methodLabel: 'A', contract: null } };
    const result = withDutchErrors(contentSchemas(ref).kaders).safeParse({ ...base, lots: [lot] }, { error: englishMap });
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['lots.0.number', 'verwacht een getal of tekst, kreeg een lijst']]);
  });

  it('returns what the wrapped schema returns: transforms run once, defaults are filled in', () => {
    const kader = contentSchemas(ref).kaders;
    const data = { title: 'T', shortTitle: 'T', documentType: 'inkoopkader', status: 'concept', published: '2024-05', publisher: 'P', region: 'r', municipalities: ['m'], domains: ['Wmo'], traject: 't', source: { title: 'S', publisher: 'P', date: new Date('2024-05-01'), file: 'f.txt' }, summary: 'S', procurement: { method: 'aanbesteding', methodLabel: 'A', contract: null } };
    const wrapped = withDutchErrors(kader).parse(data, { error: englishMap });
    expect(wrapped).toEqual(kader.parse(data));
    expect(wrapped.region).toEqual({ id: 'r', collection: 'regios' });
    expect(wrapped.lots).toEqual([]);
    expectTypeOf(wrapped).toEqualTypeOf<z.output<typeof kader>>();
  });

  it('keeps the JSON Schema of the wrapped schema (Astro writes one per collection)', () => {
    const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    expect(json(withDutchErrors(chapterSchema))).toEqual(json(chapterSchema));
    expect(json(withDutchErrors(municipalitySchema))).toEqual(json(municipalitySchema));
  });

  it('parses a schema with an asynchronous part asynchronously, still in Dutch', async () => {
    const slow = z.strictObject({ name: z.string().refine(async (v) => v.length > 1, { error: 'te kort' }), count: z.number() });
    const result = await withDutchErrors(slow).safeParseAsync({ name: 'x', count: 'drie' }, { error: englishMap });
    const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues.sort()).toEqual([
      ['count', "verwacht een getal, kreeg 'drie'"],
      ['name', 'te kort'],
    ]);
    expect((await withDutchErrors(slow).safeParseAsync({ name: 'xy', count: 3 })).data).toEqual({ name: 'xy', count: 3 });
  });
});
