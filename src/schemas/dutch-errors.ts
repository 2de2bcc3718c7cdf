/**
 * Dutch messages for the checks that have no message of their own (missing
 * fields, unknown fields, wrong types). Zod's Dutch locale is the fallback.
 * Imported for its side effect by the content config and the checker.
 */
import { z } from 'zod';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'een lijst';
  if (value instanceof Date) return `de datum ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'object') return 'een object';
  return String(value);
}

const expectedNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst (regels die beginnen met "- " of [a, b])',
  object: 'een object met velden',
  date: 'een datum',
};

z.config({
  ...z.locales.nl(),
  customError: (issue) => {
    if (issue.code === 'invalid_type') {
      const expected = expectedNames[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `dit veld ontbreekt; verwacht ${expected}`;
      return `verwacht ${expected}, kreeg ${describe(issue.input)}`;
    }
    if (issue.code === 'unrecognized_keys') {
      return `onbekend veld ${issue.keys.map((k) => `'${k}'`).join(', ')}; controleer de spelling (zie docs/authoring.md of /api/schema.json voor de toegestane velden)`;
    }
    return undefined; // use the Dutch locale
  },
});
