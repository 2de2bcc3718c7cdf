/**
 * The national overviews split into parts per region (src/lib/overview-parts.ts),
 * computed once per build and shared by each overview's index and its part pages.
 * Page sizes keep every part within the 25 KB budget of scripts/lib/page-weight.ts
 * with room for real, less uniform content than the benchmark's.
 */
import { siteContent, type Kader } from './content.ts';
import { changeLog, type ChangeEvent } from '../lib/document/change-log.ts';
import { offerRows, type OfferRow } from '../lib/document/offer-rows.ts';
import type { DocumentRecord } from '../lib/document/types.ts';
import { splitOverview, type OverviewGroup } from '../lib/overview-parts.ts';
import { siteTimeline, type TimelineItem } from '../lib/timeline.ts';

/** Items per page: timeline items, table rows, documents side by side, change entries. */
export const PER_PAGE = { planning: 120, percelen: 100, vergelijk: 6, wijzigingen: 30, kaders: 30 } as const;

export interface Overviews {
  planning: OverviewGroup<TimelineItem>[];
  percelen: OverviewGroup<OfferRow>[];
  vergelijk: OverviewGroup<DocumentRecord>[];
  wijzigingen: OverviewGroup<ChangeEvent>[];
  /** The documents of /kaders/ per region: /regios/<id>/kaders/ and /regios/<id>/kaders/<n>/. */
  kaders: OverviewGroup<Kader>[];
}

let cached: Promise<Overviews> | undefined;

export function overviews(): Promise<Overviews> {
  cached ??= (async () => {
    const { kaders, records, names, history } = await siteContent();
    const region = (id: string) => ({ id, label: names.regios.get(id) ?? id });
    return {
      planning: splitOverview(siteTimeline(records, names), { base: '/planning/', groupOf: (i) => region(i.regionId), perPage: PER_PAGE.planning }),
      percelen: splitOverview(offerRows(records, names), { base: '/percelen/', groupOf: (r) => region(r.regionId), perPage: PER_PAGE.percelen }),
      vergelijk: splitOverview(records, { base: '/vergelijk/', groupOf: (r) => region(r.data.region.id), perPage: PER_PAGE.vergelijk }),
      wijzigingen: splitOverview(changeLog(records, names, history), { base: '/wijzigingen/', groupOf: (e) => region(e.regionId), perPage: PER_PAGE.wijzigingen }),
      kaders: splitOverview(kaders, {
        base: '/regios/',
        groupOf: (k) => region(k.data.region.id),
        perPage: PER_PAGE.kaders,
        pathOf: (id, n) => `/regios/${id}/kaders/${n > 1 ? `${n}/` : ''}`,
      }),
    };
  })();
  return cached;
}
