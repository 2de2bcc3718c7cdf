/**
 * Builds the real site once and checks what a visitor and an API client get:
 * the five source documents at their fixed addresses, the open-data API,
 * the JSON Schema, HTML basics on every page, and no third-party resources.
 * Then proves that broken content fails the build with a clear message.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from './helpers.ts';
import { headingOutlineProblems } from './heading-outline.ts';
import { child, childrenNamed, parseXml } from './xml.ts';
import { loadBuiltPagefind, sitePath } from './pagefind-node.ts';
import { NONSENSE_QUERIES, PLACE_TOPIC_QUERIES, RESIDENT_QUERIES, SEARCH_QUERIES } from './search-queries.ts';
import { excerptProblems } from './excerpt-quality.ts';
import { parse as parseYaml } from 'yaml';
import { bestSection } from '../../src/lib/search/best-section.ts';
import { runSearch } from '../../src/lib/search/run-search.ts';
import type { SynonymTable } from '../../src/lib/search/synonyms.ts';
import { todayInAmsterdam } from '../../src/lib/calendar-date.ts';
import { brokenInternalLinks } from './links.ts';
import { distReader } from './dist.ts';
import { ENGLISH_SCHEMA_TEXT, MODULE_LEVEL_DIRECTIVE } from './log-text.ts';

const SLUGS = [
  'rijk-van-nijmegen-wmo-ambulant-2025',
  'rijk-van-nijmegen-raadsinformatiebrief-2024',
  'regio-nijmegen-blok-b-2018',
  'zorgregio-midden-ijssel-oost-veluwe-2026',
  'kampen-wmo-segmenten-2024',
];

let site: BuildResult;
beforeAll(() => {
  site = buildSite({ label: 'site' });
  if (site.status !== 0) throw new Error(`De build faalde:\n${site.output}`);
}, 300_000);

const read = (path: string) => distReader(site.outDir).read(path);
const json = (path: string) => distReader(site.outDir).json(path);
/** A national overview split into parts per region (src/data/overviews.ts): the HTML of every part, joined. */
const readParts = (overview: string) =>
  readdirSync(join(site.outDir, overview), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('index.html') && f !== 'index.html')
    .map((f) => read(`${overview}/${f}`))
    .join('\n');
const documentPages = (slug: string) => distReader(site.outDir).documentPages(slug);
/** The first page of a document (overview or chapter) with an element of this id. */
const pageWithId = (slug: string, id: string) => documentPages(slug).find((page) => read(page).includes(`id="${id}"`));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('absolute addresses', () => {
  function textFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return textFiles(path);
      return /\.(html|xml|json|ics|txt|csv|js|css|webmanifest)$/.test(name) ? [path] : [];
    });
  }

  it('no built file names a placeholder domain; without SITE_URL the build says it used the local preview address', () => {
    const offenders = textFiles(site.outDir).filter((file) => readFileSync(file, 'utf8').includes('example.nl'));
    expect(offenders.map((f) => relative(site.outDir, f))).toEqual([]);
    expect(read('sitemap-index.xml')).toContain('http://127.0.0.1:4321/');
    expect(site.output).toContain('SITE_URL is niet ingesteld');
  });
});

describe('the five source documents', () => {
  it.each(SLUGS)('/kaders/%s/ exists with title, summary, source and facts', (slug) => {
    const html = read(`kaders/${slug}/index.html`);
    expect(html).toContain('<h2 id="in-het-kort">In het kort</h2>');
    expect(html).toContain('id="brondocument"');
    expect(html).toMatch(/<h1[^>]*>[^<]{10,}<\/h1>/);
    expect(html).not.toMatch(/NaN|undefined|\[object Object\]/);
    // The archive file name of the source is internal.
    expect(html).not.toMatch(/\.txt\b/);
  });

  it('the 2025 document shows the council letter\'s values as current, the old ones as history', () => {
    const html = read('kaders/rijk-van-nijmegen-wmo-ambulant-2025/index.html');
    expect(html).toContain('Een later document wijzigt dit document');
    expect(html).toContain('Publicatie aanbestedingsdocumenten: mei 2024 → 23 april 2024');
    expect(html).toContain('Dagbesteding: inkoop: regionaal ingekocht → aparte aanbesteding');
    expect(html).toContain('gewijzigd door <a href="/kaders/rijk-van-nijmegen-raadsinformatiebrief-2024/">');
    // A date inside the old one only makes it more precise.
    expect(html).toContain('Besluitvorming aanbestedingsdocumenten: preciezer, april 2024 → week van 15 april 2024');
    // The planning shows the current date, the old one struck through.
    const planningPage = pageWithId('rijk-van-nijmegen-wmo-ambulant-2025', 'mijlpaal-publicatie')!;
    expect(read(planningPage)).toMatch(/<ins>23 april 2024<\/ins>\s*<s><span class="visually-hidden">eerder: <\/span>mei 2024<\/s>/);
  });

  it('Kampen: a maximum term that may run longer gives no end date and no "geen verlengingen"; Kampen buys for itself', () => {
    const pages = documentPages('kampen-wmo-segmenten-2024').map(read).join('\n');
    expect(pages).toContain('maximaal 48 maanden, mogelijk langer');
    expect(pages).not.toContain('31 december 2029');
    expect(pages).not.toContain('Geen verlengingsmogelijkheden');
    expect(pages).toContain('Niet te bepalen: de looptijd ligt niet vast, langer is mogelijk');
    expect(pages).not.toContain('Regionaal ingekocht');
    expect(pages).not.toMatch(/4 jaar vanaf 1 januari 2025/);
    const api = json('api/kaders/kampen-wmo-segmenten-2024.json');
    expect(api.contract).toMatchObject({ certainty: 'voornemen', initialEnd: null, maxEnd: null, initialTermMonths: { kind: 'max', max: 48, openEnded: true }, extensions: { stated: 'niet-genoemd', years: [] } });
    // "sessie 21 maart": the year is ours, and says so.
    expect(api.milestones).toContainEqual(expect.objectContaining({ id: 'bijeenkomst-grootste-aanbieders-ouderen', inferred: expect.objectContaining({ part: 'jaar' }) }));
    expect(pages).toContain('21 maart; jaar niet genoemd, vermoedelijk 2024');
  });

  it('Blok B: contracts start in "2018", never on a day the source does not give', () => {
    const pages = documentPages('regio-nijmegen-blok-b-2018').map(read).join('\n');
    expect(pages).not.toContain('1 januari 2018');
    expect(pages).not.toContain('31 december 2024');
    expect(json('api/kaders/regio-nijmegen-blok-b-2018.json').contract).toMatchObject({ start: { start: '2018-01-01', precision: 'year' }, maxEnd: { precision: 'year', start: '2024-01-01' } });
  });

  it('the Zorgregio page uses the correct name Hattem', () => {
    const html = read('kaders/zorgregio-midden-ijssel-oost-veluwe-2026/index.html');
    expect(html).toContain('Hattem');
    expect(html).toContain('Dit is een concept.');
  });

  it('Kampen shows its 2023 figures with a checked total and a labelled non-sum', () => {
    const html = read('kaders/kampen-wmo-segmenten-2024/index.html');
    expect(html).toContain('1.066.743');
    expect(html).toContain('5.234.629');
    expect(html).toContain('geen optelsom');
  });

  it('lists every document on /kaders/', () => {
    const html = read('kaders/index.html');
    for (const slug of SLUGS) expect(html).toContain(`href="/kaders/${slug}/"`);
  });
});

