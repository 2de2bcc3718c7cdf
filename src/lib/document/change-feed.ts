/**
 * The Atom feed of /wijzigingen/ (/wijzigingen.xml). Entry ids are the
 * page address plus the event's stable anchor; dates come from the content,
 * never from the build time, so feed readers do not see old news as new.
 */
import { Feed } from 'feed';
import { formatPeriod } from '../period.ts';
import { formatChange } from './changes.ts';
import { changeKindLabels, eventDate, type ChangeEvent } from './change-log.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text of an event, for the feed summary. */
export function eventSummary(event: ChangeEvent): string {
  const lines = [event.text, ...event.changes.map(formatChange)];
  if (event.status === 'concept') lines.unshift('Concept.');
  return lines.join(' ');
}

/** A feed for part of the site (a municipality, region or product); the whole site when absent. */
export interface ChangeFeedScope {
  title: string;
  description: string;
  /** The page the feed belongs to, e.g. "/gemeenten/kampen/"; also the feed's id. */
  pagePath: string;
  /** The feed's own address, e.g. "/gemeenten/kampen/wijzigingen.xml". */
  feedPath: string;
}

const SITE_FEED: ChangeFeedScope = {
  title: 'Inkoopwijzer: wijzigingen',
  description: 'Nieuwe documenten, nieuwe versies en verschoven planning van alle inkoopkaders op Inkoopwijzer.',
  pagePath: '/wijzigingen/',
  feedPath: '/wijzigingen.xml',
};

/**
 * Entry ids are the same in every feed (the event's anchor on /wijzigingen/):
 * an event in the feed of a municipality and of its region is one entry.
 * An empty feed is dated at its newest content date (`emptyDate`), never at the build time.
 */
export function changeFeed(events: readonly ChangeEvent[], siteUrl: string, scope: ChangeFeedScope = SITE_FEED, emptyDate = '2024-01-01'): string {
  const page = new URL(SITE_FEED.pagePath, siteUrl).href;
  const newest = eventDate(events[0]?.date.start ?? emptyDate);
  const feed = new Feed({
    id: new URL(scope.pagePath, siteUrl).href,
    title: scope.title,
    description: scope.description,
    link: new URL(scope.pagePath, siteUrl).href,
    language: 'nl',
    updated: newest,
    generator: false,
    copyright: 'Inkoopwijzer',
    feedLinks: { atom: new URL(scope.feedPath, siteUrl).href },
  });
  for (const event of events) {
    const documentUrl = new URL(`/kaders/${event.documentSlug}/`, siteUrl).href;
    const changes = event.changes.length
      ? `<ul>${event.changes.map((c) => `<li>${escapeHtml(formatChange(c))}</li>`).join('')}</ul>`
      : '';
    const source = event.source
      ? `<p>Bron: <a href="${new URL(`/kaders/${event.source.slug}/`, siteUrl).href}">${escapeHtml(event.source.title)}</a></p>`
      : '';
    feed.addItem({
      id: `${page}#${event.id}`,
      title: `${event.title}${event.status === 'concept' ? ' (concept)' : ''}`,
      link: documentUrl,
      date: eventDate(event.date.start),
      published: eventDate(event.date.start),
      description: eventSummary(event),
      content: `<p>${escapeHtml(changeKindLabels[event.kind])} · ${escapeHtml(formatPeriod(event.date))} · ${escapeHtml(event.regionName)}</p><p>${escapeHtml(event.text)}</p>${changes}${source}`,
      category: [{ name: event.regionName, term: event.regionId }],
    });
  }
  return feed.atom1();
}
