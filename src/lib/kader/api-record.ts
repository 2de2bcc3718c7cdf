/**
 * The open-data shape of a document, as served at /api/kaders.json and
 * /api/kaders/<slug>.json. Dates are YYYY-MM-DD; names are resolved.
 */
import { summariseContract } from './contract.ts';
import type { ChapterLink } from './chapters.ts';
import type { KaderRecord, NameIndex } from './types.ts';

export interface ApiMilestone {
  id: string;
  label: string;
  start: string;
  end: string;
  precision: string;
  time?: string;
}

export interface ApiKader {
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
  contract: { start: string; initialEnd: string | null; extensions: number[]; maxEnd: string | null } | null;
  milestones: ApiMilestone[];
  summary: string;
  source: { title: string; publisher: string; date: string; file: string };
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

export function toApiRecord(record: KaderRecord, names: NameIndex, siteUrl: string, chapters: readonly ChapterLink[] = []): ApiKader {
  const { data, slug } = record;
  const contract = summariseContract(data.procurement.contract);
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
    contract: contract
      ? {
          start: contract.start,
          initialEnd: contract.term?.initialEnd ?? null,
          extensions: contract.extensionYears,
          maxEnd: contract.term?.maxEnd ?? null,
        }
      : null,
    milestones: data.milestones.map((m) => ({
      id: m.id,
      label: m.label,
      start: m.when.start,
      end: m.when.end,
      precision: m.when.precision,
      ...(m.when.time ? { time: m.when.time } : {}),
    })),
    summary: data.summary,
    source: { title: data.source.title, publisher: data.source.publisher, date: data.source.date.start, file: data.source.file },
    related: data.related.map((r) => r.id),
    url: new URL(`/kaders/${slug}/`, siteUrl).href,
    chapters: chapters.map((c) => ({ order: c.order, slug: c.slug, title: c.title, description: c.description ?? null, url: new URL(c.url, siteUrl).href })),
    // The full structured record (lots, figures, requirements …), references as ids.
    data: JSON.parse(JSON.stringify(data, (_key, value) => (value && typeof value === 'object' && 'collection' in value && 'id' in value ? value.id : value))),
  };
}