describe('open data', () => {
  it('/api/kaders.json lists every document with the required fields', () => {
    const body = json('api/kaders.json');
    expect(body.kaders.map((k: { slug: string }) => k.slug).sort()).toEqual([...SLUGS].sort());
    for (const k of body.kaders) {
      for (const field of ['slug', 'title', 'documentType', 'status', 'publishedOn', 'region', 'municipalities', 'domains', 'procurementMethod', 'contract', 'milestones', 'url']) {
        expect(k, `${k.slug} mist ${field}`).toHaveProperty(field);
      }
      expect(k.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const m of k.milestones) {
        expect(m.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(m.end >= m.start).toBe(true);
        expect(['datetime', 'day', 'week', 'month', 'quarter', 'year', 'span', 'dates']).toContain(m.precision);
      }
      expect(k.url).toMatch(new RegExp(`/kaders/${k.slug}/$`));
    }
  });

  const day = (date: string) => ({ start: date, end: date, precision: 'day' });
  const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' });
  it.each([
    // The council letter made the document's intended term firm: the document's open data gives the current value.
    ['rijk-van-nijmegen-wmo-ambulant-2025', { start: day('2025-01-01'), certainty: 'vastgesteld', initialEnd: day('2028-12-31'), extensions: { stated: 'opties', years: [3, 3, 3] }, maxEnd: day('2037-12-31') }],
    ['rijk-van-nijmegen-raadsinformatiebrief-2024', { start: day('2025-01-01'), certainty: 'vastgesteld', initialEnd: day('2028-12-31'), extensions: { stated: 'opties', years: [3, 3, 3] }, maxEnd: day('2037-12-31') }],
    ['regio-nijmegen-blok-b-2018', { start: year(2018), certainty: 'voornemen', initialEnd: year(2020), extensions: { stated: 'opties', years: [2, 2] }, maxEnd: year(2024) }],
    ['zorgregio-midden-ijssel-oost-veluwe-2026', { start: day('2026-01-01'), certainty: 'voornemen', initialTermMonths: null, initialEnd: null, extensions: { stated: 'niet-genoemd', years: [] }, maxEnd: null }],
  ])('/api/kaders/%s.json has the contract term as the source bounds it', (slug, contract) => {
    expect(json(`api/kaders/${slug}.json`).contract).toMatchObject(contract);
  });

  it('the 2025 document\'s open data gives the council letter\'s values as current, with the old ones as history', () => {
    const api = json('api/kaders/rijk-van-nijmegen-wmo-ambulant-2025.json');
    expect(api.milestones).toContainEqual(expect.objectContaining({ id: 'publicatie', start: '2024-04-23', precision: 'day' }));
    expect(api.supersededBy).toContainEqual(expect.objectContaining({
      path: 'milestone.publicatie.when', kind: 'gewijzigd', from: 'mei 2024', to: '23 april 2024',
      by: expect.objectContaining({ slug: 'rijk-van-nijmegen-raadsinformatiebrief-2024' }),
    }));
    const products = api.data.products as { product: string; channel?: string }[];
    expect(products.find((p) => p.product === 'dagbesteding')?.channel).toBe('aparte-aanbesteding');
    expect(api.data.procurement.otherProcurements.map((o: { id: string }) => o.id)).toContain('dagbesteding-kortdurend-verblijf-2026');
    expect(api.source).not.toHaveProperty('file');
    expect(JSON.stringify(api)).not.toMatch(/\.txt"/);
  });

  it('gives milestones their real precision', () => {
    const letter = json('api/kaders/rijk-van-nijmegen-raadsinformatiebrief-2024.json');
    expect(letter.milestones).toContainEqual(expect.objectContaining({ id: 'publicatie', start: '2024-04-23', end: '2024-04-23', precision: 'day' }));
    expect(letter.milestones).toContainEqual(expect.objectContaining({ id: 'besluitvorming-aanbestedingsdocumenten', start: '2024-04-15', end: '2024-04-21', precision: 'week' }));
    const kampen = json('api/kaders/kampen-wmo-segmenten-2024.json');
    expect(kampen.milestones).toContainEqual(expect.objectContaining({ id: 'feedback-deadline', start: '2024-05-21', precision: 'datetime', time: '12:00' }));
    expect(kampen.milestones).toContainEqual(expect.objectContaining({ id: 'herindicatie', start: '2025-04-01', end: '2025-09-30', precision: 'span' }));
    const zorgregio = json('api/kaders/zorgregio-midden-ijssel-oost-veluwe-2026.json');
    expect(zorgregio.municipalities).toContain('Hattem');
    expect(zorgregio.procurementMethod).toBe('open-house');
  });

  it('/api/schema.json is a JSON Schema generated from the zod schemas', () => {
    const schema = json('api/schema.json');
    expect(schema.$schema).toContain('json-schema.org');
    const kader = schema.$defs.kader;
    expect(kader.required).toEqual(expect.arrayContaining(['title', 'documentType', 'status', 'published', 'procurement']));
    expect(kader.properties.documentType.enum).toEqual(expect.arrayContaining(['inkoopkader', 'inkoopstrategie', 'raadsinformatiebrief', 'presentatie', 'aanbestedingsdocument', 'nota-van-inlichtingen', 'marktconsultatie', 'collegebesluit']));
    expect(kader.properties.supersedes).toBeDefined();
    expect(kader.properties.permissions).toBeDefined();
    expect(kader.properties.procurement.properties.contract).toBeDefined();
    // Dutch descriptions and date patterns from the zod schemas (walked in full in test/content/json-schema.test.ts).
    expect(kader.properties.summary.description).toContain('eenvoudige taal');
    expect(new RegExp(kader.properties.lastUpdated.pattern, 'u').test('22-11-2007')).toBe(false);
    expect(new RegExp(kader.properties.lastUpdated.pattern, 'u').test('2007-11-22')).toBe(true);
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['begrip', 'referentie']));
  });
});

