/**
 * Validates OCDS 1.1.5 release packages against the official schemas, as the
 * README of the standard says: JSON Merge Patch each extension's
 * release-schema.json onto the core release-schema.json (lots, requirements,
 * techniques, then our local extension), register the result under the core
 * schema's id, and validate the package with a draft-04 validator (Ajv).
 * Then every value of a field with a codelist (closed or open) must be a code
 * of that codelist's CSV. Problems name the file and the JSON path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { mergePatch, type Json } from '../../src/lib/ocds/merge-patch.ts';
import { parseCsv } from '../unit/csv-reader.ts';

export { parseCsv };

/** The official extensions, in the order they are applied; our local one comes last. */
export const OFFICIAL_EXTENSION_FOLDERS = ['lots', 'requirements', 'techniques'] as const;

type Schema = Record<string, any>;

export interface OcdsStandard {
  /** The merged release schema (core + extensions). */
  releaseSchema: Schema;
  /** Codes per codelist file name, e.g. documentType.csv. */
  codelists: Map<string, Set<string>>;
  /** Problems of one package, each "<file>: <json path>: <message>"; empty when valid. */
  validate: (pkg: unknown, file: string) => string[];
}

const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));

function readCodelists(folder: string, into: Map<string, Set<string>>) {
  if (!existsSync(folder)) return;
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.csv'))) {
    const [header, ...rows] = parseCsv(readFileSync(join(folder, file), 'utf8'));
    const column = header!.indexOf('Code');
    if (column < 0) throw new Error(`${join(folder, file)}: geen kolom Code`);
    const codes = into.get(file) ?? new Set<string>();
    for (const row of rows) if (row[column]) codes.add(row[column]!);
    into.set(file, codes);
  }
}

/** A JSON pointer (/releases/0/tender/dueDate) as a JSON path (releases[0].tender.dueDate). */
export function jsonPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '') || '(het hele pakket)';
}

function describeError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `onbekend veld '${String(params.additionalProperty)}'`;
  if (error.keyword === 'enum') return `${error.message} (${(params.allowedValues as unknown[]).join(', ')})`;
  return error.message ?? error.keyword;
}

export function loadOcdsStandard(folder: string, localExtension: Schema): OcdsStandard {
  const core = readJson(join(folder, 'release-schema.json'));
  const packageSchema = readJson(join(folder, 'release-package-schema.json'));
  let merged: Json = core;
  for (const name of OFFICIAL_EXTENSION_FOLDERS) merged = mergePatch(merged, readJson(join(folder, 'extensions', name, 'release-schema.json')));
  merged = mergePatch(merged, localExtension as Json);
  const releaseSchema = merged as Schema;
  if (releaseSchema.id !== core.id) throw new Error('het samengevoegde schema moet het id van het kernschema houden');

  const codelists = new Map<string, Set<string>>();
  readCodelists(join(folder, 'codelists'), codelists);
  for (const name of OFFICIAL_EXTENSION_FOLDERS) readCodelists(join(folder, 'extensions', name, 'codelists'), codelists);

  // The OCDS schemas carry their own keywords (codelist, openCodelist, deprecated, omitWhenMerged …): not strict.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(releaseSchema);
  const validatePackage: ValidateFunction = ajv.compile(packageSchema);

  const resolve = (schema: Schema | undefined): Schema | undefined => {
    let s = schema;
    for (let i = 0; s?.$ref && i < 20; i++) {
      const ref = String(s.$ref);
      const local = ref.startsWith('#') ? ref : ref.startsWith(`${core.id}#`) ? ref.slice(core.id.length) : undefined;
      if (!local) return undefined;
      s = local.slice(2).split('/').reduce<any>((node, key) => node?.[key], releaseSchema);
    }
    return s;
  };

  /** Every value of a field with a codelist must be a code of it. */
  const checkCodes = (schemaIn: Schema | undefined, value: unknown, path: string, problems: string[]) => {
    const schema = resolve(schemaIn);
    if (!schema || value === null || value === undefined) return;
    if (typeof schema.codelist === 'string') {
      const codes = codelists.get(schema.codelist);
      const values = Array.isArray(value) ? value : [value];
      values.forEach((v, i) => {
        const at = Array.isArray(value) ? `${path}[${i}]` : path;
        if (!codes) problems.push(`${at}: codelijst ${schema.codelist} ontbreekt in de map met de standaard`);
        else if (typeof v !== 'string' || !codes.has(v)) {
          problems.push(`${at}: '${String(v)}' staat niet in de ${schema.openCodelist ? 'open' : 'gesloten'} codelijst ${schema.codelist}`);
        }
      });
    }
    if (Array.isArray(value)) value.forEach((v, i) => checkCodes(schema.items, v, `${path}[${i}]`, problems));
    else if (typeof value === 'object' && schema.properties) {
      for (const [key, v] of Object.entries(value as object)) checkCodes(schema.properties[key], v, path ? `${path}.${key}` : key, problems);
    }
  };

  const validate = (pkg: unknown, file: string): string[] => {
    const problems: string[] = [];
    if (!validatePackage(pkg)) {
      for (const error of validatePackage.errors ?? []) problems.push(`${file}: ${jsonPath(error.instancePath)}: ${describeError(error)}`);
    }
    const releases = (pkg as { releases?: unknown })?.releases;
    if (Array.isArray(releases)) {
      const codeProblems: string[] = [];
      releases.forEach((r, i) => checkCodes(releaseSchema, r, `releases[${i}]`, codeProblems));
      problems.push(...codeProblems.map((p) => `${file}: ${p}`));
    }
    return problems;
  };

  return { releaseSchema, codelists, validate };
}
