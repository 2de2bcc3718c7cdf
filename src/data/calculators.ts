/**
 * Build-time data for the calculator islands: documents with a contract
 * term or an SROI rule, segments, and the reference data (abonnementstarief,
 * AOW age). Everything is plain JSON so it can be passed as island props.
 */
import { getCollection } from 'astro:content';
import { determinate } from '../lib/bound.ts';
import { certaintyLabels } from '../lib/certainty.ts';
import { lengthInMonths } from '../lib/contract-term.ts';
import { contractDates, type ContractStatement } from '../lib/document/contract.ts';
import type { AowTable } from '../lib/aow-age.ts';
import type { MonthlyRate } from '../lib/calc/contribution.ts';
import type { SegmentInfo } from '../lib/calc/segment-check.ts';
import type { TermPrefill } from '../lib/calc/contract-term-calc.ts';
import type { SroiRule } from '../lib/calc/sroi.ts';
import type { AowTableData, ContributionData } from '../schemas/reference-data.ts';
import { siteContent } from './content.ts';

/**
 * Every contract term on the site: each document's own contract (slug = the
 * document's slug) and the contracts of other procurements it announces
 * (slug = "<document>:<procurement id>").
 */
export async function termPrefills(): Promise<TermPrefill[]> {
  const { kaders } = await siteContent();
  // Only contracts whose source gives a start day and exact terms: anything else would put invented dates in the calculator.
  const prefill = (slug: string, title: string, contract: ContractStatement | null | undefined): TermPrefill[] => {
    const dates = contract ? contractDates(contract) : null;
    if (!contract || !dates || !Array.isArray(contract.extensions)) return [];
    return [{
      slug,
      title,
      start: contract.start.start,
      initialMonths: dates.term.segments[0]!.months,
      extensionMonths: contract.extensions.map(lengthInMonths),
    }];
  };
  return kaders.flatMap((entry) => [
    ...prefill(entry.id, entry.data.shortTitle, entry.data.procurement.contract),
    ...entry.data.procurement.otherProcurements.flatMap((other) => prefill(`${entry.id}:${other.id}`, `${entry.data.shortTitle}: ${other.label}`, other.contract)),
  ]);
}

const BASIS_TEXT = { omzet: 'van de omzet', opdrachtwaarde: 'van de opdrachtwaarde', 'niet-genoemd': '(grondslag niet genoemd)' } as const;

export async function sroiRules(): Promise<SroiRule[]> {
  const { kaders } = await siteContent();
  return kaders.flatMap((entry) =>
    entry.data.procurement.sroi.map((rule, index) => ({
      slug: entry.id,
      variant: index,
      title: `${entry.data.shortTitle}: ${String(rule.percentage).replace('.', ',')}% ${BASIS_TEXT[rule.basis]}${rule.mvoPercentage !== undefined ? `, waarvan ${String(rule.mvoPercentage).replace('.', ',')}% via MVO` : ''} (${certaintyLabels[rule.certainty].toLowerCase()})`,
      percentage: String(rule.percentage).replace('.', ','),
      ...(rule.basis === 'niet-genoemd' ? {} : { basis: rule.basis }),
      ...(rule.mvoPercentage === undefined ? {} : { mvo: String(rule.mvoPercentage).replace('.', ',') }),
      ...(rule.note === undefined ? {} : { note: rule.note }),
      years: termYears(entry.data.procurement.contract),
    })),
  );
}

/** The term in years for the SROI prefill, only when the source fixes it. */
function termYears(contract: ContractStatement | null): string | undefined {
  const initial = determinate(contract?.initialTerm);
  if (!initial) return undefined;
  const months = lengthInMonths(initial);
  return months % 12 === 0 ? String(months / 12) : String(Math.round((months / 12) * 100) / 100).replace('.', ',');
}

export async function segmentsOf(slug: string): Promise<{ title: string; segments: SegmentInfo[] }> {
  const { kaders } = await siteContent();
  const entry = kaders.find((k) => k.id === slug);
  if (!entry) return { title: slug, segments: [] };
  return {
    title: entry.data.shortTitle,
    segments: entry.data.segments.map((s) => ({ id: s.id, name: s.name, targetGroup: s.targetGroup, age: { ...s.age } })),
  };
}

async function referenceEntry<T extends 'abonnementstarief' | 'aow-leeftijd'>(kind: T) {
  const entries = await getCollection('referentie');
  return entries.map((e) => e.data).find((data) => data.kind === kind) as
    | (T extends 'abonnementstarief' ? ContributionData : AowTableData)
    | undefined;
}

export async function contributionData(): Promise<ContributionData | undefined> {
  return referenceEntry('abonnementstarief');
}

export async function aowTableData(): Promise<AowTableData | undefined> {
  return referenceEntry('aow-leeftijd');
}

export function monthlyRates(data: ContributionData | undefined): MonthlyRate[] {
  return (data?.rates ?? [])
    .map((rate) => ({ year: rate.year, amountCents: rate.amountCents, source: `${rate.source.publisher}, ${rate.source.title}` }))
    .sort((a, b) => a.year - b.year);
}

export function aowTable(data: AowTableData | undefined): AowTable | undefined {
  if (!data) return undefined;
  return {
    rows: data.rows.map((row) => ({ ...(row.from ? { from: row.from } : {}), to: row.to, years: row.years, months: row.months })),
    after: { atLeastYears: data.after.atLeastYears, atLeastMonths: data.after.atLeastMonths },
  };
}