describe('planning', () => {
  it('serves a valid iCal feed per document and one for all, with Kampen\'s feedback deadline', async () => {
    const ICAL = (await import('ical.js')).default;
    for (const path of ['planning.ics', ...SLUGS.map((s) => `kaders/${s}/planning.ics`)]) {
      const events = new ICAL.Component(ICAL.parse(read(path))).getAllSubcomponents('vevent');
      expect(events.length, path).toBeGreaterThan(0);
    }
    const kampen = new ICAL.Component(ICAL.parse(read('kaders/kampen-wmo-segmenten-2024/planning.ics')))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const deadline = kampen.find((e) => e.uid === 'kampen-wmo-segmenten-2024--feedback-deadline@inkoopwijzer')!;
    expect(deadline.startDate.toString()).toBe('2024-05-21T12:00:00');
    expect(deadline.description).toContain('21 mei 2024, 12:00 uur');
  });

  it('/planning/ shows milestones, contract periods with each extension, and announced procurements, in parts per region', () => {
    const html = readParts('planning');
    const index = read('planning/index.html');
    for (const region of ['kampen', 'rijk-van-nijmegen', 'zorgregio-midden-ijssel-oost-veluwe']) expect(index).toContain(`href="/planning/${region}/"`);
    for (const href of ['/planning.csv', '/api/planning.json', '/planning.ics']) expect(index).toContain(`href="${href}"`);
    expect(html).toContain('Contract: verlenging 3 (optie)');
    expect(html).toContain('Ander inkooptraject: Trapliften');
    expect(html).toContain('week van 15 april 2024');
    expect(html).toContain('Q2 en Q3 2025');
  });
});

describe('feeds per municipality, region and product; calendars that work in Outlook, Google and Apple', () => {
  const ids = (folder: string) => readdirSync(`content/${folder}`).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
  const scopes = [...ids('gemeenten').map((id) => `gemeenten/${id}`), ...ids('regios').map((id) => `regios/${id}`), ...ids('producten').map((id) => `producten/${id}`)];
  const calendars = () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(join(site.outDir, dir))) {
        const path = dir ? `${dir}/${name}` : name;
        if (statSync(join(site.outDir, path)).isDirectory()) walk(path);
        else if (name.endsWith('.ics')) found.push(path);
      }
    };
    walk('');
    return found;
  };
  const ical = async () => (await import('ical.js')).default;
  const eventsOf = async (text: string) => {
    const ICAL = await ical();
    return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  };

  it('every municipality, region and product page links its own Atom and iCal feed, with how to subscribe', () => {
    for (const scope of scopes) {
      const html = read(`${scope}/index.html`);
      expect(html, scope).toContain(`href="/${scope}/wijzigingen.xml"`);
      expect(html, scope).toContain(`href="/${scope}/planning.ics"`);
      expect(html, scope).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="[^"]*\/wijzigingen\.xml"/);
      expect(html, scope).toContain('geen account nodig en er wordt niets naar Inkoopwijzer gestuurd');
      expect(existsSync(join(site.outDir, scope, 'wijzigingen.xml')), scope).toBe(true);
      expect(existsSync(join(site.outDir, scope, 'planning.ics')), scope).toBe(true);
    }
    // The link checker covers these hrefs too; here, only the feed links.
    expect(brokenInternalLinks(site.outDir).filter((b) => /\.(xml|ics)\b/.test(b))).toEqual([]);
  });

  it('every place and product Atom feed parses back, with its own id and self link and the site-wide entry ids', () => {
    for (const scope of scopes) {
      const feed = parseXml(read(`${scope}/wijzigingen.xml`));
      expect(feed.name, scope).toBe('feed');
      expect(child(feed, 'id')!.text, scope).toMatch(new RegExp(`/${scope}/$`));
      expect(childrenNamed(feed, 'link').find((l) => l.attributes.rel === 'self')!.attributes.href, scope).toMatch(new RegExp(`/${scope}/wijzigingen\\.xml$`));
      const entryIds = childrenNamed(feed, 'entry').map((e) => child(e, 'id')!.text);
      expect(new Set(entryIds).size, scope).toBe(entryIds.length);
      for (const id of entryIds) expect(id, scope).toMatch(/\/wijzigingen\/#[a-z0-9-]+$/);
    }
    // Heumen: the council letter that moved the 2025 document's dates is in the municipality's feed.
    const heumen = childrenNamed(parseXml(read('gemeenten/heumen/wijzigingen.xml')), 'entry').map((e) => child(e, 'id')!.text);
    expect(heumen.some((id) => id.endsWith('#wijziging-rijk-van-nijmegen-wmo-ambulant-2025-rijk-van-nijmegen-raadsinformatiebrief-2024'))).toBe(true);
    const kampen = childrenNamed(parseXml(read('gemeenten/kampen/wijzigingen.xml')), 'entry').map((e) => child(e, 'id')!.text);
    expect(kampen.every((id) => id.includes('kampen'))).toBe(true);
  });

  it('no calendar has an event longer than a month; UIDs are unique in each calendar', async () => {
    const paths = calendars();
    expect(paths).toEqual(expect.arrayContaining(['planning.ics', 'gemeenten/kampen/planning.ics', 'regios/rijk-van-nijmegen/planning.ics', 'producten/dagbesteding/planning.ics']));
    for (const path of paths) {
      const events = await eventsOf(read(path));
      for (const e of events) {
        const days = (e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()) / 86_400_000;
        expect(days, `${path}: ${e.summary}`).toBeLessThanOrEqual(31);
      }
      const uids = events.map((e) => e.uid);
      expect(new Set(uids).size, path).toBe(uids.length);
    }
  });

  it('Kampen\'s 21 May 2024 12:00 deadline is a timed event in Europe/Amsterdam with its VTIMEZONE, in every calendar that has it', async () => {
    const ICAL = await ical();
    for (const path of ['planning.ics', 'kaders/kampen-wmo-segmenten-2024/planning.ics', 'gemeenten/kampen/planning.ics', 'regios/kampen/planning.ics']) {
      const text = read(path);
      expect(text, path).toContain('DTSTART;TZID=Europe/Amsterdam:20240521T120000');
      const calendar = new ICAL.Component(ICAL.parse(text));
      const zone = calendar.getAllSubcomponents('vtimezone').find((z) => z.getFirstPropertyValue('tzid') === 'Europe/Amsterdam');
      expect(zone, path).toBeDefined();
      ICAL.TimezoneService.register(zone!);
      const deadline = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).find((e) => e.uid === 'kampen-wmo-segmenten-2024--feedback-deadline@inkoopwijzer')!;
      expect(deadline.startDate.isDate, path).toBe(false);
      expect(deadline.startDate.toJSDate().toISOString(), path).toBe('2024-05-21T10:00:00.000Z');
    }
  });

  it('a long period is a moment at its start and its end; planned and inferred dates say so', async () => {
    const events = await eventsOf(read('kaders/kampen-wmo-segmenten-2024/planning.ics'));
    const herindicatie = events.filter((e) => e.uid.startsWith('kampen-wmo-segmenten-2024--herindicatie'));
    expect(herindicatie.map((e) => [e.uid, e.startDate.toString()])).toEqual([
      ['kampen-wmo-segmenten-2024--herindicatie--begin@inkoopwijzer', '2025-04-01'],
      ['kampen-wmo-segmenten-2024--herindicatie--einde@inkoopwijzer', '2025-09-30'],
    ]);
    expect(herindicatie[0]!.summary).toContain('(gepland)');
    const session = events.find((e) => e.uid === 'kampen-wmo-segmenten-2024--bijeenkomst-grootste-aanbieders-ouderen@inkoopwijzer')!;
    expect(session.description).toContain('Let op: het jaar staat niet in de bron');
    // Zorgregio: "26 september/24 oktober 2024" are two separate days.
    const zorgregio = await eventsOf(read('kaders/zorgregio-midden-ijssel-oost-veluwe-2026/planning.ics'));
    const separate = zorgregio.filter((e) => /--datum-\d@/.test(e.uid)).map((e) => e.startDate.toString());
    expect(separate).toEqual(['2024-09-26', '2024-10-24']);
  });

  it('calendars and feeds are the same on a second build: stable UIDs and entry ids', async () => {
    const again = buildSite({ label: 'site-again' });
    expect(again.status, again.output).toBe(0);
    for (const path of calendars()) {
      const uids = (text: string) => [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
      const second = readFileSync(join(again.outDir, path), 'utf8');
      expect(uids(second), path).toEqual(uids(read(path)));
      expect(second, path).toBe(read(path));
    }
    for (const scope of scopes) expect(readFileSync(join(again.outDir, scope, 'wijzigingen.xml'), 'utf8'), scope).toBe(read(`${scope}/wijzigingen.xml`));
    rmSync(dirname(again.outDir), { recursive: true, force: true });
  }, 300_000);
});

