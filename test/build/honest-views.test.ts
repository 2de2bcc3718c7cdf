/**
 * "Say exactly what the source says", through every view. Builds the fixture
 * tree test/fixtures/honest once with the real Astro CLI. It holds one case
 * each: a contract with only a maximum term ("maximaal 48 maanden, mogelijk
 * langer"), a product without a channel, a year-only contract start (the
 * later document), an inferred year on a milestone, a sub-regional lot
 * (Perceel Noord: Aagemeente and Beegemeente, not Ceegemeente), a date that a
 * later document supersedes (publication: september 2024 → 15 oktober 2024),
 * a permission, and an intention requirement (voornemen, uitsluitend).
 * Every view that shows a case must state no more than the fixture does.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './helpers.ts';
import { distReader, type DistReader } from './dist.ts';
import { evaluate, type Answers, type EligibilityModel } from '../../src/lib/eligibility/index.ts';

const DOC = 'eerlijk-kader-2024';
const LATER = 'eerlijk-brief-2024';

let dist: DistReader;
let outDir: string | undefined;
beforeAll(() => {
  const build = buildSite({ content: 'test/fixtures/honest', label: 'honest' });
  if (build.status !== 0) throw new Error(`De build van test/fixtures/honest faalde:\n${build.output}`);
  outDir = build.outDir;
  dist = distReader(outDir);
}, 300_000);
afterAll(() => {
  if (outDir) rmSync(dirname(outDir), { recursive: true, force: true });
});

const read = (path: string) => dist.read(path);
const json = (path: string) => dist.json(path);
/** What a reader sees: the text without tags, scripts and island props, entities decoded, whitespace collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
const page = (path: string) => visibleText(read(path));

/** The current contract of the fixture document and the later one, as the API must give them. */
const MAXIMUM_CONTRACT = {
  start: { start: '2026-01-01', end: '2026-01-01', precision: 'day' },
  certainty: 'voornemen',
  initialTermMonths: { kind: 'max', max: 48, approx: false, openEnded: true },
  extensions: { stated: 'niet-genoemd', years: [] },
  initialEnd: null,
  maxEnd: null,
};
const YEAR_ONLY_CONTRACT = {
  start: { start: '2027-01-01', end: '2027-12-31', precision: 'year' },
  certainty: 'vastgesteld',
  initialTermMonths: { kind: 'exact', exact: 24, approx: false, openEnded: false },
  extensions: { stated: 'geen', years: [] },
  initialEnd: null,
  maxEnd: null,
};
const INFERRED_MILESTONE = {
  id: 'sessie',
  label: 'Sessie met aanbieders',
  certainty: 'vastgesteld',
  start: '2024-03-21',
  end: '2024-03-21',
  precision: 'day',
  inferred: { part: 'jaar', reason: "de dia noemt '21 maart' zonder jaar" },
};
const CURRENT_PUBLICATION = { id: 'publicatie', label: 'Publicatie aanbesteding', certainty: 'vastgesteld', start: '2024-10-15', end: '2024-10-15', precision: 'day' };
const INFERRED_TEXT = '21 maart; jaar niet genoemd, vermoedelijk 2024';
const MAXIMUM_NO_END = 'Niet te bepalen: de looptijd ligt niet vast, langer is mogelijk';
const YEAR_ONLY_NO_END = 'Niet te bepalen: de bron noemt als start alleen 2027';

