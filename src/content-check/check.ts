/**
 * Validates all content without a full build and reports every problem at
 * once, each with file, line, field and what to do. Uses the same schemas as
 * the Astro content config, with references that must exist.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { dutchErrorMap, withDutchErrors } from '../schemas/dutch-errors.ts';
import { editDistance } from '../lib/edit-distance.ts';
import { chapterSchema, contentSchemas, type ReferenceFactory } from '../schemas/index.ts';
import { chapterFolderProblems, parseChapterFileName } from '../lib/document/chapters.ts';
import { applySupersessions } from '../lib/document/supersession.ts';
import type { DocumentData } from '../lib/document/types.ts';
import { findBodyPlaceholders, findPlaceholders } from './placeholders.ts';
import { termSlug } from '../lib/glossary-match.ts';

export interface Problem {
  file: string;
  line?: number;
  field: string;
  message: string;
}

/** The content collections, plus the chapter files of long documents (content/kaders/<slug>/<nn>-<chapter>.mdx). */
type CheckedCollection = keyof ReturnType<typeof contentSchemas> | 'hoofdstukken';

interface SourceFile {
  collection: CheckedCollection;
  id: string;
  path: string;
  /** Frontmatter or YAML text. */
  yaml: string;
  /** Line number (1-based) of the first YAML line in the file. */
  firstLine: number;
  body?: string;
  /** An MDX file without a frontmatter block between two `---` lines. */
  noFrontmatter?: boolean;
  /** For a chapter file: the document (folder) it belongs to. */
  kader?: string;
}

function mdxFile(collection: CheckedCollection, id: string, path: string, kader?: string): SourceFile {
  const source = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return { collection, id, path, yaml: match?.[1] ?? '', firstLine: 2, body: match?.[2] ?? source, ...(match ? {} : { noFrontmatter: true }), ...(kader ? { kader } : {}) };
}

const YAML_COLLECTIONS = ['regios', 'gemeenten', 'producten', 'referentie', 'begrippen'] as const;

function listFiles(root: string, folderProblems: Problem[], cwd: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const collection of YAML_COLLECTIONS) {
    const dir = join(root, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
      const path = join(dir, name);
      files.push({ collection, id: name.replace(/\.yaml$/, ''), path, yaml: readFileSync(path, 'utf8'), firstLine: 1 });
    }
  }
  const kaders = join(root, 'kaders');
  if (existsSync(kaders)) {
    for (const folder of readdirSync(kaders, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      const path = join(kaders, folder, 'index.mdx');
      if (existsSync(path)) files.push(mdxFile('kaders', folder, path));
      // Chapter files beside index.mdx: names, order and addresses first, then each file like any other.
      const names = readdirSync(join(kaders, folder)).filter((n) => n.endsWith('.mdx')).sort();
      for (const p of chapterFolderProblems(names)) {
        folderProblems.push({ file: relative(cwd, join(kaders, folder, p.file)), line: 1, field: '(bestandsnaam)', message: p.message });
      }
      for (const name of names) {
        const parsed = name === 'index.mdx' ? undefined : parseChapterFileName(name);
        if (parsed) files.push(mdxFile('hoofdstukken', `${folder}/${parsed.slug}`, join(kaders, folder, name), folder));
      }
    }
  }
  return files;
}

function lineOf(doc: Document, yamlText: string, firstLine: number, path: PropertyKey[]): number | undefined {
  // Walk down as far as the path exists; report the deepest node we reach.
  let node: unknown = doc.contents;
  let offset: number | undefined = (node as { range?: [number] } | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      offset = (pair.key as { range?: [number] } | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      offset = (node as { range?: [number] } | null)?.range?.[0] ?? offset;
    } else break;
  }
  if (offset === undefined) return undefined;
  return firstLine + yamlText.slice(0, offset).split('\n').length - 1;
}

export function closestIds(id: string, known: string[]): string[] {
  return known
    .map((k) => ({ k, d: k.includes(id) || id.includes(k) ? 1 : editDistance(id, k) }))
    .filter(({ k, d }) => d <= Math.max(2, Math.floor(k.length / 4)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map(({ k }) => k);
}

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** Heading anchors of an MDX body, as Astro generates them. */
export function headingIds(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  let inCode = false;
  for (const line of body.split('\n')) {
    if (/^```/.test(line)) inCode = !inCode;
    const match = !inCode && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (match) ids.add(slugger.slug(match[1]!.replace(/[*_`]/g, '')));
  }
  return ids;
}