describe('product pages', () => {
  it('/producten/ lists every product; /producten/dagbesteding/ says what it is and who buys it where and how', () => {
    const index = read('producten/index.html');
    for (const id of readdirSync('content/producten').map((f) => f.replace(/\.yaml$/, ''))) expect(index, id).toContain(`href="/producten/${id}/"`);
    const html = read('producten/dagbesteding/index.html');
    expect(html).toMatch(/<h1[^>]*>Dagbesteding<\/h1>/);
    expect(html).toContain('href="/kaders/regio-nijmegen-blok-b-2018/"');
    expect(html).toContain('Perceel Dagbesteding (Heumen)');
    expect(html).toContain('href="/gemeenten/heumen/"');
    expect(html).toContain('href="/percelen/?product=dagbesteding"');
    // Trapliften: only an announced procurement.
    const stairlifts = read('producten/trapliften/index.html');
    expect(stairlifts).toContain('Aangekondigde inkoop');
  });

  it('products are linked from the document matrices, the glossary and /percelen/', () => {
    expect(read('kaders/zorgregio-midden-ijssel-oost-veluwe-2026/index.html') + documentPages('zorgregio-midden-ijssel-oost-veluwe-2026').map(read).join('')).toMatch(/href="\/producten\/[a-z0-9-]+\/"/);
    expect(read('begrippen/index.html')).toContain('href="/producten/dagbesteding/"');
    expect(read('percelen/index.html')).toContain('href="/producten/"');
  });
});

describe('/planning/ order', () => {
  it('without JavaScript: the list by year, earliest first; with it, a hidden "Nu en binnenkort" list to fill', () => {
    // The national planning is split per region (docs/performance.md); each part orders the same way.
    const html = read('planning/rijk-van-nijmegen/index.html');
    const years = [...html.matchAll(/data-year="(\d{4})"/g)].map((m) => Number(m[1]));
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(html).toMatch(/<section[^>]*data-upcoming[^>]*hidden/);
    expect(read('planning/index.html')).toContain('href="/producten/"');
  });
});

describe('overviews', () => {
  it('/percelen/ lists Blok B lots per municipality and the Zorgregio products per channel, in parts per region', () => {
    const html = readParts('percelen');
    expect(read('percelen/index.html')).toContain('href="/percelen/rijk-van-nijmegen/"');
    expect(html).toContain('Perceel Specialistische begeleiding (Heumen)');
    expect(html).toMatch(/data-municipalities="[^"]*heumen[^"]*"/);
    expect(html).toContain('Lokaal ingekocht');
  });

  it('/vergelijk/ puts all documents side by side (per region) and marks differences', () => {
    const html = readParts('vergelijk');
    for (const slug of SLUGS) expect(html).toContain(`href="/kaders/${slug}/"`);
    expect(html).toContain('31 december 2037');
    expect(html).toContain('verschilt');
  });

  it('every figure has a CSV download and a build-time SVG chart', () => {
    const kampen = read('kaders/kampen-wmo-segmenten-2024/index.html');
    expect(kampen).toContain('href="/kaders/kampen-wmo-segmenten-2024/cijfers/omzet-indicaties-2023.csv"');
    expect(kampen).toMatch(/<svg[^>]*role="img"/);
    expect(read('kaders/kampen-wmo-segmenten-2024/cijfers/omzet-indicaties-2023.csv')).toContain('Hulp bij het huishouden;1066743;1563');
  });
});

