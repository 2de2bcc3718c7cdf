/**
 * Feeds per municipality, region and product (src/lib/feeds.ts): which
 * documents and dated items belong to each, which change events, and a clear
 * Dutch error for an unknown place or product.
 */
import { describe, expect, it } from 'vitest';
import { base, names, record } from './document-fixture.ts';
import { changeLog } from '../../src/lib/document/change-log.ts';
import { changeFeed } from '../../src/lib/document/change-feed.ts';
import { documentsForProduct, feedScope, placeTimeline, productTimeline, requireEntry, scopeChanges, scopeTimeline } from '../../src/lib/feeds.ts';
import { child, childrenNamed, parseXml } from '../build/xml.ts';

const allNames = { ...names, producten: new Map([...names.producten, ['trapliften', 'Trapliften']]) };

/** The fixture for Aagemeente and Beegemeente, with an announced procurement for stairlifts. */
const early = record('kader-2024', {
  published: '2024-01',
  procurement: {
    ...base.procurement,
    otherProcurements: [{ id: 'trapliften', label: 'Trapliften', products: ['trapliften'], contractStart: '2026-11-01', certainty: 'voornemen' }],
  },
});
/** A later document of the same traject that moves the publication. */
const later = record('brief-2024', {
  published: '2024-04',
  municipalities: ['aagemeente', 'beegemeente'],
  milestones: [{ id: 'publicatie', label: 'Publicatie', when: '2024-04-23', certainty: 'vastgesteld' }],
  products: [],
  lots: [],
});
/** Another traject for Ceegemeente only, buying nothing from the catalogue. */
const other = record('ander-kader', { traject: 'ander', municipalities: ['ceegemeente'], products: [], lots: [], milestones: [{ id: 'start', label: 'Start', when: '2025-01-01', certainty: 'vastgesteld' }] });
const records = [early, later, other];

describe('feedScope and requireEntry', () => {
  it('gives each scope its page and its two feed addresses', () => {
    expect(feedScope('gemeente', 'kampen', 'Kampen')).toEqual({ kind: 'gemeente', id: 'kampen', name: 'Kampen', pagePath: '/gemeenten/kampen/', atomPath: '/gemeenten/kampen/wijzigingen.xml', icalPath: '/gemeenten/kampen/planning.ics' });
    expect(feedScope('regio', 'rijk-van-nijmegen', 'Rijk van Nijmegen').icalPath).toBe('/regios/rijk-van-nijmegen/planning.ics');
    expect(feedScope('product', 'dagbesteding', 'Dagbesteding').atomPath).toBe('/producten/dagbesteding/wijzigingen.xml');
  });

  it('an unknown place or product stops with a Dutch error that names it and what exists', () => {
    const entries = [{ id: 'kampen' }, { id: 'heumen' }];
    expect(requireEntry('gemeente', 'kampen', entries, 'route')).toBe(entries[0]);
    expect(() => requireEntry('gemeente', 'kampne', entries, '/gemeenten/[id]/planning.ics')).toThrow("/gemeenten/[id]/planning.ics: onbekende gemeente 'kampne'. Bestaande gemeenten: kampen, heumen");
    expect(() => requireEntry('product', 'vervoer', [], 'route')).toThrow("onbekend product 'vervoer'. Bestaande producten: (geen)");
    expect(() => requireEntry('regio', undefined, entries, 'route')).toThrow("onbekende regio ''. Bestaande regio's");
  });
});

