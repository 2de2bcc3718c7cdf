/**
 * The site's documents as OCDS 1.1.5 release packages (/api/ocds/<slug>.json
 * and /api/ocds.json). One release per document; one contracting process
 * (ocid) per procurement: documents with the same `traject` share the ocid
 * (the Nijmegen 2025 framework and the council letter that changes it), and a
 * procurement that `follows` an earlier one is linked to it in
 * relatedProcesses. Records carry current values (supersessions applied);
 * old values appear only as history in our extension (`inkoopwijzer`).
 *
 * First rule: say exactly what the source says. Only a day the source states
 * becomes an OCDS date; certainty, periods with their precision, bounds,
 * funding models, entry windows and supersession go into the extension.
 * See docs/open-data-ocds.md for every choice.
 */
import { compareDates } from '../calendar-date.ts';
import { apiContract, apiPeriod, apiSupersession, type ApiContract, type ApiPeriod, type ApiSupersession } from '../document/api-record.ts';
import { summariseContract } from '../document/contract.ts';
import { productCell } from '../document/product-matrix.ts';
import type { Supersession } from '../document/supersession.ts';
import type { DocumentData, DocumentRecord, NameIndex } from '../document/types.ts';
import {
  DOCUMENT_TYPE_CODES, INITIATION_TYPE, LOCAL_EXTENSION_PATH, MILESTONE_TYPE_CODES, OCDS_VERSION, OCID_PREFIX, OFFICIAL_EXTENSIONS,
  PARTY_ROLES, RELATED_PROCESS, RELATED_PROCESS_SCHEME, RELEASE_TAGS, TENDER_DOCUMENT_TYPES,
} from './codes.ts';
import { amsterdamDateTime, isStatedDay, ocdsDate } from './dates.ts';

export interface OcdsMunicipality {
  name: string;
  province?: string;
  /** CBS gemeentecode, "GM" + four digits, when the content has it. */
  cbsCode?: string;
}

export interface OcdsRegion {
  name: string;
  municipalities: string[];
}

export interface OcdsInput {
  /** Every document with current values (src/data/content.ts applies supersessions). */
  records: readonly DocumentRecord[];
  history: ReadonlyMap<string, readonly Supersession[]>;
  names: NameIndex;
  municipalities: ReadonlyMap<string, OcdsMunicipality>;
  regions: ReadonlyMap<string, OcdsRegion>;
  /** The site's address with a trailing slash (src/lib/site-url.ts). */
  siteUrl: string;
  /** Per slug the file a problem is reported on, e.g. content/kaders/<slug>/index.mdx. */
  fileOf?: (slug: string) => string;
}

/** How release.date was chosen (OCDS requires one; we never make one up). */
export type DateBasis = 'documentdatum' | 'bijgewerkt' | 'peildatum';

type Obj = Record<string, unknown>;

export interface OcdsRelease extends Obj {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
}

export interface OcdsPackage {
  uri: string;
  version: string;
  extensions: string[];
  publishedDate: string;
  publisher: { name: string; uri: string };
  publicationPolicy: string;
  releases: OcdsRelease[];
}

export interface OcdsResult {
  /** Per document slug: a package with that document's release. */
  packages: Map<string, OcdsPackage>;
  /** All releases in one package. */
  all: OcdsPackage;
  /** Dutch problems naming file and field; the build stops on them. */
  problems: string[];
}

export function ocidOf(data: Pick<DocumentData, 'traject'>): string {
  return `${OCID_PREFIX}${data.traject}`;
}

/** The release id: the document's slug, stable and unique within its ocid. */
export function releaseIdOf(slug: string): string {
  return slug;
}

export function extensionUrls(siteUrl: string): string[] {
  return [OFFICIAL_EXTENSIONS.lots, OFFICIAL_EXTENSIONS.requirements, OFFICIAL_EXTENSIONS.techniques, new URL(LOCAL_EXTENSION_PATH, siteUrl).href];
}

const latest = (a: string, b: string) => (compareDates(a, b) >= 0 ? a : b);

/**
 * The day of each release, from the content (never the build time):
 * the document's own date when the source states a day; else `lastUpdated`
 * (the day the editors recorded it); else the data's reference day (the newest
 * day any source states as its publication date), provided the document's own
 * period has ended by then. A document changed by a later one is dated at
 * the latest of its own day and the days of the documents that changed it.
 */
