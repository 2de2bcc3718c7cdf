/**
 * Where documents of the same procurement (traject) describe the same step
 * with a different date, the later document wins. This finds, for each
 * milestone of a document, what later documents say about it.
 */
import { compareDates } from '../calendar-date.ts';
import type { Period } from '../period.ts';
import type { KaderRecord } from './types.ts';

export interface MilestoneChange {
  milestoneId: string;
  /** The date in this document. */
  from: Period;
  /** The date in the later document. */
  to: Period;
  laterSlug: string;
  laterTitle: string;
  laterPublished: Period;
}

function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end && a.time === b.time;
}

/** Later documents of the same traject, oldest first. */
export function laterDocuments(doc: KaderRecord, all: readonly KaderRecord[]): KaderRecord[] {
  return all
    .filter((other) => other.slug !== doc.slug && other.data.traject === doc.data.traject)
    .filter((other) => compareDates(other.data.published.start, doc.data.published.start) > 0)
    .sort((a, b) => compareDates(a.data.published.start, b.data.published.start));
}

/** For each milestone that a later document dates differently: the newest date. */
export function milestoneChanges(doc: KaderRecord, all: readonly KaderRecord[]): Map<string, MilestoneChange> {
  const changes = new Map<string, MilestoneChange>();
  for (const later of laterDocuments(doc, all)) {
    for (const m of doc.data.milestones) {
      const counterpart = later.data.milestones.find((l) => l.id === m.id);
      if (!counterpart) continue;
      if (samePeriod(counterpart.when, m.when)) {
        changes.delete(m.id); // a later document confirms the original date
        continue;
      }
      changes.set(m.id, {
        milestoneId: m.id,
        from: m.when,
        to: counterpart.when,
        laterSlug: later.slug,
        laterTitle: later.data.shortTitle,
        laterPublished: later.data.published,
      });
    }
  }
  return changes;
}