describe('search quality', () => {
  const vocabulary = async () => json('zoeken/woordenlijst.json') as string[];
  const synonyms = async () => json('zoeken/synoniemen.json') as SynonymTable;
  const today = todayInAmsterdam();
  const search = async (query: string) => runSearch(await loadBuiltPagefind(site.outDir), query, {}, { vocabulary, synonyms, today });

  it(`finds the right page and section in the top 3 for ${SEARCH_QUERIES.length + RESIDENT_QUERIES.length} realistic and residents' queries`, async () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(25);
    expect(RESIDENT_QUERIES.length).toBeGreaterThanOrEqual(10);
    const pagefind = await loadBuiltPagefind(site.outDir);
    const failures: string[] = [];
    for (const [query, expected] of [...SEARCH_QUERIES, ...RESIDENT_QUERIES]) {
      const { data } = await runSearch(pagefind, query, {}, { vocabulary, synonyms, today });
      const top = data.slice(0, 3);
      const links = top.map((d) => {
        const page = sitePath(d.url, site.outDir);
        const section = bestSection(d.url, d.sub_results?.map((x) => ({ ...x, excerpt: '' })));
        return { page, section: section ? sitePath(section.url, site.outDir) : page };
      });
      const found = expected.includes('#') ? links.some((l) => l.section === expected) : links.some((l) => l.page.startsWith(expected));
      if (!found) failures.push(`"${query}": verwacht ${expected}, kreeg ${links.map((l) => l.section).join(' | ') || '(niets)'}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it("finds, for every resident's word in the glossary (zoekwoorden), a page with the glossary's phrase in the top 3 and says it searched that phrase", async () => {
    const dir = join(process.cwd(), 'content/begrippen');
    const entries = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => parseYaml(readFileSync(join(dir, f), 'utf8')) as { term: string; fullName?: string; zoekwoorden?: string[] });
    const words = entries.flatMap((e) => (e.zoekwoorden ?? []).map((word) => ({ word, phrase: e.fullName ?? e.term })));
    expect(words.map((w) => w.word)).toEqual(expect.arrayContaining(['huishoudelijke hulp', 'HbH', 'thuiszorg', 'logeren', 'dagactiviteiten']));
    const failures: string[] = [];
    for (const { word, phrase } of words) {
      const outcome = await search(word);
      const phraseWords = phrase.toLowerCase().split(/\s+/);
      const shown = outcome.data.slice(0, 3).map((d) => bestSection(d.url, d.sub_results)?.excerpt ?? d.excerpt);
      const marked = (excerpt: string) => new Set([...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
      if (!shown.some((excerpt) => phraseWords.every((w) => marked(excerpt).has(w)))) failures.push(`"${word}": geen resultaat met "${phrase}" in de top 3`);
      if (!outcome.alsoSearched.includes(phrase)) failures.push(`"${word}": de zoekpagina noemt "${phrase}" niet (${outcome.alsoSearched.join(', ') || 'niets'})`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it.each(PLACE_TOPIC_QUERIES)('"$query": the place page in the top 3, the current document before the historical one', async ({ query, place, current, historical }) => {
    const { data } = await search(query);
    const pages = data.map((d) => sitePath(d.url, site.outDir));
    expect(pages.slice(0, 3), pages.join(' | ')).toContain(place);
    const first = (slug: string) => pages.findIndex((p) => p.startsWith(`/kaders/${slug}/`));
    expect(first(current), pages.join(' | ')).toBeGreaterThanOrEqual(0);
    if (first(historical) >= 0) expect(first(current), pages.join(' | ')).toBeLessThan(first(historical));
  });

  it.each(NONSENSE_QUERIES)('"%s" finds nothing (no loose matches, no far-fetched correction)', async (query) => {
    const outcome = await search(query);
    expect(outcome.total).toBe(0);
    expect(outcome.data).toEqual([]);
    expect(outcome.correctedTo).toBeNull();
  });

  it('shows readable excerpts: no keyword lists, no glued words, in the top 10 of every query', async () => {
    const failures: string[] = [];
    const queries = [...SEARCH_QUERIES, ...RESIDENT_QUERIES].map(([q]) => q).concat(PLACE_TOPIC_QUERIES.map((p) => p.query), ['inkoopkader', 'Wijchen', 'Wmo ambulant']);
    for (const query of queries) {
      const { data } = await search(query);
      for (const d of data.slice(0, 10)) {
        const excerpt = bestSection(d.url, d.sub_results)?.excerpt ?? d.excerpt;
        const keywords = (d.meta.zoekwoorden ?? '').split(/,\s*/);
        for (const problem of excerptProblems(excerpt, keywords)) failures.push(`"${query}" → ${sitePath(d.url, site.outDir)}: ${problem}`);
      }
    }
    expect([...new Set(failures)], [...new Set(failures)].join('\n')).toEqual([]);
  });

  it('keeps extra search words out of the page text: in a Pagefind meta field, not in a hidden paragraph', () => {
    const html = read('rekenhulpen/reele-prijs/index.html');
    expect(html).toMatch(/data-pagefind-meta="zoekwoorden:[^"]*uurtarief berekenen/);
    expect(html).not.toMatch(/<p class="visually-hidden" aria-hidden="true" data-pagefind-weight/);
  });

  it('indexes Dutch with filters from the content model', async () => {
    const pagefind = await loadBuiltPagefind(site.outDir);
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(expect.arrayContaining(['domein', 'gemeente', 'jaar', 'regio', 'soort']));
    expect(filters.gemeente).toHaveProperty('Heumen');
    expect(read('kaders/kampen-wmo-segmenten-2024/index.html')).toContain('data-pagefind-body');
  });

  it('ships no search JavaScript on pages other than /zoeken/', () => {
    for (const page of ['index.html', 'kaders/kampen-wmo-segmenten-2024/index.html', 'planning/index.html']) {
      expect(read(page)).not.toMatch(/pagefind(-component-ui|-ui)?\.js|SearchPage/);
    }
    expect(read('zoeken/index.html')).toContain('astro-island');
  });
});

describe('every page', () => {
  it('is Dutch, has one h1, a title, a skip link and only same-origin resources', () => {
    const files = htmlFiles(site.outDir);
    expect(files.length).toBeGreaterThanOrEqual(SLUGS.length + 3);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const name = relative(site.outDir, file);
      expect(html, name).toContain('<html lang="nl"');
      expect(html.match(/<h1[\s>]/g)?.length, name).toBe(1);
      expect(html, name).toMatch(/<title>[^<]+<\/title>/);
      expect(html, name).toContain('href="#inhoud"');
      // Privacy by construction: nothing loaded from another origin.
      const external = [...html.matchAll(/<(?:script|img|iframe|source|link)\b[^>]*?(?:src|href)="(https?:)?\/\/[^"]*"/g)]
        .map((m) => m[0])
        .filter((tag) => !/rel="(canonical|sitemap)"/.test(tag));
      expect(external, name).toEqual([]);
    }
  });

  it('has a sound heading outline: one h1 first, no skipped levels', () => {
    const problems = htmlFiles(site.outDir).flatMap((file) =>
      headingOutlineProblems(readFileSync(file, 'utf8')).map((p) => `${relative(site.outDir, file)}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('builds with a clean log: no bundler warnings about Astro\'s own directives, no English schema text', () => {
    expect(site.output).toContain('Complete!');
    expect(site.output).not.toContain(MODULE_LEVEL_DIRECTIVE);
    expect(site.output).not.toMatch(ENGLISH_SCHEMA_TEXT);
    // The one expected warning: buildSite passes --force, so Astro says it cleared its data store.
    const warnings = site.output.split('\n').filter((line) => line.includes('[WARN]') && !line.includes('data store cleared (force)'));
    expect(warnings).toEqual([]);
  });

  it('has a 404 page, a sitemap and a search index', () => {
    expect(existsSync(join(site.outDir, '404.html'))).toBe(true);
    expect(read('sitemap-0.xml')).toContain('/kaders/kampen-wmo-segmenten-2024/');
    expect(existsSync(join(site.outDir, 'pagefind/pagefind.js'))).toBe(true);
  });
});

describe('broken content fails the build', () => {
  it.each([
    ['totaal-klopt-niet', /figures\.0\.total\.values\.omzet|figures\[0\]\.total/, /het totaal 160 is niet de som van de rijen/],
    ['onbekende-verwijzing', /region/, /onbekende verwijzing 'voorbeeldregoi' naar regios/],
  ])('%s', async (fixture, field, message) => {
    const { cpSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), `iw-content-${fixture}-`));
    cpSync('test/fixtures/content-minimal', root, { recursive: true });
    cpSync(`test/fixtures/broken/${fixture}/index.mdx`, join(root, 'kaders/voorbeeld-kader/index.mdx'));
    const result = buildSite({ content: root, label: fixture });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(field);
    expect(result.output).toMatch(message);
    expect(result.output).toContain('voorbeeld-kader');
  }, 300_000);
});

describe('what changed: /wijzigingen/, its Atom feed, version history and concept badges', () => {
  const ATOM_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

  it('/wijzigingen.xml parses back as a valid Atom feed with unique, stable ids and content dates', () => {
    const feed = parseXml(read('wijzigingen.xml'));
    expect(feed.name).toBe('feed');
    expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    for (const name of ['id', 'title', 'updated']) expect(child(feed, name)?.text.trim(), name).toBeTruthy();
    expect(child(feed, 'updated')!.text).toMatch(ATOM_DATE);
    expect(childrenNamed(feed, 'link').some((l) => l.attributes.rel === 'self' && l.attributes.href!.endsWith('/wijzigingen.xml'))).toBe(true);
    const entries = childrenNamed(feed, 'entry');
    expect(entries.length).toBeGreaterThanOrEqual(SLUGS.length);
    const ids = entries.map((e) => child(e, 'id')!.text);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) {
      expect(child(e, 'title')!.text.trim()).not.toBe('');
      expect(child(e, 'updated')!.text).toMatch(ATOM_DATE);
      expect(child(e, 'link')!.attributes.href).toMatch(/^https?:\/\/.+\/kaders\/[a-z0-9-]+\/$/);
    }
    // Dates come from the content, never from the build time.
    expect(child(feed, 'updated')!.text.slice(0, 10) <= new Date().toISOString().slice(0, 10)).toBe(true);
    for (const slug of SLUGS) expect(ids.some((id) => id.endsWith(`#nieuw-${slug}`)), slug).toBe(true);
  });

  it('the feed lists the publication date the council letter moved', () => {
    const feed = parseXml(read('wijzigingen.xml'));
    const entry = childrenNamed(feed, 'entry').find((e) =>
      child(e, 'id')!.text.endsWith('#wijziging-rijk-van-nijmegen-wmo-ambulant-2025-rijk-van-nijmegen-raadsinformatiebrief-2024'));
    expect(entry, 'geen feeditem voor de wijziging door de raadsinformatiebrief').toBeDefined();
    expect(child(entry!, 'content')!.text).toContain('Publicatie aanbestedingsdocumenten: mei 2024 → 23 april 2024');
    expect(child(entry!, 'content')!.text).toContain('Dagbesteding, dagbestedingsvervoer en kortdurend verblijf: eigen aanbesteding: nieuw');
    expect(child(entry!, 'updated')!.text).toBe('2024-04-01T00:00:00.000Z');
  });

  it('/wijzigingen/ lists the same, links the feed and works without JavaScript', () => {
    const html = read('wijzigingen/index.html') + readParts('wijzigingen');
    expect(html).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="[^"]*\/wijzigingen\.xml"/);
    expect(html).toContain('href="/wijzigingen.xml"');
    expect(html).toContain('id="wijziging-rijk-van-nijmegen-wmo-ambulant-2025-rijk-van-nijmegen-raadsinformatiebrief-2024"');
    expect(html).toContain('Publicatie aanbestedingsdocumenten: mei 2024 → 23 april 2024');
    expect(html).toMatch(/<li id="nieuw-[^"]+" data-region="[a-z0-9-]+"/);
    // The region filter became links to the parts per region: no JavaScript needed.
    expect(read('wijzigingen/index.html')).toContain('href="/wijzigingen/rijk-van-nijmegen/"');
    expect(html).not.toContain('data-change-filters');
    expect(read('index.html')).toContain('href="/wijzigingen/"');
  });

  it('the 2025 document page shows its version history with field-level differences', () => {
    const html = read('kaders/rijk-van-nijmegen-wmo-ambulant-2025/index.html');
    expect(html).toContain('id="versies-en-wijzigingen"');
    expect(html).toContain('Publicatie aanbestedingsdocumenten: mei 2024 → 23 april 2024');
    const letter = read('kaders/rijk-van-nijmegen-raadsinformatiebrief-2024/index.html');
    expect(letter).toContain('Dit document wijzigt daarin:');
  });

  it.each(['index.html', 'kaders/index.html', 'planning/rijk-van-nijmegen/index.html', 'percelen/rijk-van-nijmegen/index.html', 'vergelijk/rijk-van-nijmegen/index.html', 'wijzigingen/index.html'])(
    '%s marks concept documents with a Concept badge',
    (path) => {
      expect(read(path)).toMatch(/<span class="badge badge--concept"[^>]*>Concept<\/span>/);
    },
  );
});

