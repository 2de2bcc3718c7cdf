/** The OCDS packages of the whole site, computed once per build from siteContent(). */
import { siteContent } from './content.ts';
import { ocdsPackages, type OcdsResult } from '../lib/ocds/release.ts';

let cache: Promise<OcdsResult> | undefined;

export function sitePackages(siteUrl: string): Promise<OcdsResult> {
  cache ??= (async () => {
    const { records, history, names, gemeenten, regios, kaders } = await siteContent();
    const files = new Map(kaders.map((k) => [k.id, k.filePath ?? `content/kaders/${k.id}/index.mdx`] as const));
    const result = ocdsPackages({
      records,
      history,
      names,
      municipalities: new Map(gemeenten.map((g) => [g.id, { name: g.data.name, province: g.data.province, ...(g.data.cbsCode ? { cbsCode: g.data.cbsCode } : {}) }] as const)),
      regions: new Map(regios.map((r) => [r.id, { name: r.data.name, municipalities: r.data.municipalities.map((m) => m.id) }] as const)),
      siteUrl,
      fileOf: (slug) => files.get(slug) ?? slug,
    });
    if (result.problems.length) throw new Error(`Fouten in de OCDS-gegevens:\n${result.problems.join('\n')}`);
    return result;
  })();
  return cache;
}

export const json = (body: unknown) => new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
