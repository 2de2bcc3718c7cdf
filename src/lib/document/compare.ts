/**
 * The documents side by side: one row per aspect, one cell per document,
 * as plain text so that differences can be detected by comparing strings.
 */
import { certaintySuffix } from '../certainty.ts';
import { fundingModelLabels, certaintyLabels, methodLabels } from '../labels.ts';
import { formatDate, formatPeriod } from '../period.ts';
import { summariseContract } from './contract.ts';
import type { DocumentRecord, NameIndex } from './types.ts';

export interface CompareRow {
  key: string;
  label: string;
  cells: string[];
  /** True when not all cells are the same. */
  differs: boolean;
}

function requirementSummary(record: DocumentRecord, kinds: string[]): string {
  const found = record.data.requirements.filter((r) => kinds.includes(r.kind));
  if (found.length === 0) return 'Niet genoemd';
  return found.map((r) => `${r.title} (${certaintyLabels[r.certainty].toLowerCase()})`).join('; ');
}

export function compareDocuments(records: readonly DocumentRecord[], names: NameIndex): CompareRow[] {
  const cell = (f: (r: DocumentRecord) => string) => records.map(f);
  const rows: Omit<CompareRow, 'differs'>[] = [
    { key: 'regio', label: 'Regio', cells: cell((r) => names.regios.get(r.data.region.id) ?? r.data.region.id) },
    { key: 'gemeenten', label: 'Gemeenten', cells: cell((r) => r.data.municipalities.map((m) => names.gemeenten.get(m.id) ?? m.id).join(', ')) },
    { key: 'domein', label: 'Domein', cells: cell((r) => r.data.domains.join(', ')) },
    { key: 'inkoopvorm', label: 'Inkoopvorm', cells: cell((r) => methodLabels[r.data.procurement.method]) },
    {
      key: 'looptijd',
      label: 'Looptijd',
      cells: cell((r) => {
        const c = summariseContract(r.data.procurement.contract);
        if (!c) return 'Niet genoemd';
        return `Eerste looptijd ${c.termText} vanaf ${formatPeriod(c.start)}${certaintySuffix(c.certainty)}; verlengingen: ${c.extensionsText}`;
      }),
    },
    {
      key: 'einddatum',
      label: 'Uiterste einddatum',
      cells: cell((r) => {
        const c = summariseContract(r.data.procurement.contract);
        if (!c) return 'Niet genoemd';
        return c.maxEnd ? formatPeriod(c.maxEnd) : `Niet te bepalen: ${c.noEndReason ?? 'de verlengingen zijn niet genoemd'}`;
      }),
    },
    {
      key: 'bekostiging',
      label: 'Bekostiging',
      cells: cell((r) => (r.data.funding.models.length ? [...new Set(r.data.funding.models.map((m) => fundingModelLabels[m.model]))].join('; ') : 'Niet genoemd')),
    },
    { key: 'aanbieders', label: 'Beoogd aantal aanbieders', cells: cell((r) => r.data.procurement.providersTarget?.text ?? 'Niet genoemd') },
    { key: 'bibob', label: 'Integriteit (Bibob)', cells: cell((r) => requirementSummary(r, ['bibob'])) },
    { key: 'financieel', label: 'Financiële toets', cells: cell((r) => requirementSummary(r, ['financiele-toets'])) },
    {
      key: 'sroi',
      label: 'Social return (SROI)',
      cells: cell((r) =>
        r.data.procurement.sroi.length
          ? r.data.procurement.sroi.map((s) => `${String(s.percentage).replace('.', ',')}% van de ${s.basis === 'niet-genoemd' ? 'grondslag (niet genoemd)' : s.basis}${s.mvoPercentage !== undefined ? `, waarvan ${String(s.mvoPercentage).replace('.', ',')}% via MVO` : ''} (${certaintyLabels[s.certainty].toLowerCase()})`).join('; ')
          : 'Niet genoemd',
      ),
    },
    {
      key: 'producten',
      label: 'Producten en percelen',
      cells: cell((r) => {
        // A lot for some of the municipalities says for which ones: the row above lists all of the document's.
        const lot = (l: DocumentRecord['data']['lots'][number]) =>
          l.scope === 'gemeenten' ? `${l.name} (alleen ${(l.municipalities ?? []).map((m) => names.gemeenten.get(m.id) ?? m.id).join(', ')})` : l.name;
        return [...new Set([...r.data.products.map((p) => names.producten.get(p.product.id) ?? p.product.id), ...r.data.lots.map(lot)])].join(', ') || 'Niet genoemd';
      }),
    },
  ];
  return rows.map((row) => ({ ...row, differs: new Set(row.cells).size > 1 }));
}
