/**
 * One municipality as open data (/api/gemeenten/<id>.json): its regions, the
 * documents that name it, what they buy for it and how, and the contract
 * periods. Dates as YYYY-MM-DD; names resolved; every document, not capped.
 */
import { apiContract, type ApiContract } from '../document/api-record.ts';
import type { DocumentRecord, NameIndex } from '../document/types.ts';
import { contractsFor, documentsFor, offersFor } from './coverage.ts';

export interface MunicipalityApiRecord {
  id: string;
  name: string;
  province: string;
  /** CBS gemeentecode (GM + four digits) from the official list named in cbsCodeSource; null where not yet taken from it. */
  cbsCode: string | null;
  cbsCodeSource: string | null;
  url: string;
  regions: { id: string; name: string; url: string }[];
  documents: { slug: string; title: string; documentType: string; status: string; publishedOn: string; publishedPrecision: string; url: string; api: string }[];
  offers: { kader: string; kind: 'perceel' | 'product'; name: string; how: string; domains: string[]; products: string[] }[];
  contracts: ({ kader: string } & ApiContract)[];
}

export function toMunicipalityApiRecord(
  municipality: { id: string; name: string; province: string; cbsCode?: string; cbsCodeSource?: string },
  regions: readonly { id: string; name: string }[],
  records: readonly DocumentRecord[],
  names: NameIndex,
  siteUrl: string,
): MunicipalityApiRecord {
  const documents = documentsFor(records, [municipality.id]);
  return {
    id: municipality.id,
    name: municipality.name,
    province: municipality.province,
    cbsCode: municipality.cbsCode ?? null,
    cbsCodeSource: municipality.cbsCodeSource ?? null,
    url: new URL(`/gemeenten/${municipality.id}/`, siteUrl).href,
    regions: regions.map((r) => ({ ...r, url: new URL(`/regios/${r.id}/`, siteUrl).href })),
    documents: documents.map((d) => ({
      slug: d.slug,
      title: d.data.title,
      documentType: d.data.documentType,
      status: d.data.status,
      publishedOn: d.data.published.start,
      publishedPrecision: d.data.published.precision,
      url: new URL(`/kaders/${d.slug}/`, siteUrl).href,
      api: new URL(`/api/kaders/${d.slug}.json`, siteUrl).href,
    })),
    offers: documents.flatMap((d) =>
      offersFor(d, names, [municipality.id]).map((row) => ({ kader: d.slug, kind: row.kind, name: row.name, how: row.how, domains: row.domains, products: row.productIds })),
    ),
    contracts: contractsFor(documents).map(({ record }) => ({ kader: record.slug, ...apiContract(record.data.procurement.contract)! })),
  };
}
