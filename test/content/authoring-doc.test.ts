/**
 * docs/authoring.md must not drift from the code: every field of every
 * content schema (walked from the zod schemas as JSON Schema, like
 * /api/schema.json) and every registered MDX author component must be
 * documented in it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { chapterSchema, contentSchemas, type ReferenceFactory } from '../../src/schemas/index.ts';

const doc = readFileSync('docs/authoring.md', 'utf8');

const idReference: ReferenceFactory = (collection) =>
  z.string().transform((id) => ({ id, collection })).meta({ description: `Id in '${collection}'` });

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; items?: JsonSchema; $ref?: string };

/** Dotted field paths ("procurement.contract.initialTerm"); list items add no segment. */
function fieldPaths(schema: JsonSchema, root: JsonSchema = schema, prefix = '', seen = new Set<string>()): Set<string> {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/$defs/', '');
    const key = `${prefix}→${name}`;
    if (seen.has(key)) return seen; // recursive definitions
    seen.add(key);
    return fieldPaths((root.$defs as Record<string, JsonSchema>)[name]!, root, prefix, seen);
  }
  const paths = new Set<string>();
  const add = (found: Set<string>) => found.forEach((p) => !p.includes('→') && paths.add(p));
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const sub of (schema[key] as JsonSchema[] | undefined) ?? []) add(fieldPaths(sub, root, prefix, seen));
  }
  if (schema.items) add(fieldPaths(schema.items, root, prefix, seen));
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    paths.add(path);
    add(fieldPaths(sub, root, path, seen));
  }
  return paths;
}

/** The sections of the guide whose heading names `content/<collection>/`. */
function sectionsAbout(collection: string): string {
  const parts = doc.split(/^(?=## )/m);
  return parts.filter((part) => part.split('\n')[0]!.includes(`content/${collection}/`)).join('\n');
}

const schemas = contentSchemas(idReference);

describe('docs/authoring.md documents every schema field', () => {
  it.each(Object.keys(schemas))('content/%s/', (collection) => {
    const section = sectionsAbout(collection);
    expect(section, `docs/authoring.md heeft geen hoofdstuk met \`content/${collection}/\` in de kop`).not.toBe('');
    const json = z.toJSONSchema(schemas[collection as keyof typeof schemas] as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    const paths = [...fieldPaths(json)];
    expect(paths.length).toBeGreaterThan(1);
    const missing = paths.filter((path) => !section.includes(`\`${path}\``));
    expect(missing, `Deze velden van content/${collection}/ staan niet in docs/authoring.md (schrijf ze als \`veld.pad\`)`).toEqual([]);
  });

  it('walks nested fields, list items and nullable objects', () => {
    const json = z.toJSONSchema(schemas.kaders as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    const paths = fieldPaths(json);
    for (const p of ['procurement.contract.initialTerm', 'procurement.contract.extensions.years', 'milestones.when', 'figures.total.kind', 'versions.description']) {
      expect(paths.has(p), p).toBe(true);
    }
  });
});

describe('docs/authoring.md documents the chapter files of long documents', () => {
  it('content/kaders/<slug>/<nn>-<hoofdstuk>.mdx: file naming and every field', () => {
    const section = doc.split(/^(?=## )/m).find((part) => part.split('\n')[0]!.includes('<nn>-<hoofdstuk>.mdx')) ?? '';
    expect(section, 'docs/authoring.md heeft geen hoofdstuk over hoofdstukbestanden (<nn>-<hoofdstuk>.mdx in de kop)').not.toBe('');
    const paths = [...fieldPaths(z.toJSONSchema(chapterSchema, { io: 'input' }) as JsonSchema)];
    expect(paths.sort()).toEqual(['description', 'title']);
    expect(paths.filter((path) => !section.includes(`\`${path}\``))).toEqual([]);
    expect(section).toContain('als de pagina boven het budget komt');
  });
});

describe('docs/authoring.md documents every MDX author component', () => {
  const registry = readFileSync('src/components/kader/index.ts', 'utf8');
  const block = /authorComponents\s*=\s*\{([^}]*)\}/.exec(registry)?.[1] ?? '';
  const names = block.split(',').map((s) => s.trim().split(':')[0]!.trim()).filter(Boolean);

  it('finds the registered components', () => {
    expect(names).toContain('Planning');
    expect(names).toContain('Callout');
  });

  it.each(names)('<%s> has an example', (name) => {
    expect(doc, `voeg een voorbeeld van <${name} … /> toe aan docs/authoring.md`).toMatch(new RegExp(`<${name}[\\s/>]`));
  });
});

describe('README links the guide', () => {
  it('points newcomers at docs/authoring.md', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('docs/authoring.md');
  });
});
