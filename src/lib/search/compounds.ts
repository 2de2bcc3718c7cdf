/**
 * Pagefind does not split Dutch compounds, so "jeugdhulpaanbieder" is not
 * found by "aanbieder". This finds compounds in a text that end or start with
 * a known word and returns those parts as extra search keywords.
 */

/** Words people search for that often appear inside compounds. */
export const COMPOUND_PARTS = [
  'aanbieder', 'aanbieders', 'aanbesteding', 'begeleiding', 'bekostiging', 'budget', 'cliënt', 'cliënten',
  'contract', 'contracten', 'dagbesteding', 'eisen', 'gemeente', 'gemeenten', 'huishouden', 'hulp', 'indicatie',
  'inkoop', 'jeugd', 'jeugdhulp', 'kader', 'kosten', 'kwaliteit', 'looptijd', 'overeenkomst', 'overeenkomsten',
  'perceel', 'percelen', 'prijs', 'product', 'producten', 'strategie', 'tarief', 'tarieven', 'team', 'teams',
  'toets', 'verblijf', 'verlenging', 'verlengingen', 'vervoer', 'voorziening', 'voorzieningen', 'wijkteam', 'zorg',
] as const;

const MIN_REST = 3;

/** Parts of the compounds in `text`, e.g. "zorgaanbieders" → ["zorg", "aanbieders"]. */
export function compoundKeywords(text: string, parts: readonly string[] = COMPOUND_PARTS): string[] {
  const found = new Set<string>();
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  for (const word of words) {
    for (const part of parts) {
      if (word === part || word.length < part.length + MIN_REST) continue;
      if (word.endsWith(part)) {
        found.add(part);
        const head = word.slice(0, -part.length).replace(/s$/, '');
        if (parts.includes(head)) found.add(head);
      } else if (word.startsWith(part)) {
        found.add(part);
      }
    }
  }
  return [...found].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** The keywords that occur in `text` (case-insensitive, as a word or the start of one: "Bibob" in "Bibob-toets"). */
export function keywordsIn(keywords: readonly string[], text: string): string[] {
  const lower = ` ${text.toLowerCase().replace(/\s+/g, ' ')}`;
  return keywords.filter((keyword) => {
    const k = keyword.toLowerCase().trim();
    return k !== '' && new RegExp(`[^\\p{L}\\p{N}]${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(lower);
  });
}