describe('self-check "Kan ik meedoen?"', () => {
  const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const variants = (text: string) => [escapeHtml(text), escapeHtml(text).replace(/'/g, '&#39;'), escapeHtml(text).replace(/'/g, '&#x27;')];

  it.each(SLUGS)('/kaders/%s/toets/ shows the static checklist with every requirement, linked from the document page', (slug) => {
    const requirements = json(`api/kaders/${slug}.json`).data.requirements as { title: string; section: string }[];
    expect(requirements.length).toBeGreaterThan(0);
    const html = read(`kaders/${slug}/toets/index.html`);
    const checklist = html.slice(html.indexOf('id="toets-checklist"'));
    expect(checklist.length).toBeLessThan(html.length);
    for (const r of requirements) {
      expect(variants(r.title).some((v) => checklist.includes(`<h3>${v}</h3>`)), r.title).toBe(true);
      // The section may be on a chapter page of a split document.
      const page = pageWithId(slug, r.section);
      expect(page, `${slug}#${r.section}`).toBeDefined();
      expect(checklist).toContain(`href="/${page!.replace(/index\.html$/, '')}#${r.section}"`);
    }
    expect(html).toContain('geen besluit van de gemeente');
    expect(html).toMatch(/<astro-island[^>]*component-url="\/_astro\/SelfCheck[^"]*"/);
    expect(read(`kaders/${slug}/index.html`)).toContain(`href="/kaders/${slug}/toets/"`);
  });
});

describe('glossary', () => {
  it('/begrippen/ lists every term A–Z with its own anchor, a <dfn> and links to the documents', () => {
    const html = read('begrippen/index.html');
    expect(html).toContain('<nav class="az"');
    expect(html).toMatch(/<a href="#letter-s"[^>]*>S<\/a>/);
    expect(html).toMatch(/<h3 id="sroi"[^>]*><dfn[^>]*>SROI<\/dfn>/);
    expect(html).toContain('social return on investment');
    expect(html).toContain('href="/kaders/kampen-wmo-segmenten-2024/#social-return-sroi"');
    expect(html).toContain('href="/begrippen/"');
  });

  it('every link from /begrippen/ to a section of a document lands on an existing anchor', () => {
    const links = [...read('begrippen/index.html').matchAll(/href="\/(kaders\/[^"#]+)#([^"]+)"/g)];
    expect(links.length).toBeGreaterThan(20);
    for (const [, page, anchor] of links) {
      expect(read(`${page}index.html`), `${page}#${anchor}`).toContain(`id="${decodeURIComponent(anchor!)}"`);
    }
    // Sections of split documents are linked on their chapter page.
    expect(read('begrippen/index.html')).toContain('href="/kaders/zorgregio-midden-ijssel-oost-veluwe-2026/het-inkoopmodel/#open-house"');
  });

  it('every glossary link in a document points at a term on /begrippen/', () => {
    const glossary = read('begrippen/index.html');
    for (const page of SLUGS.flatMap(documentPages)) {
      for (const [, id] of read(page).matchAll(/<a href="\/begrippen\/#([^"]+)" class="begrip">/g)) {
        expect(glossary, `${page} → #${id}`).toContain(`<h3 id="${id}"`);
      }
    }
  });

  it('the Kampen page marks the first use of SROI with <abbr> and links it to /begrippen/', () => {
    const html = read('kaders/kampen-wmo-segmenten-2024/index.html');
    expect(html).toMatch(/<a href="\/begrippen\/#sroi"[^>]*><abbr title="social return on investment">SROI<\/abbr><\/a>/);
    expect(html.match(/<abbr title="social return on investment">/g)).toHaveLength(1);
    expect(html).not.toMatch(/<h[1-6][^>]*>[^<]*<a[^>]*class="begrip"/);
  });

  it('the Zorgregio page links its missing Bijlage 1 to the glossary', () => {
    expect(read('kaders/zorgregio-midden-ijssel-oost-veluwe-2026/index.html')).toContain('href="/begrippen/"');
  });
});

describe('municipality and region pages ("Wat koopt mijn gemeente in?")', () => {
  const gemeenten = readdirSync('content/gemeenten').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
  const regios = readdirSync('content/regios').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

  it('every municipality and region in content/ has a page, linked from /gemeenten/', () => {
    const index = read('gemeenten/index.html');
    for (const id of gemeenten) {
      expect(existsSync(join(site.outDir, 'gemeenten', id, 'index.html')), id).toBe(true);
      expect(index, id).toContain(`href="/gemeenten/${id}/"`);
    }
    for (const id of regios) {
      expect(existsSync(join(site.outDir, 'regios', id, 'index.html')), id).toBe(true);
      expect(index, id).toContain(`href="/regios/${id}/"`);
    }
  });

  it('/gemeenten/heumen/ shows the Blok B lots for Heumen and the 2025 Nijmegen document', () => {
    const html = read('gemeenten/heumen/index.html');
    expect(html).toMatch(/<h1[^>]*>Heumen<\/h1>/);
    expect(html).toContain('href="/regios/rijk-van-nijmegen/"');
    expect(html).toContain('Perceel Dagbesteding (Heumen)');
    expect(html).toContain('Perceel Specialistische begeleiding (Heumen)');
    expect(html).not.toContain('(Wijchen)'); // another municipality's own lot
    expect(html).toContain('href="/kaders/rijk-van-nijmegen-wmo-ambulant-2025/"');
    expect(html).toContain('href="/kaders/rijk-van-nijmegen-wmo-ambulant-2025/toets/"');
    expect(html).toContain('href="/kaders/rijk-van-nijmegen-wmo-ambulant-2025/planning.ics"');
    expect(html).toContain('31 december 2037'); // latest possible end of the 2025 contract
    expect(html).toContain('href="/percelen/rijk-van-nijmegen/?gemeente=heumen"');
    expect(html).toContain('href="/planning/rijk-van-nijmegen/"');
    expect(html).toContain('data-pagefind-filter="gemeente:Heumen"');
  });

  it('/gemeenten/hattem/ shows the Zorgregio products, and Apeldoorn its local exception', () => {
    const hattem = read('gemeenten/hattem/index.html');
    expect(hattem).toContain('href="/kaders/zorgregio-midden-ijssel-oost-veluwe-2026/"');
    expect(hattem).toMatch(/Hulp bij het huishouden<\/th>\s*<td role="cell" data-label="Hoe ingekocht">Regionaal ingekocht/);
    expect(hattem).toContain('Persoonlijke verzorging');
    expect(hattem).not.toContain('uitzondering op de regionale afspraak');
    const apeldoorn = read('gemeenten/apeldoorn/index.html');
    expect(apeldoorn).toMatch(/Hulp bij het huishouden<\/th>\s*<td role="cell" data-label="Hoe ingekocht">Lokaal ingekocht/);
    expect(apeldoorn).toContain('uitzondering op de regionale afspraak (regionaal ingekocht)');
  });

  it('/api/gemeenten/heumen.json gives the same as open data', () => {
    const api = json('api/gemeenten/heumen.json');
    expect(api).toMatchObject({ id: 'heumen', name: 'Heumen', regions: [{ id: 'rijk-van-nijmegen' }] });
    expect(api.documents.map((d: { slug: string }) => d.slug)).toContain('rijk-van-nijmegen-wmo-ambulant-2025');
    expect(api.offers.map((o: { name: string }) => o.name)).toContain('Perceel Dagbesteding (Heumen)');
    expect(api.contracts.map((c: { maxEnd: { start: string } | null }) => c.maxEnd?.start)).toContain('2037-12-31');
  });

  it('a municipality without documents gets a plain sentence, never an empty table', () => {
    const html = read('gemeenten/tiel/index.html');
    expect(html).toContain('Op Inkoopwijzer staan nog geen documenten');
    expect(html).not.toContain('<table');
  });

  it('a region page lists its municipalities and the matrices of its documents', () => {
    const html = read('regios/rijk-van-nijmegen/index.html');
    for (const id of ['heumen', 'wijchen', 'nijmegen']) expect(html).toContain(`href="/gemeenten/${id}/"`);
    expect(html).toContain('Percelen per gemeente: elk vakje is een apart perceel');
    expect(read('kaders/index.html')).toContain('href="/regios/rijk-van-nijmegen/"');
    expect(read('index.html')).toContain('href="/gemeenten/"');
  });
});

describe('long documents as chapter pages', () => {
  const split = ['regio-nijmegen-blok-b-2018', 'rijk-van-nijmegen-wmo-ambulant-2025', 'zorgregio-midden-ijssel-oost-veluwe-2026'];

  it.each(split)('/kaders/%s/ lists its chapters; each chapter page has its place, contents, pagination and source', (slug) => {
    const chapters = json(`api/kaders/${slug}.json`).chapters as { order: number; slug: string; title: string; description: string | null; url: string }[];
    expect(chapters.length).toBeGreaterThanOrEqual(3);
    const overview = read(`kaders/${slug}/index.html`);
    expect(overview).toContain('<h2 id="inhoud-van-dit-document">Inhoud van dit document</h2>');
    chapters.forEach((c, i) => {
      expect(c.description, c.slug).toBeTruthy();
      expect(overview).toContain(`href="/kaders/${slug}/${c.slug}/"`);
      const html = read(`kaders/${slug}/${c.slug}/index.html`);
      expect(html).toContain(`Hoofdstuk ${i + 1} van ${chapters.length}`);
      const title = c.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "(?:'|&#39;|&#x27;)");
      expect(html).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
      expect(html).toMatch(/<nav class="breadcrumbs"[\s\S]*?href="\/kaders\/"[\s\S]*?href="\/kaders\/[^"]+\/"[\s\S]*?aria-current="page"/);
      expect(html).toMatch(/<span aria-current="page"[^>]*>/);
      expect(html).toContain('<nav class="pagination" aria-label="Hoofdstukken"');
      if (i > 0) expect(html).toContain(`href="/kaders/${slug}/${chapters[i - 1]!.slug}/" rel="prev"`);
      if (i < chapters.length - 1) expect(html).toContain(`href="/kaders/${slug}/${chapters[i + 1]!.slug}/" rel="next"`);
      expect(html).toContain(`href="/kaders/${slug}/#brondocument"`);
      expect(html).toContain('data-pagefind-filter="regio:');
      expect(html).toMatch(/data-pagefind-sort="datum:\d{4}-\d{2}-\d{2}"/);
    });
  });

  it('the concept banner is on every page of a concept document', () => {
    for (const page of documentPages('zorgregio-midden-ijssel-oost-veluwe-2026')) expect(read(page), page).toContain('Dit is een concept.');
  });

  it('the two-column layout only where there is a table of contents for the second column', () => {
    for (const file of htmlFiles(site.outDir)) {
      const html = readFileSync(file, 'utf8');
      if (html.includes('page--with-toc')) expect(html, relative(site.outDir, file)).toContain('<nav class="toc"');
    }
  });

  it('short documents stay on one page', () => {
    for (const slug of ['kampen-wmo-segmenten-2024', 'rijk-van-nijmegen-raadsinformatiebrief-2024']) {
      expect(json(`api/kaders/${slug}.json`).chapters).toEqual([]);
      expect(read(`kaders/${slug}/index.html`)).not.toContain('Inhoud van dit document');
    }
  });
});

describe('internal links', () => {
  it('every <a href> to this site lands on an existing file, and every #fragment on an existing id', () => {
    const broken = brokenInternalLinks(site.outDir);
    expect(broken, broken.join('\n')).toEqual([]);
  });
});

describe('browser bundles', () => {
  it('no JavaScript in _astro/ contains zod (islands check URL state with plain code)', () => {
    const dir = join(site.outDir, '_astro');
    const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
    // The check must see the islands it is about.
    for (const island of ['SelfCheck', 'SearchPage', 'use-calculator']) expect(scripts.some((name) => name.startsWith(island)), island).toBe(true);
    // zod 4 keeps its internals on `._zod` and names its classes "$Zod…", also when minified.
    const withZod = scripts.filter((name) => /\._zod\b|\$Zod[A-Z]/.test(readFileSync(join(dir, name), 'utf8')));
    expect(withZod).toEqual([]);
  });
});
