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

export function changeFeed(events: readonly ChangeEvent[], siteUrl: string): string {
  const page = new URL('/wijzigingen/', siteUrl).href;
  const newest = events[0] ? eventDate(events[0].date.start) : new Date('2024-01-01T00:00:00Z');
  const feed = new Feed({
    id: page,
    title: 'Inkoopwijzer: wijzigingen',
    description: 'Nieuwe documenten, nieuwe versies en verschoven planning van alle inkoopkaders op Inkoopwijzer.',
    link: page,
    language: 'nl',
    updated: newest,
    generator: false,
    copyright: 'Inkoopwijzer',
    feedLinks: { atom: new URL('/wijzigingen.xml', siteUrl).href },
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
