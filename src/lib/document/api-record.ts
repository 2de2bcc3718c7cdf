/**
 * The open-data shape of a document, as served at /api/kaders.json and
 * /api/kaders/<slug>.json. Dates are YYYY-MM-DD; names are resolved.
 */
import { boundRecord } from '../bound.ts';
import { lengthInMonths } from '../contract-term.ts';
import type { Period } from '../period.ts';
import { summariseContract, type ContractStatement } from './contract.ts';
import type { Supersession } from './supersession.ts';
import type { ChapterLink } from './chapters.ts';
import type { DocumentRecord, NameIndex } from './types.ts';

/** A date with its precision: never more precise than the source. */
export interface ApiPeriod {
  start: string;
  end: string;
  precision: string;
  /** For 'datetime': local time in Europe/Amsterdam. */
  time?: string;
  /** For 'dates': the separate dates. */
  dates?: string[];
  /** "begin", "medio" or "eind" of a year. */
  yearPart?: string;
  /** What the author inferred where the source is silent, and why. */
  inferred?: { part: string; reason: string };
}

export interface ApiMilestone extends ApiPeriod {
  id: string;
  label: string;
  certainty: string;
}

export interface ApiContract {
  start: ApiPeriod;
  certainty: string;
  /** The first term in months, with its bound; null when the source does not say. */
  initialTermMonths: ReturnType<typeof boundRecord<number, number>> | null;
  /** 'opties' with their lengths in years, 'geen', or 'niet-genoemd'. */
  extensions: { stated: 'opties' | 'geen' | 'niet-genoemd'; years: number[] };
  /** Stated by the source (with its precision) or computed (a day) where the source makes it determinable; otherwise null. */
  initialEnd: ApiPeriod | null;
  maxEnd: ApiPeriod | null;
}

/** A statement a later document changed: the current value is in the record, the old one here. */
export interface ApiSupersession {
  path: string;
  label: string;
  kind: string;
  from?: string;
  to?: string;
  fromValue?: unknown;
  toValue?: unknown;
  by: { slug: string; title: string; published: ApiPeriod };
  note?: string;
}

export interface ApiDocument {
  slug: string;
  title: string;
  shortTitle: string;
  documentType: string;
  status: string;
  publishedOn: string;
  publishedPrecision: string;
  publisher: string;
  region: string;
  municipalities: string[];
  domains: string[];
  procurementMethod: string;
  procurementMethodLabel: string;
  contract: ApiContract | null;
  milestones: ApiMilestone[];
  summary: string;
  source: { title: string; publisher: string; date: ApiPeriod; url: string | null };
  /** What later documents changed in this one; the record itself gives the current values. */
  supersededBy: ApiSupersession[];
  related: string[];
  url: string;
  /** Chapter pages of a long document, in reading order; empty when the document is one page. */
  chapters: ApiChapter[];
  data: unknown;
}

export interface ApiChapter {
  order: number;
  slug: string;
  title: string;
  description: string | null;
  url: string;
}

function nameOf(index: Map<string, string>, id: string): string {
  const name = index.get(id);
  if (name === undefined) throw new Error(`Onbekende verwijzing '${id}'`);
  return name;
}

export function apiPeriod(p: Period): ApiPeriod {
  return {
    start: p.start,
    end: p.end,
    precision: p.precision,
    ...(p.time ? { time: p.time } : {}),
    ...(p.dates ? { dates: p.dates.map((d) => d.start) } : {}),
    ...(p.yearPart ? { yearPart: p.yearPart } : {}),
    ...(p.inferred ? { inferred: { ...p.inferred } } : {}),
  };
}

export function apiContract(statement: ContractStatement | null | undefined): ApiContract | null {
  const contract = summariseContract(statement);
  if (!contract) return null;
  return {
    start: apiPeriod(contract.start),
    certainty: contract.certainty,
    initialTermMonths: contract.initialTerm ? boundRecord(contract.initialTerm, lengthInMonths) : null,
    extensions: Array.isArray(contract.extensions)
      ? { stated: 'opties', years: contract.extensions.map((e) => Math.round((lengthInMonths(e) / 12) * 1000) / 1000) }
      : { stated: contract.extensions, years: [] },
    initialEnd: contract.initialEnd ? apiPeriod(contract.initialEnd) : null,
    maxEnd: contract.maxEnd ? apiPeriod(contract.maxEnd) : null,
  };
}

/** Plain JSON: periods as ApiPeriod, references as ids. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v) => {
    if (v && typeof v === 'object' && 'collection' in v && 'id' in v) return v.id;
    if (v && typeof v === 'object' && 'notation' in v && 'precision' in v && 'start' in v) return apiPeriod(v as Period);
    return v;
  }));
}

/** One statement a later document changed, with its old value: for the API and the OCDS extension. */
export function apiSupersession(h: Supersession): ApiSupersession {
  return {
    path: h.path,
    label: h.label,
    kind: h.kind,
    ...(h.from !== undefined ? { from: h.from } : {}),
    ...(h.to !== undefined ? { to: h.to } : {}),
    ...(h.fromValue !== undefined ? { fromValue: plain(h.fromValue) } : {}),
    ...(h.toValue !== undefined ? { toValue: plain(h.toValue) } : {}),
    by: { slug: h.by.slug, title: h.by.title, published: apiPeriod(h.by.published) },
    ...(h.note ? { note: h.note } : {}),
  };
}

export function toApiRecord(record: DocumentRecord, names: NameIndex, siteUrl: string, chapters: readonly ChapterLink[] = [], history: readonly Supersession[] = []): ApiDocument {
  const { data, slug } = record;
  return {
    slug,
    title: data.title,
    shortTitle: data.shortTitle,
    documentType: data.documentType,
    status: data.status,
    publishedOn: data.published.start,
    publishedPrecision: data.published.precision,
    publisher: data.publisher,
    region: nameOf(names.regios, data.region.id),
    municipalities: data.municipalities.map((m) => nameOf(names.gemeenten, m.id)),
    domains: [...data.domains],
    procurementMethod: data.procurement.method,
    procurementMethodLabel: data.procurement.methodLabel,
    contract: apiContract(data.procurement.contract),
    milestones: data.milestones.map((m) => ({ id: m.id, label: m.label, certainty: m.certainty, ...apiPeriod(m.when) })),
    summary: data.summary,
    source: { title: data.source.title, publisher: data.source.publisher, date: apiPeriod(data.source.date), url: data.source.url ?? null },
    supersededBy: history.map(apiSupersession),
    related: data.related.map((r) => r.id),
    url: new URL(`/kaders/${slug}/`, siteUrl).href,
    chapters: chapters.map((c) => ({ order: c.order, slug: c.slug, title: c.title, description: c.description ?? null, url: new URL(c.url, siteUrl).href })),
    // The full structured record (lots, figures, requirements …) with current values, references as ids;
    // the archive file name of the source is internal.
    data: plain({ ...data, source: { ...data.source, file: undefined } }),
  };
}