export function releaseDays(records: readonly DocumentRecord[], history: ReadonlyMap<string, readonly Supersession[]>, fileOf: (slug: string) => string = (s) => `content/kaders/${s}/index.mdx`): { days: Map<string, { day: string; basis: DateBasis; document: string }>; problems: string[] } {
  const problems: string[] = [];
  const stated = records.filter((r) => isStatedDay(r.data.published)).map((r) => r.data.published.start);
  const reference = stated.reduce<string | undefined>((a, b) => (a ? latest(a, b) : b), undefined);
  const own = new Map<string, { day: string; basis: DateBasis; document: string }>();
  for (const { slug, data } of records) {
    if (isStatedDay(data.published)) own.set(slug, { day: data.published.start, basis: 'documentdatum', document: slug });
    else if (data.lastUpdated) own.set(slug, { day: data.lastUpdated, basis: 'bijgewerkt', document: slug });
    else if (reference && compareDates(reference, data.published.end) >= 0) own.set(slug, { day: reference, basis: 'peildatum', document: slug });
    else {
      problems.push(`\`lastUpdated\` in ${fileOf(slug)}: OCDS vraagt een releasedatum; de bron noemt geen dag (published: ${data.published.notation}) en de peildatum van de gegevens (${reference ?? 'geen'}) ligt niet na die periode; vul lastUpdated in met de dag waarop de redactie dit document vastlegde`);
    }
  }
  const days = new Map<string, { day: string; basis: DateBasis; document: string }>();
  for (const { slug } of records) {
    const mine = own.get(slug);
    if (!mine) continue;
    let chosen = mine;
    for (const h of history.get(slug) ?? []) {
      const by = own.get(h.by.slug);
      if (by && compareDates(by.day, chosen.day) > 0) chosen = by;
    }
    days.set(slug, chosen);
  }
  return { days, problems };
}

interface Context extends OcdsInput {
  days: Map<string, { day: string; basis: DateBasis; document: string }>;
  ocids: Map<string, string>;
}

function nameOf(index: ReadonlyMap<string, string>, id: string): string {
  return index.get(id) ?? id;
}

function municipalityPartyId(id: string, ctx: Pick<OcdsInput, 'municipalities'>): string {
  return ctx.municipalities.get(id)?.cbsCode ?? `gemeente-${id}`;
}

/** Parties: each municipality a buyer (by CBS code when known), the region the procuring entity. */
function parties(data: DocumentData, ctx: Context): { parties: Obj[]; buyer?: Obj; procuringEntity: Obj } {
  const municipalityIds = data.municipalities.map((m) => m.id);
  const region = ctx.regions.get(data.region.id);
  // A "region" that is the one participating municipality itself (Kampen) is not a separate party.
  const regionIsBuyer = municipalityIds.length === 1 && region?.municipalities.length === 1 && region.municipalities[0] === municipalityIds[0];
  const list: Obj[] = municipalityIds.map((id, i) => {
    const m = ctx.municipalities.get(id);
    return {
      id: municipalityPartyId(id, ctx),
      name: m?.name ?? nameOf(ctx.names.gemeenten, id),
      ...(m?.cbsCode ? { identifier: { id: m.cbsCode } } : {}),
      address: { ...(m?.province ? { region: m.province } : {}), countryName: 'Nederland' },
      roles: regionIsBuyer && i === 0 ? [PARTY_ROLES.buyer, PARTY_ROLES.procuringEntity] : [PARTY_ROLES.buyer],
    };
  });
  let procuringEntity: Obj;
  if (regionIsBuyer) procuringEntity = { id: list[0]!.id, name: list[0]!.name };
  else {
    const party = { id: `regio-${data.region.id}`, name: region?.name ?? nameOf(ctx.names.regios, data.region.id), roles: [PARTY_ROLES.procuringEntity] };
    list.push(party);
    procuringEntity = { id: party.id, name: party.name };
  }
  const buyer = list.length && municipalityIds.length === 1 ? { id: list[0]!.id, name: list[0]!.name } : undefined;
  return { parties: list, ...(buyer ? { buyer } : {}), procuringEntity };
}

