/** The internal-link checker (test/build/links.ts) on a tiny synthetic dist: it must catch what it is for. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenInternalLinks } from './links.ts';

const dist = mkdtempSync(join(tmpdir(), 'iw-links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const write = (path: string, body: string) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), `<!doctype html><html lang="nl"><body>${body}</body></html>`);
};

write('index.html', [
  '<a href="/kaders/x/">ok</a>',
  '<a href="/kaders/x/hoofdstuk/#financi%C3%ABle-toets">ok, encoded</a>',
  '<a href="/kaders/x/#weg">anchor moved to a chapter</a>',
  '<a href="/kaders/y/">missing page</a>',
  '<a href="#boven">same page</a>',
  '<a href="https://elders.example/#x">other site</a>',
  '<a href="mailto:a@b.nl">mail</a>',
  '<a href="/planning.ics">file</a>',
  '<h1 id="boven">Home</h1>',
].join(''));
write('kaders/x/index.html', '<h1 id="top">X</h1><a href="hoofdstuk/">relative ok</a><a href="../../nergens/">relative broken</a>');
write('kaders/x/hoofdstuk/index.html', '<h2 id="financiële-toets">Toets</h2><h2 id="weg">Weg</h2><a href="#bestaat-niet">broken</a>');
writeFileSync(join(dist, 'planning.ics'), 'BEGIN:VCALENDAR');

describe('internal link checker', () => {
  it('reports missing pages and missing anchors, and nothing else', () => {
    expect(brokenInternalLinks(dist).sort()).toEqual([
      '/ → /kaders/x/#weg: geen element met id="weg" op /kaders/x/',
      '/ → /kaders/y/: /kaders/y/ bestaat niet',
      '/kaders/x/ → ../../nergens/: /nergens/ bestaat niet',
      '/kaders/x/hoofdstuk/ → #bestaat-niet: geen element met id="bestaat-niet" op /kaders/x/hoofdstuk/',
    ]);
  });
});
