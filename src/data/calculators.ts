/**
 * Build-time data for the calculator islands: frameworks with a contract
 * term or an SROI rule, segments, and the reference data (abonnementstarief,
 * AOW age). Everything is plain JSON so it can be passed as island props.
 */
import { getCollection } from 'astro:content';
import { lengthInMonths } from '../lib/contract-term.ts';
import type { AowTable } from '../lib/aow-age.ts';
import type { MonthlyRate } from '../lib/calc/contribution.ts';
import type { SegmentInfo } from '../lib/calc/segment-check.ts';
import type { TermFramework } from '../lib/calc/contract-term-calc.ts';
import type { SroiFramework } from '../lib/calc/sroi.ts';
import type { AowTableData, ContributionData } from '../schemas/reference-data.ts';
import { siteContent } from './content.ts';

/**
 * Every contract term on the site: each framework's own contract (slug = the
 * framework's slug) and the contracts of other procurements it announces
 * (slug = "<framework>:<procurement id>").
 */
export async function termFrameworks(): Promise<TermFramework[]> {
  const { kaders } = await siteContent();
  return kaders.flatMap((entry) => {
    const own = entry.data.procurement.contract;
    const list: TermFramework[] = [];
    if (own?.initialTerm) {
      list.push({
        slug: entry.id,
        title: entry.data.shortTitle,
        start: own.start,
        initialMonths: lengthInMonths(own.initialTerm),
        extensionMonths: own.extensions.map(lengthInMonths),
      });
    }
    for (const other of entry.data.procurement.otherProcurements) {
      if (!other.contract?.initialTerm) continue;
      list.push({
        slug: `${entry.id}:${other.id}`,
        title: `${entry.data.shortTitle}: ${other.label}`,
        start: other.contract.start,
        initialMonths: lengthInMonths(other.contract.initialTerm),
        extensionMonths: other.contract.extensions.map(lengthInMonths),
      });
    }
    return list;
  });
}

const STATUS_TEXT = { vastgesteld: 'vastgesteld', voornemen: 'voornemen', 'in-onderzoek': 'in onderzoek' } as const;

export async function sroiFrameworks(): Promise<SroiFramework[]> {
  const { kaders } = await siteContent();
  return kaders.flatMap((entry) =>
    entry.data.procurement.sroi.map((rule, index) => ({
      slug: entry.id,
      variant: index,
      title: `${entry.data.shortTitle}: ${String(rule.percentage).replace('.', ',')}% van de ${rule.basis === 'omzet' ? 'omzet' : 'opdrachtwaarde'}${rule.mvoPercentage !== undefined ? `, waarvan ${String(rule.mvoPercentage).replace('.', ',')}% via MVO` : ''} (${STATUS_TEXT[rule.status]})`,
      percentage: String(rule.percentage).replace('.', ','),
      basis: rule.basis,
      ...(rule.mvoPercentage === undefined ? {} : { mvo: String(rule.mvoPercentage).replace('.', ',') }),
      ...(rule.note === undefined ? {} : { note: rule.note }),
      years: termYears(entry.data.procurement.contract),
    })),
  );
}

function termYears(contract: { initialTerm: { years?: number; months?: number } | null } | null): string | undefined {
  if (!contract?.initialTerm) return undefined;
  const months = lengthInMonths(contract.initialTerm);
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