describe('documents and planning per scope', () => {
  it('a product: documents that buy it, and those that only announce a procurement for it, newest first', () => {
    expect(documentsForProduct(records, allNames, 'begeleiding').map((d) => [d.record.slug, d.buys])).toEqual([['kader-2024', true]]);
    expect(documentsForProduct(records, allNames, 'trapliften').map((d) => [d.record.slug, d.buys, d.otherProcurementIds])).toEqual([['kader-2024', false, ['trapliften']]]);
    expect(documentsForProduct(records, allNames, 'onbekend')).toEqual([]);
  });

  it('a product only announced: its planning is that procurement, not the whole document', () => {
    expect(productTimeline(records, allNames, 'trapliften').map((i) => i.id)).toEqual(['kader-2024--traject-trapliften']);
    expect(productTimeline(records, allNames, 'begeleiding').map((i) => i.id)).toContain('kader-2024--publicatie');
  });

  it('a place: all its documents; a step two documents of one traject share comes from the newest', () => {
    const items = placeTimeline(records, allNames, ['aagemeente']);
    const publication = items.filter((i) => i.id.endsWith('--publicatie'));
    expect(publication.map((i) => [i.id, i.start])).toEqual([['brief-2024--publicatie', '2024-04-23']]);
    expect(items.some((i) => i.documentSlug === 'ander-kader')).toBe(false);
    const cee = placeTimeline(records, allNames, ['ceegemeente']);
    expect(cee.map((i) => i.id)).toContain('ander-kader--start');
    expect(cee.every((i) => i.documentSlug === 'ander-kader')).toBe(true);
    expect(placeTimeline(records, allNames, ['leeggemeente'])).toEqual([]);
    // Items are in date order.
    const starts = items.map((i) => i.start);
    expect([...starts].sort()).toEqual(starts);
  });

  it('scopeTimeline keeps what the filter keeps', () => {
    expect(scopeTimeline(records, allNames, (_, item) => item.kind === 'contract').every((i) => i.kind === 'contract')).toBe(true);
  });
});

describe('scopeChanges', () => {
  const history = new Map([['kader-2024', [{
    path: 'milestones.publicatie.when', area: 'planning' as const, label: 'Publicatie', kind: 'gewijzigd' as const, from: 'mei 2024', to: '23 april 2024',
    target: 'milestone' as const, id: 'publicatie', field: 'when', supersessionKind: 'gewijzigd' as const,
    by: { slug: 'brief-2024', title: 'Brief', published: later.data.published },
  }]]]);
  const events = changeLog(records, allNames, history);

  it('keeps the events about the scope\'s documents, and a later document\'s change to one of them', () => {
    const ids = scopeChanges(events, ['kader-2024']).map((e) => e.id);
    expect(ids).toContain('nieuw-kader-2024');
    expect(ids).toContain('wijziging-kader-2024-brief-2024');
    expect(ids).not.toContain('nieuw-ander-kader');
    expect(scopeChanges(events, ['brief-2024']).map((e) => e.id)).toContain('wijziging-kader-2024-brief-2024');
    expect(scopeChanges(events, [])).toEqual([]);
  });

  it('a scoped Atom feed: its own id, title and self link; entries keep their site-wide ids; an empty feed is dated from the content', () => {
    const scope = feedScope('gemeente', 'aagemeente', 'Aagemeente');
    const xml = changeFeed(scopeChanges(events, ['kader-2024', 'brief-2024']), 'https://inkoopwijzer.test/', { title: 'Wijzigingen voor Aagemeente', description: 'Test', pagePath: scope.pagePath, feedPath: scope.atomPath });
    const feed = parseXml(xml);
    expect(child(feed, 'id')!.text).toBe('https://inkoopwijzer.test/gemeenten/aagemeente/');
    expect(child(feed, 'title')!.text).toBe('Wijzigingen voor Aagemeente');
    expect(childrenNamed(feed, 'link').find((l) => l.attributes.rel === 'self')!.attributes.href).toBe('https://inkoopwijzer.test/gemeenten/aagemeente/wijzigingen.xml');
    expect(childrenNamed(feed, 'entry').map((e) => child(e, 'id')!.text)).toContain('https://inkoopwijzer.test/wijzigingen/#wijziging-kader-2024-brief-2024');
    const empty = parseXml(changeFeed([], 'https://inkoopwijzer.test/', { title: 'Leeg', description: 'Test', pagePath: '/gemeenten/leeg/', feedPath: '/gemeenten/leeg/wijzigingen.xml' }, '2024-04-01'));
    expect(childrenNamed(empty, 'entry')).toEqual([]);
    expect(child(empty, 'updated')!.text).toBe('2024-04-01T00:00:00.000Z');
  });
});
