/**
 * Builds the self-check model of one document from its frontmatter, at
 * build time: the choice questions it needs (segments, lots, products,
 * municipalities), its requirements with their questions and links, and its
 * deadlines. A new document gets its self-check from its data alone.
 */
import { CELL_LABELS, productMatrix } from '../document/product-matrix.ts';
import type { DocumentData, NameIndex } from '../document/types.ts';
import { certaintyLabels, requirementKindLabels } from '../labels.ts';
import { formatPeriod } from '../period.ts';
import { SCOPE_KINDS, type DeadlineModel, type EligibilityModel, type RequirementModel, type ScopeModel } from './types.ts';

const nl = (n: number) => String(n).replace('.', ',');

function sroiFacts(data: DocumentData): string[] {
  return data.procurement.sroi.map((s) => {
    const basis = s.basis === 'opdrachtwaarde' ? 'de opdrachtwaarde' : s.basis === 'omzet' ? 'uw omzet' : 'een grondslag die het document niet noemt';
    const mvo = s.mvoPercentage !== undefined ? `, waarvan ${nl(s.mvoPercentage)}% of meer via MVO-activiteiten` : '';
    return `${nl(s.percentage)}% van ${basis}${mvo} (${certaintyLabels[s.certainty].toLowerCase()}).`;
  });
}

/** Lot names repeat across domains (Begeleiding for Wmo and for Jeugdhulp), so the domain is part of the label. */
function lotLabel(lot: DocumentData['lots'][number]): string {
  return `${lot.number ? `Perceel ${lot.number}: ` : ''}${lot.name} (${lot.domain})`;
}

function scopesOf(data: DocumentData, names: NameIndex): ScopeModel[] {
  const scopes: ScopeModel[] = [];
  const name = (index: Map<string, string>, id: string) => index.get(id) ?? id;
  if (data.segments.length > 0) {
    scopes.push({
      kind: 'segmenten',
      label: 'Segmenten',
      question: 'Voor welke segmenten wilt u zich inschrijven?',
      hint: 'Kies alle segmenten die voor u gelden. U krijgt daarna alleen de vragen die bij die segmenten horen.',
      options: data.segments.map((s) => ({ id: s.id, label: s.name, hint: s.targetGroup })),
    });
  }
  if (data.lots.length > 0) {
    scopes.push({
      kind: 'percelen',
      label: 'Percelen',
      question: 'Op welke percelen wilt u inschrijven?',
      hint: 'Kies alle percelen die voor u gelden. U krijgt daarna alleen de vragen die bij die percelen horen.',
      options: data.lots.map((l) => ({
        id: l.id,
        label: lotLabel(l),
        // A lot for some municipalities names them: it is not for the whole region.
        hint: l.scope === 'per-gemeente'
          ? 'Eén perceel per gemeente'
          : l.scope === 'gemeenten'
            ? `Alleen voor ${(l.municipalities ?? []).map((m) => name(names.gemeenten, m.id)).join(', ')}`
            : 'Eén perceel voor de hele regio',
        ...(l.scope === 'per-gemeente' ? { perMunicipality: true } : {}),
      })),
    });
  }
  if (data.segments.length === 0 && data.lots.length === 0 && data.products.length > 1) {
    const matrix = productMatrix(data);
    scopes.push({
      kind: 'producten',
      label: 'Producten',
      question: 'Welke producten wilt u leveren?',
      hint: 'Kies alle producten die u wilt leveren.',
      options: matrix.rows.map((row) => {
        // Where the source does not say how it is bought, it does not say "another way" either.
        const elsewhere = row.cells
          .filter((c) => c.channel !== 'regionale-inkoop' && c.channel !== 'niet-genoemd')
          .map((c) => ({ municipalityId: c.municipalityId, channel: CELL_LABELS[c.channel].toLowerCase(), ...(c.note ? { note: c.note } : {}) }));
        const everywhere = elsewhere.length === row.cells.length && new Set(row.cells.map((c) => c.channel)).size === 1;
        const hint = everywhere ? CELL_LABELS[row.cells[0]!.channel] : elsewhere.length > 0 ? 'In sommige gemeenten anders ingekocht' : undefined;
        return { id: row.productId, label: name(names.producten, row.productId), ...(hint ? { hint } : {}), ...(elsewhere.length ? { elsewhere } : {}) };
      }),
    });
  }
  if (data.municipalities.length > 1) {
    const perLot = data.lots.some((l) => l.scope === 'per-gemeente');
    scopes.push({
      kind: 'gemeenten',
      label: 'Gemeenten',
      question: perLot ? 'In welke gemeenten wilt u inschrijven?' : 'In welke gemeenten wilt u werken?',
      hint: perLot
        ? 'Bij de percelen voor de Wmo is er één perceel per gemeente. Kies alle gemeenten die voor u gelden.'
        : 'Kies alle gemeenten waar u ondersteuning wilt leveren.',
      options: data.municipalities.map((m) => ({ id: m.id, label: name(names.gemeenten, m.id) })),
    });
  }
  return scopes;
}

function requirementsOf(slug: string, data: DocumentData, sectionHref: (id: string) => string): RequirementModel[] {
  const targets = new Map<string, string>([...data.segments.map((s) => [s.id, s.name] as const), ...data.lots.map((l) => [l.id, lotLabel(l)] as const)]);
  return data.requirements.map((r) => {
    if ((SCOPE_KINDS as readonly string[]).includes(r.id)) {
      throw new Error(`Eis '${r.id}' in ${slug}: dit id is gereserveerd voor de zelftest (${SCOPE_KINDS.join(', ')}); kies een ander id.`);
    }
    return {
      id: r.id,
      kind: r.kind,
      kindLabel: requirementKindLabels[r.kind],
      title: r.title,
      description: r.description,
      effect: r.effect,
      certainty: r.certainty,
      evidence: r.evidence,
      href: sectionHref(r.section),
      question: r.question ?? `Voldoet uw organisatie aan deze eis: ${r.title}?`,
      appliesTo: r.appliesTo,
      appliesToLabels: r.appliesTo.map((id) => targets.get(id) ?? id),
      facts: r.kind === 'sroi' ? sroiFacts(data) : [],
    };
  });
}

function deadlinesOf(data: DocumentData): DeadlineModel[] {
  return data.milestones
    .filter((m) => m.kind === 'deadline')
    .map((m) => ({ label: m.label, when: m.display ?? formatPeriod(m.when), date: m.when.start }));
}

/** A document gets a self-check page (/kaders/<slug>/toets/) when it states requirements for providers. */
export const hasSelfCheck = (data: Pick<DocumentData, 'requirements'>): boolean => data.requirements.length > 0;

/**
 * `sectionHref` maps a heading anchor of the document to its address: a long document is split into
 * chapter pages (src/lib/document/chapters.ts), so the section may be on another page than the overview.
 */
export function toEligibilityModel(
  slug: string,
  data: DocumentData,
  names: NameIndex,
  sectionHref: (id: string) => string = (id) => `/kaders/${slug}/#${id}`,
): EligibilityModel {
  return {
    slug,
    title: data.title,
    shortTitle: data.shortTitle,
    scopes: scopesOf(data, names),
    municipalities: data.municipalities.map((m) => ({ id: m.id, name: names.gemeenten.get(m.id) ?? m.id })),
    requirements: requirementsOf(slug, data, sectionHref),
    deadlines: deadlinesOf(data),
  };
}
