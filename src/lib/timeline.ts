/**
 * Timelines across documents: milestones, contract periods (initial term and
 * each extension as its own segment) and other procurements a document
 * announces. Status relative to "today" is computed where it is shown (in the
 * browser), so a static build never goes stale; this module takes today as input.
 */
import { compareDates, daysBetween, type IsoDate } from './calendar-date.ts';
import type { Certainty } from './certainty.ts';
import { formatLength } from './contract-term.ts';
import { summariseContract } from './document/contract.ts';
import type { DocumentRecord, NameIndex } from './document/types.ts';
import { formatDate, formatPeriod, type Period, type Precision } from './period.ts';

export { statusOn, timelineStatusLabels, type TimelineStatus } from './timeline-status.ts';

export type TimelineItemKind = 'mijlpaal' | 'contract' | 'verlenging' | 'ander-traject';

/** How /planning/ names each kind of item. */
export const timelineKindLabels: Record<TimelineItemKind, string> = {
  mijlpaal: 'Mijlpaal',
  contract: 'Contractperiode',
  verlenging: 'Verlengingsoptie',
  'ander-traject': 'Ander inkooptraject',
};

export interface TimelineItem {
  /** Unique across the site, usable as an anchor and an iCal UID part. */
  id: string;
  kind: TimelineItemKind;
  documentSlug: string;
  documentTitle: string;
  regionId: string;
  regionName: string;
  label: string;
  start: IsoDate;
  end: IsoDate;
  precision: Precision | 'contract';
  /** The date as a Dutch label with its real precision. */
  when: string;
  /** Extra detail, e.g. who acts or the length of a term. */
  detail?: string;
  /** How firmly the document states the date: a planned date is "gepland", never a fact. */
  certainty: Certainty;
  /** The period as the source gives it (time, separate dates, part of a year, what was inferred); absent for computed contract segments. */
  period?: Period;
  /** For a milestone: its kind; a 'deadline' over a period is one moment, at its end. */
  milestoneKind?: string;
}

function byStart(a: TimelineItem, b: TimelineItem): number {
  return compareDates(a.start, b.start) || compareDates(a.end, b.end) || a.label.localeCompare(b.label, 'nl');
}

/** Every dated item of one document. */
export function documentTimeline(record: DocumentRecord, names: NameIndex): TimelineItem[] {
  const { data, slug } = record;
  const base = {
    documentSlug: slug,
    documentTitle: data.shortTitle,
    regionId: data.region.id,
    regionName: names.regios.get(data.region.id) ?? data.region.id,
  };
  const items: TimelineItem[] = data.milestones.map((m) => ({
    ...base,
    id: `${slug}--${m.id}`,
    kind: 'mijlpaal',
    label: m.label,
    start: m.when.start,
    end: m.when.end,
    precision: m.when.precision,
    when: m.display ?? formatPeriod(m.when),
    ...(m.actor ? { detail: `Door: ${m.actor}` } : {}),
    certainty: m.certainty,
    period: m.when,
    milestoneKind: m.kind,
  }));
  const contract = summariseContract(data.procurement.contract);
  if (contract?.term) {
    for (const segment of contract.term.segments) {
      const isInitial = segment.kind === 'initieel';
      items.push({
        ...base,
        id: `${slug}--contract-${segment.index}`,
        kind: isInitial ? 'contract' : 'verlenging',
        label: isInitial ? 'Contract: eerste looptijd' : `Contract: verlenging ${segment.index} (optie)`,
        start: segment.start,
        end: segment.end,
        precision: 'contract',
        when: `${formatDate(segment.start)} t/m ${formatDate(segment.end)}`,
        detail: formatLength(segment.months),
        certainty: contract.certainty,
      });
    }
  } else if (contract) {
    // No determinable end: only the start, as precise as the source, with what is known of the term.
    items.push({
      ...base,
      id: `${slug}--contract-0`,
      kind: 'contract',
      label: 'Contract: start',
      start: contract.start.start,
      end: contract.start.end,
      precision: contract.start.precision,
      when: formatPeriod(contract.start),
      detail: `Eerste looptijd ${contract.termText}; einddatum niet te bepalen (${contract.noEndReason ?? 'verlengingen niet genoemd'})`,
      certainty: contract.certainty,
      period: contract.start,
    });
  }
  for (const other of data.procurement.otherProcurements) {
    const otherContract = summariseContract(other.contract);
    const start = otherContract?.start ?? other.contractStart;
    if (!start) continue;
    const maxEnd = otherContract?.maxEnd;
    items.push({
      ...base,
      id: `${slug}--traject-${other.id}`,
      kind: 'ander-traject',
      label: `Ander inkooptraject: ${other.label}`,
      start: start.start,
      end: maxEnd?.end ?? start.end,
      precision: maxEnd ? 'contract' : start.precision,
      when: maxEnd ? `${formatPeriod(start)} t/m ${formatPeriod(maxEnd)} (met verlengingen)` : `nieuw contract per ${formatPeriod(start)}`,
      ...(other.note ? { detail: other.note } : {}),
      certainty: other.certainty,
      ...(maxEnd ? {} : { period: start }),
    });
  }
  return items.sort(byStart);
}

/** All dated items of all documents, in date order. */
export function siteTimeline(records: readonly DocumentRecord[], names: NameIndex): TimelineItem[] {
  return records.flatMap((r) => documentTimeline(r, names)).sort(byStart);
}

/** Calendar years an item touches, for the year filter. */
export function yearsOf(item: Pick<TimelineItem, 'start' | 'end'>): number[] {
  const first = Number(item.start.slice(0, 4));
  const last = Number(item.end.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export interface BarPosition {
  /** Offset from the start of the range, in percent. */
  left: number;
  /** Length within the range, in percent; at least a sliver so a single day stays visible. */
  width: number;
}

/**
 * Where each period sits on a shared bar from the earliest start to the
 * latest end, for the visual timeline on wide screens (the list is the
 * accessible version; the bars are decoration).
 */
export function barPositions(periods: readonly { start: IsoDate; end: IsoDate }[], minWidth = 0.8): BarPosition[] {
  if (periods.length === 0) return [];
  const first = periods.reduce((a, p) => (p.start < a ? p.start : a), periods[0]!.start);
  const last = periods.reduce((a, p) => (p.end > a ? p.end : a), periods[0]!.end);
  const total = daysBetween(first, last) + 1;
  return periods.map((p) => {
    const left = (daysBetween(first, p.start) / total) * 100;
    const width = Math.max(((daysBetween(p.start, p.end) + 1) / total) * 100, minWidth);
    return { left: Math.min(left, 100 - minWidth), width: Math.min(width, 100 - Math.min(left, 100 - minWidth)) };
  });
}
