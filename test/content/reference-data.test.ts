/**
 * The content checker on content/referentie/: the real files pass, and a
 * broken AOW table or abonnementstarief is reported with file, line and field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check/check.ts';

const temp = mkdtempSync(join(tmpdir(), 'iw-referentie-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function checkWith(name: string, file: string, edit: (text: string) => string): string[] {
  const root = join(temp, name);
  cpSync('test/fixtures/content-minimal', root, { recursive: true });
  cpSync('content/referentie', join(root, 'referentie'), { recursive: true });
  const path = join(root, 'referentie', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return checkContent(root).problems.map(formatProblem);
}

describe('reference data in the content checker', () => {
  it('counts the real reference files and finds no problems', () => {
    const { problems, counts } = checkContent('content');
    expect(problems).toEqual([]);
    expect(counts.referentie).toBe(2);
  });

  it('reports a gap in the AOW table with the line of the row', () => {
    const problems = checkWith('gap', 'aow-leeftijd.yaml', (text) => text.replace('from: 1955-09-01', 'from: 1955-09-02'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^`rows\[8\]\.from` in .*referentie\/aow-leeftijd\.yaml:\d+: verwacht 1955-09-01 \(de dag na 1955-08-31\)/);
  });

  it('reports an amount in euros instead of cents', () => {
    const problems = checkWith('euros', 'abonnementstarief.yaml', (text) => text.replace('amountCents: 2060', 'amountCents: 20.60'));
    expect(problems.join('\n')).toContain('`rates[0].amountCents`');
  });

  it('reports an unknown status of an announcement', () => {
    const problems = checkWith('status', 'abonnementstarief.yaml', (text) => text.replace('status: aangekondigd', 'status: misschien'));
    expect(problems.join('\n')).toMatch(/`announcements\[0\]\.status`.*'aangekondigd'/);
  });

  it('reports a file with an unknown kind', () => {
    const problems = checkWith('kind', 'aow-leeftijd.yaml', (text) => text.replace('kind: aow-leeftijd', 'kind: iets-anders'));
    expect(problems.join('\n')).toContain('kind');
  });
});
