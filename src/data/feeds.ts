/**
 * The feeds of a municipality, region or product, from the site's content:
 * /<folder>/<id>/wijzigingen.xml (Atom) and /<folder>/<id>/planning.ics (iCal).
 * The routes in src/pages only call these. An unknown id stops the build with
 * a Dutch error that names it.
 */
import { siteContent } from './content.ts';
import { changeLog } from '../lib/document/change-log.ts';
import { changeFeed } from '../lib/document/change-feed.ts';
import type { DocumentRecord } from '../lib/document/types.ts';
import { documentsForProduct, feedScope, placeTimeline, productTimeline, requireEntry, scopeChanges, type FeedScope, type FeedScopeKind } from '../lib/feeds.ts';
import { timelineCalendar } from '../lib/ical.ts';
import { documentsFor } from '../lib/places/coverage.ts';
import { regionPhrase } from '../lib/places/summary.ts';
import type { TimelineItem } from '../lib/timeline.ts';

interface ScopeContent {
  scope: FeedScope;
  /** "Kampen", "de regio Rijk van Nijmegen", "het product Dagbesteding": for titles. */
  phrase: string;
  documents: DocumentRecord[];
  items: TimelineItem[];
}

/** The ids for getStaticPaths of a kind's feed routes. */
export async function feedPaths(kind: FeedScopeKind): Promise<{ params: { id: string } }[]> {
  const { gemeenten, regios, producten } = await siteContent();
  const entries = kind === 'gemeente' ? gemeenten : kind === 'regio' ? regios : producten;
  return entries.map((e) => ({ params: { id: e.id } }));
}

export async function scopeContent(kind: FeedScopeKind, id: string | undefined, route: string): Promise<ScopeContent> {
  const { records, names, gemeenten, regios, producten } = await siteContent();
  if (kind === 'gemeente') {
    const entry = requireEntry(kind, id, gemeenten, route);
    return { scope: feedScope(kind, entry.id, entry.data.name), phrase: entry.data.name, documents: documentsFor(records, [entry.id]), items: placeTimeline(records, names, [entry.id]) };
  }
  if (kind === 'regio') {
    const entry = requireEntry(kind, id, regios, route);
    const members = entry.data.municipalities.map((m) => m.id);
    return { scope: feedScope(kind, entry.id, entry.data.name), phrase: `de ${regionPhrase(entry.data.name)}`, documents: documentsFor(records, members), items: placeTimeline(records, names, members) };
  }
  const entry = requireEntry(kind, id, producten, route);
  return {
    scope: feedScope(kind, entry.id, entry.data.name),
    phrase: `het product ${entry.data.name}`,
    documents: documentsForProduct(records, names, entry.id).map((d) => d.record),
    items: productTimeline(records, names, entry.id),
  };
}

/** The newest content date of the documents (DTSTAMP, empty feed date), never the build time. */
function newestDate(documents: readonly DocumentRecord[], fallback: string): string {
  return documents.map((d) => d.data.published.start).sort().at(-1) ?? fallback;
}

export async function atomResponse(kind: FeedScopeKind, id: string | undefined, site: URL): Promise<Response> {
  const { records, names, history } = await siteContent();
  const { scope, phrase, documents } = await scopeContent(kind, id, `${kind}-feed (wijzigingen.xml)`);
  const events = scopeChanges(changeLog(records, names, history), documents.map((d) => d.slug));
  const body = changeFeed(
    events,
    site.href,
    {
      title: `Inkoopwijzer: wijzigingen voor ${phrase}`,
      description: `Nieuwe documenten, nieuwe versies, verschoven datums en gewijzigde afspraken over ${phrase} op Inkoopwijzer.`,
      pagePath: scope.pagePath,
      feedPath: scope.atomPath,
    },
    newestDate(records, '2024-01-01'),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

export async function icalResponse(kind: FeedScopeKind, id: string | undefined, site: URL): Promise<Response> {
  const { records } = await siteContent();
  const { scope, phrase, documents, items } = await scopeContent(kind, id, `${kind}-agenda (planning.ics)`);
  const body = timelineCalendar(items, {
    name: `Inkoopwijzer: planning voor ${phrase}`,
    description: `Mijlpalen en contractdatums uit de inkoopdocumenten over ${phrase} (Inkoopwijzer)`,
    siteUrl: site.href,
    pageUrl: new URL(scope.pagePath, site).href,
    stamp: newestDate(documents, newestDate(records, '2024-01-01')),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
