/**
 * Builds the real site once and checks what a visitor and an API client get:
 * the five source documents at their fixed addresses, the open-data API,
 * the JSON Schema, HTML basics on every page, and no third-party resources.
 * Then proves that broken content fails the build with a clear message.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from './helpers.ts';

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

const read = (path: string) => readFileSync(join(site.outDir, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('the five source documents', () => {
  it.each(SLUGS)('/kaders/%s/ exists with title, summary, source and facts', (slug) => {
    const html = read(`kaders/${slug}/index.html`);
    expect(html).toContain('<h2 id="in-het-kort">In het kort</h2>');
    expect(html).toContain('id="brondocument"');
    expect(html).toMatch(/<h1[^>]*>[^<]{10,}<\/h1>/);
    expect(html).not.toMatch(/NaN|undefined|\[object Object\]/);
  });

  it('the 2025 framework shows that the later council letter moved the publication', () => {
    const html = read('kaders/rijk-van-nijmegen-wmo-ambulant-2025/index.html');
    expect(html).toContain('Een later document wijzigt deze planning');
    expect(html).toMatch(/mei 2024 → <strong>23 april 2024<\/strong>/);
    expect(html).toContain('/kaders/rijk-van-nijmegen-raadsinformatiebrief-2024/');
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
        expect(['datetime', 'day', 'week', 'month', 'quarter', 'year', 'span']).toContain(m.precision);
      }
      expect(k.url).toMatch(new RegExp(`/kaders/${k.slug}/$`));
    }
  });

  it.each([
    ['rijk-van-nijmegen-wmo-ambulant-2025', { start: '2025-01-01', initialEnd: '2028-12-31', extensions: [3, 3, 3], maxEnd: '2037-12-31' }],
    ['rijk-van-nijmegen-raadsinformatiebrief-2024', { start: '2025-01-01', initialEnd: '2028-12-31', extensions: [3, 3, 3], maxEnd: '2037-12-31' }],
    ['regio-nijmegen-blok-b-2018', { start: '2018-01-01', initialEnd: '2020-12-31', extensions: [2, 2], maxEnd: '2024-12-31' }],
    ['zorgregio-midden-ijssel-oost-veluwe-2026', { start: '2026-01-01', initialEnd: null, extensions: [], maxEnd: null }],
  ])('/api/kaders/%s.json has the contract term', (slug, contract) => {
    expect(json(`api/kaders/${slug}.json`).contract).toEqual(contract);
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
    expect(kader.properties.documentType.enum).toEqual(['inkoopkader', 'inkoopstrategie', 'raadsinformatiebrief', 'presentatie']);
    expect(kader.properties.procurement.properties.contract).toBeDefined();
  });
});

describe('planning', () => {
  it('serves a valid iCal feed per framework and one for all, with Kampen\'s feedback deadline', async () => {
    const ICAL = (await import('ical.js')).default;
    for (const path of ['planning.ics', ...SLUGS.map((s) => `kaders/${s}/planning.ics`)]) {
      const events = new ICAL.Component(ICAL.parse(read(path))).getAllSubcomponents('vevent');
      expect(events.length, path).toBeGreaterThan(0);
    }
    const kampen = new ICAL.Component(ICAL.parse(read('kaders/kampen-wmo-segmenten-2024/planning.ics')))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const deadline = kampen.find((e) => e.uid === 'kampen-wmo-segmenten-2024--feedback-deadline@inkoopwijzer')!;
    expect(deadline.startDate.toString()).toBe('2024-05-21');
    expect(deadline.description).toContain('21 mei 2024, 12:00 uur');
  });

  it('/planning/ shows milestones, contract periods with each extension, and announced procurements', () => {
    const html = read('planning/index.html');
    expect(html).toContain('Contract: verlenging 3 (optie)');
    expect(html).toContain('Ander inkooptraject: Trapliften');
    expect(html).toContain('week van 15 april 2024');
    expect(html).toContain('Q2 en Q3 2025');
  });
});

describe('overviews', () => {
  it('/percelen/ lists Blok B lots per municipality and the Zorgregio products per channel', () => {
    const html = read('percelen/index.html');
    expect(html).toContain('Perceel Specialistische begeleiding (Heumen)');
    expect(html).toMatch(/data-municipalities="[^"]*heumen[^"]*"/);
    expect(html).toContain('Lokaal ingekocht');
  });

  it('/vergelijk/ puts all frameworks side by side and marks differences', () => {
    const html = read('vergelijk/index.html');
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

describe('fidelity to the sources', () => {
  const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const SEEDS: Record<string, string> = {
    'rijk-van-nijmegen-wmo-ambulant-2025': 'inkoopkader-wmo-ambulant-2025-rijk-van-nijmegen.txt',
    'rijk-van-nijmegen-raadsinformatiebrief-2024': 'raadsinformatiebrief-inkoop-ambulante-wmo-begeleiding-nijmegen-2024.txt',
    'regio-nijmegen-blok-b-2018': 'inkoopkader-wmo-jeugdhulp-blok-b-2018-regio-nijmegen.txt',
    'zorgregio-midden-ijssel-oost-veluwe-2026': 'inkoopstrategie-wmo-2026-2036-zorgregio-midden-ijssel-oost-veluwe.txt',
    'kampen-wmo-segmenten-2024': 'presentatie-inkoop-wmo-segmenten-kampen-2024.txt',
  };
  // The seeds live beside the checkout (../shared/seeds), as on every machine of this project.
  const seedDir = join(process.cwd(), '..', 'shared', 'seeds');

  function pageText(slug: string): string {
    return read(`kaders/${slug}/index.html`)
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;|\u00a0/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
  }

  it.each(Object.entries(SEEDS))('every number and date of the source is on /kaders/%s/', (slug, seed) => {
    const source = readFileSync(join(seedDir, seed), 'utf8')
      .split('\n')
      // Table-of-contents lines ("1.2 Terugblik ..... 2") and section/list numbering are structure, not facts.
      .filter((line) => !/(\.{3,}|\t)\s*\d+\s*$/.test(line))
      .map((line) => line.replace(/^\s*(#+\s*)?(\*\*)?\d+(\.\d+)*\.?(?=\s)/, ''))
      .join('\n');
    const page = pageText(slug);
    const onPage = new Set(page.match(/\d+(?:[.,]\d+)*/g) ?? []);
    const flat = new Set([...onPage].map((n) => n.replace(/\./g, '')));
    const missing: string[] = [];
    for (const date of source.match(/\b\d{1,2}-\d{1,2}-\d{4}\b/g) ?? []) {
      const [d, m, y] = date.split('-').map(Number);
      if (!page.includes(`${d} ${MONTHS[m! - 1]} ${y}`)) missing.push(date);
    }
    for (const n of new Set(source.replace(/\b\d{1,2}-\d{1,2}-\d{4}\b/g, ' ').match(/\d+(?:[.,]\d+)*/g) ?? [])) {
      const variants = [n, n.replace(/\./g, ''), n.replace(',', '.'), n.replace('.', ',')];
      if (!variants.some((v) => onPage.has(v) || flat.has(v))) missing.push(n);
    }
    expect(missing, `ontbreekt op de pagina: ${missing.join(', ')}`).toEqual([]);
  });
});
