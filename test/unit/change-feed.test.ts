/** The Atom feed of /wijzigingen/ (src/lib/document/change-feed.ts): valid, deterministic, dates from the content. */
import { describe, expect, it } from 'vitest';
import { changeFeed } from '../../src/lib/document/change-feed.ts';
import type { ChangeEvent } from '../../src/lib/document/change-log.ts';
import { period } from '../../src/lib/period.ts';
import { child, childrenNamed, parseXml } from '../build/xml.ts';

const events: ChangeEvent[] = [
  {
    id: 'wijziging-kader-brief',
    kind: 'gewijzigd',
    date: period('2024-04'),
    title: 'Gewijzigd: Kader <2025> & meer',
    text: 'In Brief staat iets anders dan in Kader:',
    documentSlug: 'kader',
    documentTitle: 'Kader',
    status: 'concept',
    regionId: 'regio',
    regionName: 'Regio',
    source: { slug: 'brief', title: 'Brief' },
    changes: [{ path: 'milestones.publicatie.when', area: 'planning', label: 'Publicatie', kind: 'gewijzigd', from: 'mei 2024', to: '23 april 2024' }],
  },
  {
    id: 'nieuw-kader',
    kind: 'nieuw-document',
    date: period('2024-01'),
    title: 'Nieuw document: Kader',
    text: 'Samenvatting.',
    documentSlug: 'kader',
    documentTitle: 'Kader',
    status: 'definitief',
    regionId: 'regio',
    regionName: 'Regio',
    changes: [],
  },
];

describe('changeFeed', () => {
  const xml = changeFeed(events, 'https://example.nl/');
  const feed = parseXml(xml);

  it('is Atom with one entry per event, ids from the page address and the stable anchor', () => {
    expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    const entries = childrenNamed(feed, 'entry');
    expect(entries.map((e) => child(e, 'id')!.text)).toEqual([
      'https://example.nl/wijzigingen/#wijziging-kader-brief',
      'https://example.nl/wijzigingen/#nieuw-kader',
    ]);
    expect(child(entries[0]!, 'title')!.text).toBe('Gewijzigd: Kader <2025> & meer (concept)');
    expect(child(entries[0]!, 'content')!.text).toContain('<li>Publicatie: mei 2024 → 23 april 2024</li>');
    expect(child(entries[0]!, 'link')!.attributes.href).toBe('https://example.nl/kaders/kader/');
  });

  it('dates come from the content: entries at the start of their period, the feed at the newest entry', () => {
    expect(child(feed, 'updated')!.text).toBe('2024-04-01T00:00:00.000Z');
    expect(childrenNamed(feed, 'entry').map((e) => child(e, 'updated')!.text)).toEqual(['2024-04-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z']);
  });

  it('is the same on every build', () => {
    expect(changeFeed(events, 'https://example.nl/')).toBe(xml);
  });
});