interface OcdsLot {
  lot: Obj;
  source: DocumentData['lots'][number];
  buyers: string[];
}

/** Lots: a lot 'per-gemeente' is one lot per participating municipality; the scope is in the extension. */
function lots(data: DocumentData, ctx: Context): OcdsLot[] {
  const all = data.municipalities.map((m) => m.id);
  return data.lots.flatMap((lot) => {
    const title = lot.number ? `Perceel ${lot.number}: ${lot.name}` : lot.name;
    const make = (id: string, lotTitle: string, municipalityIds: string[]): OcdsLot => ({
      source: lot,
      buyers: municipalityIds.map((m) => municipalityPartyId(m, ctx)),
      lot: {
        id,
        title: lotTitle,
        ...(lot.note ? { description: lot.note } : {}),
        inkoopwijzer: {
          certainty: lot.certainty,
          lot: lot.id,
          ...(lot.number ? { number: lot.number } : {}),
          domain: lot.domain,
          scope: lot.scope,
          buyers: municipalityIds.map((m) => municipalityPartyId(m, ctx)),
        },
      },
    });
    if (lot.scope === 'per-gemeente') return all.map((m) => make(`${lot.id}/${m}`, `${title} (${nameOf(ctx.names.gemeenten, m)})`, [m]));
    if (lot.scope === 'gemeenten') return [make(lot.id, title, (lot.municipalities ?? []).map((m) => m.id))];
    return [make(lot.id, title, all)];
  });
}

/** Channels that say a product is not bought in this procurement. */
const ELSEWHERE = new Set(['aparte-aanbesteding', 'andere-regio', 'niet-ingekocht']);

/** Items: the products of each lot, then the products bought in this procurement outside lots. */
function items(data: DocumentData, ocdsLots: OcdsLot[], ctx: Context): Obj[] {
  const product = (id: string) => nameOf(ctx.names.producten, id);
  const inLots = new Set(data.lots.flatMap((l) => l.products.map((p) => p.id)));
  const fromLots = ocdsLots.flatMap(({ lot, source, buyers }) =>
    source.products.map((p) => ({
      id: `${lot.id as string}/${p.id}`,
      description: product(p.id),
      relatedLot: lot.id,
      inkoopwijzer: { certainty: source.certainty, product: p.id, buyers },
    })),
  );
  const single = data.municipalities.length === 1;
  const fromProducts = data.products
    .filter((p) => !inLots.has(p.product.id))
    // 'lokale-inkoop' in a regional document: each municipality buys it itself, not in this procurement.
    .filter((p) => !(p.channel && ELSEWHERE.has(p.channel)) && !(p.channel === 'lokale-inkoop' && !single))
    .map((p) => {
      const scope = (p.municipalities ?? data.municipalities).map((m) => m.id);
      // A municipality whose own exception names another channel does not buy it in this procurement.
      const own = p.channel ?? 'niet-genoemd';
      return {
        id: p.product.id,
        description: product(p.product.id),
        inkoopwijzer: {
          certainty: p.certainty,
          product: p.product.id,
          ...(p.channel ? { channel: p.channel } : {}),
          buyers: scope.filter((m) => productCell(p, m).channel === own).map((m) => municipalityPartyId(m, ctx)),
        },
      };
    });
  return [...fromLots, ...fromProducts];
}

function milestones(data: DocumentData): Obj[] {
  return data.milestones.map((m) => {
    const type = MILESTONE_TYPE_CODES[m.kind];
    const due = ocdsDate(m.when);
    const description = [m.note, ...m.steps].filter(Boolean).join(' ');
    return {
      id: m.id,
      title: m.label,
      ...(type ? { type } : {}),
      code: m.kind,
      ...(description ? { description } : {}),
      ...(due ? { dueDate: due } : {}),
      inkoopwijzer: { certainty: m.certainty, when: { ...apiPeriod(m.when), ...(m.display ? { display: m.display } : {}) } },
    };
  });
}