export function checkContent(contentRoot: string, cwd = process.cwd()): { problems: Problem[]; counts: Record<string, number> } {
  const parsedDocuments: { slug: string; data: DocumentData; file: string; lineOf: (path: PropertyKey[]) => number | undefined }[] = [];
  const folderProblems: Problem[] = [];
  const files = listFiles(contentRoot, folderProblems, cwd);
  const ids = new Map<string, Set<string>>();
  for (const f of files) {
    if (!ids.has(f.collection)) ids.set(f.collection, new Set());
    ids.get(f.collection)!.add(f.id);
  }
  const ref: ReferenceFactory = (collection) =>
    z.union([z.string(), z.number().transform(String)], {
      error: (issue) => (issue.input === undefined
        ? `dit veld ontbreekt; verwacht een id uit content/${collection}/ (de bestandsnaam zonder extensie)`
        : `verwacht een id uit content/${collection}/ (de bestandsnaam zonder extensie), kreeg ${JSON.stringify(issue.input)}`),
    }).transform((id, ctx) => {
      const known = ids.get(collection) ?? new Set<string>();
      if (!known.has(id)) {
        const suggestions = closestIds(id, [...known]);
        ctx.addIssue({
          code: 'custom',
          message: `onbekende verwijzing '${id}' naar ${collection}; ${suggestions.length ? `bedoelt u ${suggestions.map((s) => `'${s}'`).join(' of ')}?` : `maak content/${collection}/${id}${collection === 'kaders' ? '/index.mdx' : '.yaml'} aan of kies een bestaande id`}`,
        });
        return z.NEVER;
      }
      return { id, collection };
    });
  const schemas = { ...contentSchemas(ref), hoofdstukken: chapterSchema };
  const problems: Problem[] = [...folderProblems];
  const counts: Record<string, number> = {};

  // Anchors of a whole document: the overview and its chapters (a chapter's title was a heading before the split).
  const anchorsByDocument = new Map<string, Set<string>>();
  const documentAnchors = (kader: string): Set<string> => {
    let anchors = anchorsByDocument.get(kader);
    if (anchors) return anchors;
    anchors = new Set<string>();
    const index = files.find((c) => c.collection === 'kaders' && c.id === kader);
    for (const c of [index, ...files.filter((c) => c.kader === kader)]) {
      if (c?.body === undefined) continue;
      for (const id of headingIds(c.body)) anchors.add(id);
      if (c.collection !== 'hoofdstukken') continue;
      const title = parseDocument(c.yaml).get('title');
      if (typeof title === 'string') for (const id of headingIds(`# ${title}`)) anchors.add(id);
    }
    anchorsByDocument.set(kader, anchors);
    return anchors;
  };

  const cbsCodes = new Map<string, string>();
  for (const f of files) {
    counts[f.collection] = (counts[f.collection] ?? 0) + 1;
    const file = relative(cwd, f.path);
    if (f.noFrontmatter) {
      // Without this, every required field would be reported missing at once.
      problems.push({ file, line: 1, field: '(frontmatter)', message: 'het bestand moet beginnen met de frontmatter: een regel ---, de velden, en weer een regel ---; maak een nieuw kader met npm run new -- <slug>' });
      continue;
    }
    const bodyFirstLine = f.firstLine + f.yaml.split('\n').length + 1;
    const doc = parseDocument(f.yaml);
    if (doc.errors.length) {
      for (const e of doc.errors) {
        problems.push({ file, line: f.firstLine + (e.linePos?.[0]?.line ?? 1) - 1, field: '(yaml)', message: `de YAML is niet leesbaar: ${e.message.split('\n')[0]}` });
      }
      // The text below the frontmatter can still be checked.
      if (f.body !== undefined) for (const p of findBodyPlaceholders(f.body, bodyFirstLine)) problems.push({ file, line: p.line, field: '(tekst)', message: p.message });
      continue;
    }
    // Fields that already have a problem; the checks on the raw values below skip them.
    const reported = new Set<string>();
    const report = (path: PropertyKey[], message: string) => {
      const field = formatPath(path) || '(frontmatter)';
      reported.add(field);
      problems.push({ file, line: lineOf(doc, f.yaml, f.firstLine, path), field, message });
    };
    // Template placeholders (npm run new) get "vul dit veld in" instead of a schema error about their value.
    const placeholders = findPlaceholders(doc, f.yaml, f.firstLine, f.body, bodyFirstLine);
    for (const p of placeholders) {
      reported.add(formatPath(p.path));
      problems.push({ file, line: p.line, field: formatPath(p.path) || '(tekst)', message: p.message });
    }
    const placeholderFields = new Set(placeholders.map((p) => formatPath(p.path)));
    const data: unknown = doc.toJS() ?? {};
    const schema = schemas[f.collection];
    const result = withDutchErrors(schema).safeParse(data);
    if (result.success && f.collection === 'kaders') parsedDocuments.push({ slug: f.id, data: result.data as DocumentData, file, lineOf: (path) => lineOf(doc, f.yaml, f.firstLine, path) });
    if (!result.success) {
      const seen = new Set<string>();
      for (const issue of [...result.error.issues, ...objectRuleIssues(schema, data, result.error.issues)]) {
        const key = `${formatPath(issue.path)}\u0000${issue.message}`;
        if (placeholderFields.has(formatPath(issue.path)) || seen.has(key)) continue;
        seen.add(key);
        report(issue.path, issue.message);
      }
    }

    // Checks on the raw frontmatter values: they run whether or not the schema accepted the file,
    // so one run names every problem. References to other entries are checked by the schema itself
    // (the `ref` above), field by field, so they are reported even when other fields fail.
    const raw = isRecord(data) ? data : {};
    if (f.collection === 'begrippen' && typeof raw.term === 'string' && !reported.has('term')) {
      // The file name is the anchor on /begrippen/, so it must follow from the term.
      const expected = termSlug(raw.term.trim());
      if (f.id !== expected) report(['term'], `de bestandsnaam moet ${expected}.yaml zijn (afgeleid van de term), niet ${f.id}.yaml`);
    }
    if (f.collection === 'begrippen') {
      // related[].section: an anchor anywhere in the linked document.
      for (const [i, r] of records(raw.related)) {
        const path = ['related', i, 'section'];
        if (typeof r.kader !== 'string' || typeof r.section !== 'string' || reported.has(formatPath(path)) || reported.has(formatPath(['related', i, 'kader']))) continue;
        if (!ids.get('kaders')?.has(r.kader)) continue;
        const anchors = documentAnchors(r.kader);
        if (!anchors.has(r.section)) report(path, `er is geen kop met anker '${r.section}' in het document ${r.kader} (index.mdx en hoofdstukken); bestaande ankers: ${listAnchors(anchors)}`);
      }
    }
    if (f.collection === 'gemeenten' && typeof raw.cbsCode === 'string' && !reported.has('cbsCode')) {
      // A CBS code identifies one municipality: the same code twice means one of them is wrong.
      const other = cbsCodes.get(raw.cbsCode);
      if (other) report(['cbsCode'], `CBS-gemeentecode ${raw.cbsCode} staat ook bij ${other}; elke gemeente heeft haar eigen code`);
      else cbsCodes.set(raw.cbsCode, f.id);
    }
    if (f.collection === 'kaders') {
      const anchors = documentAnchors(f.id);
      for (const list of ['requirements', 'permissions', 'supersedes'] as const) {
        for (const [i, r] of records(raw[list])) {
          const path = [list, i, 'section'];
          if (typeof r.section !== 'string' || reported.has(formatPath(path))) continue;
          if (!anchors.has(r.section)) report(path, `er is geen kop met anker '${r.section}' in de tekst; bestaande ankers: ${listAnchors(anchors)}`);
        }
      }
    }
  }
  // Across documents: what a later document changes in an earlier one must exist there, and the earlier one must be older.
  for (const p of applySupersessions(parsedDocuments.map(({ slug, data }) => ({ slug, data }))).problems) {
    const source = parsedDocuments.find((k) => k.slug === p.slug)!;
    problems.push({ file: source.file, line: source.lineOf(p.path), field: formatPath(p.path), message: p.message });
  }
  return { problems: sortProblems(problems), counts };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The items of a raw YAML list that are objects, with their index. */
function records(value: unknown): [number, Record<string, unknown>][] {
  return Array.isArray(value) ? value.flatMap((item, i) => (isRecord(item) ? [[i, item] as [number, Record<string, unknown>]] : [])) : [];
}

function listAnchors(anchors: Set<string>): string {
  if (anchors.size === 0) return '(geen; begin een kop met ##)';
  return `${[...anchors].slice(0, 8).join(', ')}${anchors.size > 8 ? ', …' : ''}`;
}

/**
 * Zod skips the rules of an object that look at several fields at once (unique
 * ids, appliesTo) as soon as one of its fields fails. Runs them again with the
 * failing top-level fields taken as they are, and keeps what they find about
 * the other fields, so one run names those problems too.
 */
function objectRuleIssues(schema: z.ZodType, data: unknown, issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const extendable = schema as z.ZodType & { safeExtend?: (shape: Record<string, z.ZodType>) => z.ZodType };
  if (typeof extendable.safeExtend !== 'function' || !isRecord(data)) return [];
  const failing = new Set(issues.map((i) => i.path[0]).filter((key): key is string => typeof key === 'string'));
  if (failing.size === 0) return [];
  try {
    const again = extendable.safeExtend(Object.fromEntries([...failing].map((key) => [key, z.any()]))).safeParse(data, { error: dutchErrorMap });
    return again.success ? [] : again.error.issues.filter((i) => !failing.has(String(i.path[0])));
  } catch {
    // A rule that cannot handle a raw value: the fields it needs are reported already.
    return [];
  }
}

/** By file, then by line (problems of a whole file first); the order of checks within a line stays. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

export function formatProblem(p: Problem): string {
  return `\`${p.field}\` in ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}
