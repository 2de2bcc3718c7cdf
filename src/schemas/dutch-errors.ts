/**
 * Dutch messages for the checks that have no message of their own (missing
 * fields, unknown fields, wrong types); zod's Dutch locale covers the rest.
 *
 * Why a wrapper and not `z.config({ customError })`: Astro parses every entry
 * with its own per-parse error map (astro/dist/content/utils.js), and in zod 4
 * a per-parse map outranks the global config, so authors would get Astro's
 * English ("Expected type `array`"). `withDutchErrors(schema)` parses with the
 * Dutch map first and re-raises each issue as a custom issue that already has
 * its message and its path; a message that is set outranks every error map.
 * The content config and the standalone checker (npm run check) both wrap
 * their schemas with it, so both show the same messages.
 */
import { z } from 'astro/zod';

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

const dutchLocale = z.locales.nl().localeError;

/** The error map behind every Dutch message: our wording first, then zod's Dutch locale. */
export const dutchErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    const expected = expectedNames[issue.expected] ?? issue.expected;
    if (issue.input === undefined) return `dit veld ontbreekt; verwacht ${expected}`;
    return `verwacht ${expected}, kreeg ${describe(issue.input)}`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `onbekend veld ${issue.keys.map((k) => `'${k}'`).join(', ')}; controleer de spelling (zie docs/authoring.md of /api/schema.json voor de toegestane velden)`;
  }
  if (issue.code === 'invalid_union') {
    // A discriminated union (content/referentie/) whose `kind` matches no option.
    if ('discriminator' in issue && Array.isArray(issue.options)) {
      const options = (issue.options as unknown[]).map((o) => `'${String(o)}'`).join(', ');
      if (issue.input === undefined) return `dit veld ontbreekt; verwacht een van ${options}`;
      return `verwacht een van ${options}, kreeg ${describe(issue.input)}`;
    }
    // Options such as "a whole number or text": name what each option expected.
    const expected = new Set<string>();
    for (const branch of issue.errors) {
      for (const inner of branch) {
        if (inner.path.length > 0) continue;
        if (inner.code === 'invalid_type') expected.add(expectedNames[inner.expected] ?? inner.expected);
        if (inner.code === 'invalid_value') for (const v of inner.values) expected.add(`'${String(v)}'`);
      }
    }
    if (expected.size > 0) {
      const list = [...expected];
      const named = list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} of ${list.at(-1)!}`;
      if (issue.input === undefined) return `dit veld ontbreekt; verwacht ${named}`;
      return `verwacht ${named}, kreeg ${describe(issue.input)}`;
    }
  }
  return dutchLocale(issue);
};

/**
 * The same schema, with Dutch messages that survive any error map the caller
 * passes to the parse (Astro's, in particular). Output type, JSON Schema
 * (generated from the input side of the wrapped schema) and behaviour are the
 * wrapped schema's own. A valid entry is parsed twice, once to check it with
 * the Dutch map and once to produce the output; frontmatter is small, so that
 * costs next to nothing against rendering the MDX.
 */
export function withDutchErrors<T extends z.ZodType>(schema: T) {
  return z.preprocess((input, ctx) => {
    const report = (result: z.ZodSafeParseResult<unknown>) => {
      if (result.success) return input;
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      }
      return z.NEVER;
    };
    try {
      return report(schema.safeParse(input, { error: dutchErrorMap }));
    } catch (error) {
      // A schema with an asynchronous part can only be parsed asynchronously (Astro does).
      if (error instanceof z.core.$ZodAsyncError) return schema.safeParseAsync(input, { error: dutchErrorMap }).then(report);
      throw error;
    }
  }, schema);
}