/** Requirements (requirements extension): one criterion per requirement, with its certainty and effect in our extension. */
function criteria(data: DocumentData, ocdsLots: OcdsLot[]): Obj[] {
  return data.requirements.map((r) => {
    const lotIds = r.appliesTo.length && r.appliesTo.every((id) => data.lots.some((l) => l.id === id))
      ? ocdsLots.filter((l) => r.appliesTo.includes(l.source.id)).map((l) => l.lot.id)
      : [];
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      ...(lotIds.length ? { relatedLots: lotIds } : {}),
      inkoopwijzer: { certainty: r.certainty, kind: r.kind, effect: r.effect, ...(r.appliesTo.length ? { appliesTo: [...r.appliesTo] } : {}) },
    };
  });
}

function contractPeriod(data: DocumentData): Obj | undefined {
  const contract = summariseContract(data.procurement.contract);
  if (!contract) return undefined;
  const start = ocdsDate(contract.start);
  const end = ocdsDate(contract.initialEnd);
  const max = ocdsDate(contract.maxEnd);
  if (!start && !end && !max) return undefined;
  return { ...(start ? { startDate: start } : {}), ...(end ? { endDate: end } : {}), ...(max ? { maxExtentDate: max } : {}) };
}

function documentEntry(slug: string, data: DocumentData, ctx: Context): Obj {
  const type = DOCUMENT_TYPE_CODES[data.documentType];
  const published = ocdsDate(data.published);
  return {
    id: slug,
    ...(type ? { documentType: type } : {}),
    title: data.title,
    description: data.summary,
    url: data.source.url ?? new URL(`/kaders/${slug}/`, ctx.siteUrl).href,
    ...(published ? { datePublished: published } : {}),
    language: 'nl',
    inkoopwijzer: {
      type: data.documentType,
      status: data.status,
      published: apiPeriod(data.published),
      page: new URL(`/kaders/${slug}/`, ctx.siteUrl).href,
    },
  };
}

/** Tag: 'planning' or 'tender' by document type; the later release of the same kind in one ocid is an update. */
function tagOf(record: DocumentRecord, ctx: Context): string {
  const tenderKind = (r: DocumentRecord) => TENDER_DOCUMENT_TYPES.includes(r.data.documentType);
  const mine = tenderKind(record);
  const earlier = ctx.records.some((r) =>
    r.slug !== record.slug && ocidOf(r.data) === ocidOf(record.data) && tenderKind(r) === mine &&
    (compareDates(r.data.published.start, record.data.published.start) < 0 ||
      (r.data.published.start === record.data.published.start && r.slug < record.slug)),
  );
  if (mine) return earlier ? RELEASE_TAGS.tenderUpdate : RELEASE_TAGS.tender;
  return earlier ? RELEASE_TAGS.planningUpdate : RELEASE_TAGS.planning;
}

function relatedProcesses(record: DocumentRecord, ctx: Context): Obj[] {
  const mine = ocidOf(record.data);
  const link = (other: DocumentRecord, relationship: string) => ({
    id: `${relationship}-${other.slug}`,
    relationship: [relationship],
    title: other.data.title,
    scheme: RELATED_PROCESS_SCHEME,
    identifier: ocidOf(other.data),
    uri: new URL(`/api/ocds/${other.slug}.json`, ctx.siteUrl).href,
  });
  const bySlug = new Map(ctx.records.map((r) => [r.slug, r] as const));
  const prior = record.data.follows.map((f) => bySlug.get(f.document.id)).filter((r): r is DocumentRecord => !!r && ocidOf(r.data) !== mine);
  const later = ctx.records.filter((r) => r.data.follows.some((f) => f.document.id === record.slug) && ocidOf(r.data) !== mine);
  return [...prior.map((r) => link(r, RELATED_PROCESS.prior)), ...later.map((r) => link(r, RELATED_PROCESS.replacementProcess))];
}

export interface ReleaseExtension {
  dateBasis: { basis: DateBasis; document: string };
  supersededBy?: ApiSupersession[];
}

export interface TenderExtension {
  contract: ApiContract | null;
  fundingModels: { model: string; certainty: string; appliesTo?: string; description: string }[];
  entryWindows: { when: ApiPeriod; certainty: string; note?: string }[];
  agreementType?: string;
}

