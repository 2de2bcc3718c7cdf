/**
 * Every OCDS release package the site publishes validates against the
 * official OCDS 1.1.5 release package schema, with the lots, requirements and
 * techniques extensions and our local extension (as served by the site)
 * merged onto the release schema, and every code is in its official codelist.
 * The schemas are not part of the project, so `npm test` does not run this
 * file; `npm run test:standards -- <ocds-1.1.5 map>` does.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuiltSite } from '../build/helpers.ts';
import { distReader, type DistReader } from '../build/dist.ts';
import {
  DOCUMENT_TYPE_CODES, INITIATION_TYPE, MILESTONE_TYPE_CODES, OFFICIAL_EXTENSIONS, PARTY_ROLES, RELATED_PROCESS, RELATED_PROCESS_SCHEME, RELEASE_TAGS,
} from '../../src/lib/ocds/codes.ts';
import { jsonPath, loadOcdsStandard, OFFICIAL_EXTENSION_FOLDERS, parseCsv, type OcdsStandard } from './ocds-validator.ts';

const folder = process.env.INKOOPWIJZER_STANDARDS;
let built: BuiltSite;
let site: DistReader;
let standard: OcdsStandard;
let packageFiles: string[];

beforeAll(() => {
  if (!folder) throw new Error('Geen map met de OCDS-schema\'s: start deze tests met `npm run test:standards -- <map ocds-1.1.5>`.');
  built = builtSite('standards');
  site = distReader(built.outDir);
  standard = loadOcdsStandard(folder, site.json('ocds/extensie/release-schema.json'));
  packageFiles = ['api/ocds.json', ...readdirSync(join(built.outDir, 'api/ocds')).filter((f) => f.endsWith('.json')).sort().map((f) => `api/ocds/${f}`)];
}, 300_000);

afterAll(() => built?.cleanup());

describe('OCDS 1.1.5 release packages', () => {
  it('publishes one package per document and one with all releases', () => {
    const documents = site.json('api/kaders.json').kaders as { slug: string }[];
    expect(packageFiles.filter((f) => f !== 'api/ocds.json').sort()).toEqual(documents.map((d) => `api/ocds/${d.slug}.json`).sort());
    expect(site.json('api/ocds.json').releases).toHaveLength(documents.length);
  });

  it('every package validates against the schema with its extensions, and every code is in its codelist', () => {
    const problems = packageFiles.flatMap((file) => standard.validate(site.json(file), file));
    const releases = packageFiles.reduce((n, file) => n + site.json(file).releases.length, 0);
    console.log(`OCDS: ${packageFiles.length} pakketten met samen ${releases} releases gevalideerd tegen ${folder}`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('names exactly the extensions it merges: the three official ones and our own, served by the site', () => {
    const extension = site.json('ocds/extensie/extension.json');
    expect(extension.schemas).toEqual(['release-schema.json']);
    expect(extension.compatibility).toEqual(['1.1']);
    for (const file of packageFiles) {
      const urls = site.json(file).extensions as string[];
      expect(urls.slice(0, 3)).toEqual(OFFICIAL_EXTENSION_FOLDERS.map((name) => OFFICIAL_EXTENSIONS[name]));
      expect(new URL(urls[3]!).pathname).toBe('/ocds/extensie/extension.json');
    }
  });
});

describe('the codes the mapping hard-codes', () => {
  it('are all in their official codelists, also those no current document uses', () => {
    const used: [string, string[]][] = [
      ['documentType.csv', Object.values(DOCUMENT_TYPE_CODES) as string[]],
      ['milestoneType.csv', Object.values(MILESTONE_TYPE_CODES) as string[]],
      ['releaseTag.csv', Object.values(RELEASE_TAGS)],
      ['initiationType.csv', [INITIATION_TYPE]],
      ['partyRole.csv', Object.values(PARTY_ROLES)],
      ['relatedProcess.csv', Object.values(RELATED_PROCESS)],
      ['relatedProcessScheme.csv', [RELATED_PROCESS_SCHEME]],
    ];
    const missing = used.flatMap(([list, codes]) => codes.filter((c) => !standard.codelists.get(list)?.has(c)).map((c) => `${c} (${list})`));
    expect(missing).toEqual([]);
  });

  it('name the official extensions by the URLs of the extension registry', () => {
    // The techniques extension names the lots extension's URL in its own metadata.
    const techniques = JSON.parse(readFileSync(join(folder!, 'extensions/techniques/extension.json'), 'utf8'));
    expect(techniques.testDependencies).toContain(OFFICIAL_EXTENSIONS.lots);
    for (const name of OFFICIAL_EXTENSION_FOLDERS) {
      const metadata = JSON.parse(readFileSync(join(folder!, 'extensions', name, 'extension.json'), 'utf8'));
      expect(metadata.documentationUrl.en).toBe(`https://extensions.open-contracting.org/en/extensions/${name}/`);
      expect(OFFICIAL_EXTENSIONS[name]).toBe(`https://raw.githubusercontent.com/open-contracting-extensions/ocds_${name}_extension/master/extension.json`);
    }
  });
});

describe('a broken package', () => {
  it('fails, naming the file and the JSON path of each wrong field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocds-kapot-'));
    try {
      const pkg = site.json(packageFiles[1]!);
      const release = pkg.releases[0];
      release.tender.milestones[0].dueDate = '2024'; // a year is no date-time
      release.tender.documents[0].documentType = 'raadsinformatiebrief'; // not in the documentType codelist
      release.parties[0].roles = ['koper']; // not in the partyRole codelist
      release.tender.items[0].inkoopwijzer.certainty = 'zeker'; // not a certainty of our extension
      delete release.date; // required
      const file = join(dir, 'kapot.json');
      writeFileSync(file, JSON.stringify(pkg));
      const problems = standard.validate(pkg, file);
      expect(problems).toEqual(expect.arrayContaining([
        expect.stringMatching(/kapot\.json: releases\[0\]\.tender\.milestones\[0\]\.dueDate: must match format "date-time"/),
        expect.stringMatching(/kapot\.json: releases\[0\]: must have required property 'date'/),
        expect.stringMatching(/kapot\.json: releases\[0\]\.tender\.items\[0\]\.inkoopwijzer\.certainty: must be equal to one of the allowed values/),
        expect.stringMatching(/kapot\.json: releases\[0\]\.tender\.documents\[0\]\.documentType: 'raadsinformatiebrief' staat niet in de open codelijst documentType\.csv/),
        expect.stringMatching(/kapot\.json: releases\[0\]\.parties\[0\]\.roles\[0\]: 'koper' staat niet in de open codelijst partyRole\.csv/),
      ]));
      expect(problems.every((p) => p.startsWith(`${file}: `))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('also fails on an empty package and a closed-codelist value', () => {
    const problems = standard.validate({ uri: 'x', version: '1.1', publisher: {}, publishedDate: 'gisteren', releases: [] }, 'leeg.json');
    expect(problems).toEqual(expect.arrayContaining([
      'leeg.json: publisher: must have required property \'name\'',
      'leeg.json: publishedDate: must match format "date-time"',
      'leeg.json: releases: must NOT have fewer than 1 items',
    ]));
    const pkg = site.json('api/ocds.json');
    pkg.releases[0].tag = ['gepland'];
    expect(standard.validate(pkg, 'tag.json')).toEqual(expect.arrayContaining([
      expect.stringMatching(/^tag\.json: releases\[0\]\.tag\[0\]: must be equal to one of the allowed values/),
      "tag.json: releases[0].tag[0]: 'gepland' staat niet in de gesloten codelijst releaseTag.csv",
    ]));
  });
});

describe('validator helpers', () => {
  it('reads quoted CSV fields with commas, quotes and newlines', () => {
    expect(parseCsv('Code,Title\na,"b, ""c""\nd"\r\ne,f\n')).toEqual([['Code', 'Title'], ['a', 'b, "c"\nd'], ['e', 'f']]);
  });

  it('writes a JSON pointer as a JSON path', () => {
    expect(jsonPath('/releases/0/tender/milestones/3/dueDate')).toBe('releases[0].tender.milestones[3].dueDate');
    expect(jsonPath('')).toBe('(het hele pakket)');
  });
});