describe('document page /kaders/<slug>/', () => {
  it('a maximum term gives no end date: "Niet te bepalen", no "tot en met" day', () => {
    const text = page(`kaders/${DOC}/index.html`);
    expect(text).toContain('Contract vanaf 1 januari 2026 (voornemen); eerste looptijd maximaal 48 maanden, mogelijk langer; einddatum niet te bepalen (de looptijd ligt niet vast, langer is mogelijk)');
    expect(text).toContain(`Eerste looptijd maximaal 48 maanden, mogelijk langer Verlengingen Niet genoemd in dit document Uiterste einddatum ${MAXIMUM_NO_END}`);
    expect(text).not.toMatch(/tot en met \d/);
    expect(text).not.toMatch(/december 20(29|30)/);
    expect(text).not.toContain('Geen verlengingsmogelijkheden');
  });

  it('a product without a channel is "Niet genoemd", never "Regionaal ingekocht"', () => {
    const html = read(`kaders/${DOC}/index.html`);
    expect(html).toContain('<th scope="row" role="rowheader"><a href="/producten/huishoudelijke-hulp/">Huishoudelijke hulp</a></th><td role="cell" data-label="Soort">Product</td><td role="cell" data-label="Hoe">Niet genoemd (voornemen)</td>');
    // The one product whose channel the fixture does state keeps it.
    expect(html).toContain('<th scope="row" role="rowheader"><a href="/producten/begeleiding/">Begeleiding</a></th><td role="cell" data-label="Soort">Product</td><td role="cell" data-label="Hoe">Regionaal ingekocht</td>');
  });

  it('the superseded date: the change with the old value as history, naming the later document', () => {
    const html = read(`kaders/${DOC}/index.html`);
    expect(visibleText(html)).toContain('Een later document wijzigt dit document Publicatie aanbesteding: september 2024 → 15 oktober 2024 (gewijzigd door Eerlijke brief 2024 , 10 juni 2024)');
    expect(html).toContain(`(gewijzigd door <a href="/kaders/${LATER}/">Eerlijke brief 2024</a>, 10 juni 2024)`);
  });

  it('the permission is listed as allowed, apart from the requirements; the intention says "Voornemen"', () => {
    const html = read(`kaders/${DOC}/index.html`);
    const requirements = html.match(/<ul class="req-list">([\s\S]*?)<\/ul>/)![1]!;
    expect([...requirements.matchAll(/<li[^>]* id="eis-([^"]+)"/g)].map((m) => m[1])).toEqual(['bibob', 'keurmerk']);
    expect(requirements).not.toContain('Combinaties');
    expect(visibleText(requirements)).toContain('Kwaliteitskeurmerk Kwaliteit · Sluit uit als u er niet aan voldoet · Voornemen');
    expect(html).toContain('<h4>Wat het document toestaat</h4><p class="meta">Dit zijn geen eisen: u mag het, het hoeft niet.</p><ul><li id="toegestaan-combinaties"><strong>Combinaties en onderaanneming</strong>');
  });

  it('a year-only contract start gives no day ("1 januari" absent) and no end date', () => {
    const text = page(`kaders/${LATER}/index.html`);
    expect(text).toContain('Contract vanaf 2027; eerste looptijd 2 jaar; einddatum niet te bepalen (de bron noemt als start alleen 2027)');
    expect(text).not.toContain('1 januari 2027');
    expect(text).not.toMatch(/december 202[89]/);
  });
});

describe('chapter page /kaders/<slug>/<chapter>/', () => {
  const chapter = () => read(`kaders/${DOC}/planning-en-percelen/index.html`);

  it('the inferred year says so, with the reason', () => {
    const text = visibleText(chapter());
    expect(text).toContain(`${INFERRED_TEXT} Sessie met aanbieders Afgeleid: de dia noemt '21 maart' zonder jaar.`);
    expect(text).not.toContain('21 maart 2024');
  });

  it('the superseded date is current, the old one history', () => {
    const html = chapter();
    expect(html).toMatch(/<ins>15 oktober 2024<\/ins>\s*<s><span class="visually-hidden">eerder: <\/span>september 2024<\/s>/);
    expect(visibleText(html)).toContain('Publicatie aanbesteding Gewijzigd door Eerlijke brief 2024 (10 juni 2024). In dit document stond: september 2024.');
  });

  it('the sub-regional lot names its municipalities, never "the whole region"', () => {
    const html = chapter();
    expect(html).toContain('<tr role="row"><td role="cell" data-label="Nummer">1</td><th scope="row" role="rowheader">Perceel Noord</th><td role="cell" data-label="Domein">Wmo</td><td role="cell" data-label="Voor de gemeenten">Aagemeente, Beegemeente</td>');
    expect(html).toContain('<tr role="row"><td role="cell" data-label="Nummer">2</td><th scope="row" role="rowheader">Perceel Zuid</th><td role="cell" data-label="Domein">Wmo</td><td role="cell" data-label="Voor de gemeenten">Ceegemeente</td>');
    expect(html).not.toContain('Regionale percelen');
    expect(html).not.toContain('Percelen per gemeente');
  });
});

describe('open data /api/kaders/<slug>.json and /api/kaders.json', () => {
  it('the list holds the same records as the files per document', () => {
    const list = json('api/kaders.json');
    expect(list.count).toBe(2);
    expect(list.kaders.find((k: { slug: string }) => k.slug === DOC)).toEqual(json(`api/kaders/${DOC}.json`));
    expect(list.kaders.find((k: { slug: string }) => k.slug === LATER)).toEqual(json(`api/kaders/${LATER}.json`));
  });

  it.each(['api/kaders.json', `api/kaders/${DOC}.json`])('%s: the bound, no end date; the inferred year; the current date with supersededBy', (path) => {
    const all = json(path);
    const record = all.kaders ? all.kaders.find((k: { slug: string }) => k.slug === DOC) : all;
    expect(record.contract).toEqual(MAXIMUM_CONTRACT);
    expect(record.milestones).toContainEqual(INFERRED_MILESTONE);
    expect(record.milestones).toContainEqual(CURRENT_PUBLICATION);
    expect(record.supersededBy[0]).toEqual({
      path: 'milestone.publicatie.when',
      label: 'Publicatie aanbesteding',
      kind: 'gewijzigd',
      from: 'september 2024',
      to: '15 oktober 2024',
      fromValue: { start: '2024-09-01', end: '2024-09-30', precision: 'month' },
      toValue: { start: '2024-10-15', end: '2024-10-15', precision: 'day' },
      by: { slug: LATER, title: 'Eerlijke brief 2024', published: { start: '2024-06-10', end: '2024-06-10', precision: 'day' } },
    });
  });

  it('the product without a channel has no channel; the lot keeps its municipalities; the permission is no requirement', () => {
    const { data } = json(`api/kaders/${DOC}.json`);
    expect(data.products).toEqual([
      { product: 'begeleiding', kind: 'product', channel: 'regionale-inkoop', certainty: 'vastgesteld', exceptions: [], tariffs: [{ year: 2026, amountCents: 6120, unit: 'uur', frequency: 'per week', certainty: 'voornemen' }] },
      { product: 'huishoudelijke-hulp', kind: 'product', certainty: 'voornemen', exceptions: [] },
    ]);
    expect(data.lots.map((l: { id: string; scope: string; municipalities: string[] }) => [l.id, l.scope, l.municipalities])).toEqual([
      ['perceel-noord', 'gemeenten', ['aagemeente', 'beegemeente']],
      ['perceel-zuid', 'gemeenten', ['ceegemeente']],
    ]);
    expect(data.requirements.map((r: { id: string; certainty: string; effect: string }) => [r.id, r.certainty, r.effect])).toEqual([
      ['bibob', 'vastgesteld', 'uitsluitend'],
      ['keurmerk', 'voornemen', 'uitsluitend'],
    ]);
    expect(data.permissions.map((p: { id: string }) => p.id)).toEqual(['combinaties']);
    // The internal source file is never published.
    expect(JSON.stringify(data.source)).not.toContain('.txt');
  });

  it('a year-only start stays a year', () => {
    expect(json(`api/kaders/${LATER}.json`).contract).toEqual(YEAR_ONLY_CONTRACT);
  });
});

describe('open data /api/gemeenten/<id>.json', () => {
  const offers = (id: string) => json(`api/gemeenten/${id}.json`).offers.filter((o: { kader: string }) => o.kader === DOC).map((o: { name: string; how: string }) => [o.name, o.how]);

  it('the sub-regional lot is there for a municipality inside it and absent for the one outside', () => {
    expect(offers('aagemeente')).toEqual([
      ['Perceel 1: Perceel Noord', 'Perceel voor Aagemeente, Beegemeente'],
      ['Begeleiding', 'Regionaal ingekocht'],
      ['Huishoudelijke hulp', 'Niet genoemd (voornemen)'],
    ]);
    expect(offers('ceegemeente')).toEqual([
      ['Perceel 2: Perceel Zuid', 'Perceel voor Ceegemeente'],
      ['Begeleiding', 'Regionaal ingekocht'],
      ['Huishoudelijke hulp', 'Niet genoemd (voornemen)'],
    ]);
  });

  it('contracts: the bound and the year, no end dates', () => {
    expect(json('api/gemeenten/ceegemeente.json').contracts).toEqual([
      { kader: DOC, ...MAXIMUM_CONTRACT },
      { kader: LATER, ...YEAR_ONLY_CONTRACT },
    ]);
  });
});

describe('calendars /kaders/<slug>/planning.ics and /planning.ics', () => {
  const events = (path: string) => new ICAL.Component(ICAL.parse(read(path))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const byUid = (path: string, uid: string) => events(path).find((e) => e.uid === `${uid}@inkoopwijzer`)!;

  it('the document feed: no contract end for a maximum term, the inferred year said, the new date', () => {
    const path = `kaders/${DOC}/planning.ics`;
    expect(events(path).map((e) => e.uid)).toEqual([
      `${DOC}--sessie@inkoopwijzer`,
      `${DOC}--publicatie@inkoopwijzer`,
      `${DOC}--contract-0@inkoopwijzer`,
      `${DOC}--start-contracten@inkoopwijzer`,
    ]);
    const contract = byUid(path, `${DOC}--contract-0`);
    expect([contract.summary, contract.startDate.toString(), contract.endDate.toString()]).toEqual(['Contract: start (gepland) (Eerlijk kader 2026)', '2026-01-01', '2026-01-02']);
    expect(contract.description).toContain('Wanneer: 1 januari 2026 (gepland)\nEerste looptijd maximaal 48 maanden, mogelijk langer; einddatum niet te bepalen (de looptijd ligt niet vast, langer is mogelijk)');
    expect(byUid(path, `${DOC}--sessie`).description).toContain(`Wanneer: ${INFERRED_TEXT}\n`);
    const publication = byUid(path, `${DOC}--publicatie`);
    expect([publication.startDate.toString(), publication.endDate.toString()]).toEqual(['2024-10-15', '2024-10-16']);
    expect(publication.description).toContain('Wanneer: 15 oktober 2024\n');
    expect(publication.description).not.toContain('september');
  });

  it('the feed of all documents: the same, and the year-only start as the begin and end of that year, saying no day is known', () => {
    const publication = byUid('planning.ics', `${DOC}--publicatie`);
    expect(publication.startDate.toString()).toBe('2024-10-15');
    const begin = byUid('planning.ics', `${LATER}--contract-0--begin`);
    const end = byUid('planning.ics', `${LATER}--contract-0--einde`);
    expect([begin.summary, begin.startDate.toString(), begin.endDate.toString()]).toEqual(['Begin 2027: Contract: start (Eerlijke brief 2024)', '2027-01-01', '2027-01-02']);
    expect([end.summary, end.startDate.toString(), end.endDate.toString()]).toEqual(['Einde 2027: Contract: start (Eerlijke brief 2024)', '2027-12-31', '2028-01-01']);
    for (const event of [begin, end]) {
      expect(event.description).toContain('Wanneer: 2027\n');
      expect(event.description).toContain('De bron noemt geen preciezere dag.');
      expect(event.description).toContain('Eerste looptijd 2 jaar; einddatum niet te bepalen (de bron noemt als start alleen 2027)');
    }
    expect(events('planning.ics').filter((e) => e.uid.includes('--contract-')).map((e) => e.uid)).toEqual([`${DOC}--contract-0@inkoopwijzer`, `${LATER}--contract-0--begin@inkoopwijzer`, `${LATER}--contract-0--einde@inkoopwijzer`]);
    expect(read('planning.ics')).not.toContain('1 januari 2027');
  });
});

describe('/percelen/', () => {
  it('the sub-regional lot is for its municipalities only; the product without a channel is "Niet genoemd"', () => {
    const html = read('percelen/voorbeeldregio/index.html');
    expect(html).toContain('<tr role="row" data-municipalities="aagemeente beegemeente" data-products="begeleiding" data-domains="Wmo"><th scope="row" role="rowheader">Perceel 1: Perceel Noord</th><td role="cell" data-label="Hoe ingekocht">Perceel voor Aagemeente, Beegemeente</td><td role="cell" data-label="Gemeenten">Aagemeente, Beegemeente</td>');
    expect(html).toContain('<tr role="row" data-municipalities="ceegemeente" data-products="begeleiding" data-domains="Wmo"><th scope="row" role="rowheader">Perceel 2: Perceel Zuid</th><td role="cell" data-label="Hoe ingekocht">Perceel voor Ceegemeente</td><td role="cell" data-label="Gemeenten">Ceegemeente</td>');
    expect(html).toContain('<th scope="row" role="rowheader">Huishoudelijke hulp</th><td role="cell" data-label="Hoe ingekocht">Niet genoemd (voornemen)</td>');
    expect(html).not.toContain('Regionaal perceel');
  });
});

describe('/gemeenten/<id>/', () => {
  it('a municipality inside the sub-regional lot has it; the one outside does not', () => {
    const inside = page('gemeenten/aagemeente/index.html');
    const outside = page('gemeenten/ceegemeente/index.html');
    expect(inside).toContain('Perceel 1: Perceel Noord Perceel voor Aagemeente, Beegemeente Wmo');
    expect(inside).not.toContain('Perceel Zuid');
    expect(outside).toContain('Perceel 2: Perceel Zuid Perceel voor Ceegemeente Wmo');
    expect(outside).not.toContain('Perceel Noord');
  });

  it.each(['aagemeente', 'ceegemeente'])('%s: channel, contracts, inferred year and the current date as the fixture states them', (id) => {
    const text = page(`gemeenten/${id}/index.html`);
    expect(text).toContain('Huishoudelijke hulp Niet genoemd (voornemen) Wmo');
    expect(text).toContain(`Eerlijk kader 2026 1 januari 2026 (voornemen) maximaal 48 maanden, mogelijk langer niet genoemd ${MAXIMUM_NO_END}`);
    expect(text).toContain(`Eerlijke brief 2024 2027 2 jaar geen ${YEAR_ONLY_NO_END}`);
    expect(text).toContain(`${INFERRED_TEXT} Sessie met aanbieders · Eerlijk kader 2026`);
    expect(text).toContain('15 oktober 2024 Publicatie aanbesteding · Eerlijk kader 2026');
    expect(text).not.toContain('september 2024');
    expect(text).not.toContain('1 januari 2027');
  });
});

describe('/regios/<id>/', () => {
  it('lots with their municipalities, the channel not named, contracts without end dates, the inferred year, the current date', () => {
    const html = read('regios/voorbeeldregio/index.html');
    expect(html).toContain('<tr role="row"><td role="cell" data-label="Nummer">1</td><th scope="row" role="rowheader">Perceel Noord</th><td role="cell" data-label="Domein">Wmo</td><td role="cell" data-label="Voor de gemeenten">Aagemeente, Beegemeente</td>');
    expect(html).toContain('<tr role="row"><td role="cell" data-label="Nummer">2</td><th scope="row" role="rowheader">Perceel Zuid</th><td role="cell" data-label="Domein">Wmo</td><td role="cell" data-label="Voor de gemeenten">Ceegemeente</td>');
    expect(html).toContain('<th scope="row" role="rowheader"><a href="/producten/huishoudelijke-hulp/">Huishoudelijke hulp</a></th><td role="cell" data-label="Soort">Product</td><td role="cell" data-label="Hoe">Niet genoemd (voornemen)</td>');
    const text = visibleText(html);
    expect(text).toContain(`Eerlijk kader 2026 1 januari 2026 (voornemen) maximaal 48 maanden, mogelijk langer niet genoemd ${MAXIMUM_NO_END}`);
    expect(text).toContain(`Eerlijke brief 2024 2027 2 jaar geen ${YEAR_ONLY_NO_END}`);
    expect(text).toContain(`${INFERRED_TEXT} Sessie met aanbieders · Eerlijk kader 2026`);
    expect(text).toContain('15 oktober 2024 Publicatie aanbesteding · Eerlijk kader 2026');
    expect(text).not.toContain('september 2024');
    expect(text).not.toContain('Eén perceel voor de hele regio');
  });
});

describe('/vergelijk/', () => {
  it('term, end date and lots as the fixture states them', () => {
    const html = read('vergelijk/voorbeeldregio/index.html');
    const cells = (label: string) => [...html.match(new RegExp(`<th scope="row" role="rowheader">${label} <span[^>]*>verschilt</span></th>(.*?)</tr>`))![1]!.matchAll(/<td role="cell" data-column="\d" data-label="[^"]*">(.*?)<\/td>/g)].map((m) => m[1]);
    // Column 0 is the later document (newest first), column 1 the fixture document.
    expect(cells('Looptijd')).toEqual(['Eerste looptijd 2 jaar vanaf 2027; verlengingen: geen', 'Eerste looptijd maximaal 48 maanden, mogelijk langer vanaf 1 januari 2026 (voornemen); verlengingen: niet genoemd']);
    expect(cells('Uiterste einddatum')).toEqual([YEAR_ONLY_NO_END, MAXIMUM_NO_END]);
    expect(cells('Producten en percelen')).toEqual(['Niet genoemd', 'Begeleiding, Huishoudelijke hulp, Perceel Noord (alleen Aagemeente, Beegemeente), Perceel Zuid (alleen Ceegemeente)']);
    expect(cells('Integriteit \\(Bibob\\)')).toEqual(['Niet genoemd', 'Bibob-toets (vastgesteld)']);
  });
});

describe('/planning/', () => {
  it('one contract item at the start for each contract, no end; the inferred year; the current date', () => {
    const html = read('planning/voorbeeldregio/index.html');
    const text = visibleText(html);
    expect([...html.matchAll(/<li id="([^"]+--contract-[^"]+)"/g)].map((m) => m[1])).toEqual([`${DOC}--contract-0`, `${LATER}--contract-0`]);
    expect(text).toContain(`1 januari 2026 (gepland) Contract: start · Contractperiode · Eerlijk kader 2026 (Voorbeeldregio) Eerste looptijd maximaal 48 maanden, mogelijk langer; einddatum niet te bepalen (de looptijd ligt niet vast, langer is mogelijk)`);
    expect(text).toContain(`2027 Contract: start · Contractperiode · Eerlijke brief 2024 (Voorbeeldregio) Eerste looptijd 2 jaar; einddatum niet te bepalen (de bron noemt als start alleen 2027)`);
    expect(text).toContain(`${INFERRED_TEXT} Sessie met aanbieders · Mijlpaal · Eerlijk kader 2026`);
    expect(text).toContain('15 oktober 2024 Publicatie aanbesteding · Mijlpaal · Eerlijk kader 2026');
    expect(text).not.toContain('september 2024');
    expect(text).not.toContain('1 januari 2027');
    expect(text).not.toContain('Contract: eerste looptijd');
  });
});

describe('self-check /kaders/<slug>/toets/', () => {
  /** The self-check model as the page hands it to the island (Astro's serialised props). */
  function islandModel(): EligibilityModel {
    const html = read(`kaders/${DOC}/toets/index.html`);
    const props = html.match(/<astro-island[^>]*component-url="\/_astro\/SelfCheck[^"]*"[^>]*props="([^"]*)"/)![1]!;
    const revive = (value: unknown): unknown => {
      if (!Array.isArray(value)) return value;
      const [type, inner] = value as [number, unknown];
      if (type === 1) return (inner as unknown[]).map(revive);
      if (inner && typeof inner === 'object') return Object.fromEntries(Object.entries(inner).map(([k, v]) => [k, revive(v)]));
      return inner;
    };
    const raw = JSON.parse(props.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    return revive(raw.model) as EligibilityModel;
  }
  const answers = (requirements: Answers['requirements']): Answers => ({ scope: { percelen: ['perceel-noord', 'perceel-zuid'], gemeenten: ['aagemeente', 'beegemeente', 'ceegemeente'] }, requirements });

  it('the permission is never asked', () => {
    const model = islandModel();
    expect(model.requirements.map((r) => r.id)).toEqual(['bibob', 'keurmerk']);
    expect(read(`kaders/${DOC}/toets/index.html`)).not.toMatch(/combinatie|onderaanneming/i);
  });

  it('the intention is marked as not settled: "nee" gives "let op", not an exclusion', () => {
    const model = islandModel();
    const intention = evaluate(model, answers({ bibob: 'ja', keurmerk: 'nee' }));
    expect(intention.overall).toBe('aandachtspunten');
    const item = intention.items.find((i) => i.requirement.id === 'keurmerk')!;
    expect(item.outcome).toBe('aandacht');
    expect(item.uncertain).toBeTruthy();
    // The settled requirement does exclude: the difference is the certainty, not the effect.
    expect(evaluate(model, answers({ bibob: 'nee', keurmerk: 'ja' })).overall).toBe('belemmering');
    expect(page(`kaders/${DOC}/toets/index.html`)).toContain('Kwaliteitskeurmerk Kwaliteit · Sluit uit als u er niet aan voldoet · Voornemen (nog niet zeker)');
  });

  it('the sub-regional lot names its municipalities', () => {
    const lots = islandModel().scopes.find((s) => s.kind === 'percelen')!.options;
    expect(lots.map((o) => [o.label, o.hint])).toEqual([
      ['Perceel 1: Perceel Noord (Wmo)', 'Alleen voor Aagemeente, Beegemeente'],
      ['Perceel 2: Perceel Zuid (Wmo)', 'Alleen voor Ceegemeente'],
    ]);
  });
});

// Issue 16: codes from standards and tariffs, shown where they are given and never made up where not.
describe('CBS codes, iStandaarden codes and tariffs', () => {
  it('the document page says the tariff per unit with the frequency apart, its certainty and "Niet genoemd" indexation', () => {
    const text = page(`kaders/${DOC}/index.html`);
    expect(text).toContain('Begeleiding, 2026: € 61,20 per uur (voornemen) Frequentie: per week. Indexatie: Niet genoemd.');
  });

  it('the document API carries the tariff as the source states it, and no tariff for the product without one', () => {
    const products = (json(`api/kaders/${DOC}.json`) as { data: { products: { product: string; tariffs?: unknown }[] } }).data.products;
    expect(products.find((p) => p.product === 'begeleiding')?.tariffs).toEqual([{ year: 2026, amountCents: 6120, unit: 'uur', frequency: 'per week', certainty: 'voornemen' }]);
    expect(products.find((p) => p.product === 'huishoudelijke-hulp')).not.toHaveProperty('tariffs');
  });

  it('a municipality with a CBS code shows it with its source in the API; one without has null and no code on its page', () => {
    expect(json('api/gemeenten/aagemeente.json')).toMatchObject({ cbsCode: 'GM9001', cbsCodeSource: 'Testlijst voor de tests van Inkoopwijzer (geen echte CBS-code)' });
    expect(json('api/gemeenten/beegemeente.json')).toMatchObject({ cbsCode: null, cbsCodeSource: null });
    expect(page('gemeenten/aagemeente/index.html')).toContain('CBS-gemeentecode GM9001');
    expect(page('gemeenten/beegemeente/index.html')).not.toContain('CBS-gemeentecode');
  });

  it('/api/regios.json lists the members by code, null where none is given', () => {
    const { regios } = json('api/regios.json') as { regios: { id: string; members: { id: string; cbsCode: string | null }[] }[] };
    expect(regios.find((r) => r.id === 'voorbeeldregio')?.members.map((m) => [m.id, m.cbsCode])).toEqual([['aagemeente', 'GM9001'], ['beegemeente', null], ['ceegemeente', null]]);
  });

  it('the product page names the iStandaarden category and code only for the product that has them', () => {
    expect(page('producten/huishoudelijke-hulp/index.html')).toContain('iWmo-productcategorie 99, productcode 99X01');
    expect(page('producten/begeleiding/index.html')).not.toContain('productcategorie');
  });
});