export function toRelease(record: DocumentRecord, ctx: Context): OcdsRelease | undefined {
  const { slug, data } = record;
  const day = ctx.days.get(slug);
  if (!day) return undefined;
  const ocid = ctx.ocids.get(slug)!;
  const who = parties(data, ctx);
  const ocdsLots = lots(data, ctx);
  const period = contractPeriod(data);
  const history = ctx.history.get(slug) ?? [];
  const requirements = criteria(data, ocdsLots);
  const related = relatedProcesses(record, ctx);
  const tenderExtension: TenderExtension = {
    contract: apiContract(data.procurement.contract),
    fundingModels: data.funding.models.map((m) => ({ model: m.model, certainty: m.certainty, ...(m.appliesTo ? { appliesTo: m.appliesTo } : {}), description: m.description })),
    entryWindows: data.procurement.entryWindows.map((w) => ({ when: apiPeriod(w.when), certainty: w.certainty, ...(w.note ? { note: w.note } : {}) })),
    ...(data.procurement.agreementType ? { agreementType: data.procurement.agreementType } : {}),
  };
  const releaseExtension: ReleaseExtension = {
    dateBasis: { basis: day.basis, document: day.document },
    ...(history.length ? { supersededBy: history.map(apiSupersession) } : {}),
  };
  return {
    ocid,
    id: releaseIdOf(slug),
    date: amsterdamDateTime(day.day),
    tag: [tagOf(record, ctx)],
    initiationType: INITIATION_TYPE,
    language: 'nl',
    parties: who.parties,
    ...(who.buyer ? { buyer: who.buyer } : {}),
    tender: {
      id: data.traject,
      title: data.title,
      description: data.summary,
      procuringEntity: who.procuringEntity,
      procurementMethodDetails: data.procurement.methodLabel,
      ...(data.procurement.agreementType === 'raamovereenkomst' ? { techniques: { hasFrameworkAgreement: true } } : {}),
      ...(ocdsLots.length ? { lots: ocdsLots.map((l) => l.lot) } : {}),
      items: items(data, ocdsLots, ctx),
      milestones: milestones(data),
      ...(requirements.length ? { criteria: requirements } : {}),
      ...(period ? { contractPeriod: period } : {}),
      documents: [documentEntry(slug, data, ctx)],
      inkoopwijzer: tenderExtension,
    },
    ...(related.length ? { relatedProcesses: related } : {}),
    inkoopwijzer: releaseExtension,
  };
}

function packageOf(uri: string, releases: OcdsRelease[], siteUrl: string): OcdsPackage {
  const newest = releases.map((r) => r.date).reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
  return {
    uri,
    version: OCDS_VERSION,
    extensions: extensionUrls(siteUrl),
    publishedDate: newest,
    publisher: { name: 'Inkoopwijzer', uri: siteUrl },
    publicationPolicy: new URL('/open-data/#ocds', siteUrl).href,
    releases,
  };
}

/** Every document as a release package, plus one package with all releases. */
export function ocdsPackages(input: OcdsInput): OcdsResult {
  const fileOf = input.fileOf ?? ((s: string) => `content/kaders/${s}/index.mdx`);
  const { days, problems } = releaseDays(input.records, input.history, fileOf);
  const ocids = new Map(input.records.map((r) => [r.slug, ocidOf(r.data)] as const));
  const ctx: Context = { ...input, days, ocids };
  const packages = new Map<string, OcdsPackage>();
  const releases: OcdsRelease[] = [];
  for (const record of input.records) {
    const release = toRelease(record, ctx);
    if (!release) continue;
    releases.push(release);
    packages.set(record.slug, packageOf(new URL(`/api/ocds/${record.slug}.json`, input.siteUrl).href, [release], input.siteUrl));
  }
  const sorted = [...releases].sort((a, b) => a.ocid.localeCompare(b.ocid) || Date.parse(a.date) - Date.parse(b.date) || a.id.localeCompare(b.id));
  const all = sorted.length
    ? packageOf(new URL('/api/ocds.json', input.siteUrl).href, sorted, input.siteUrl)
    : { uri: new URL('/api/ocds.json', input.siteUrl).href, version: OCDS_VERSION, extensions: extensionUrls(input.siteUrl), publishedDate: '', publisher: { name: 'Inkoopwijzer', uri: input.siteUrl }, publicationPolicy: new URL('/open-data/#ocds', input.siteUrl).href, releases: [] };
  if (!sorted.length) problems.push('OCDS: geen enkel document heeft een releasedatum; een pakket zonder releases is ongeldig');
  return { packages, all, problems };
}
