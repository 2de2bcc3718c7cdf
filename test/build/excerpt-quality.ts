/**
 * What makes a search excerpt unreadable: a hidden keyword list shown as text
 * ("inkoopkader inkoopkader nieuwe Wmo Wmo ambulant …") or words glued
 * together by markup without spaces ("GemeenteWijchenRijk van Nijmegen").
 */

/** Words with a capital inside that are written that way on purpose. */
export const INNER_CAPITALS = new Set(['TenderNed', 'PvE', 'HbH', 'ZonMw', 'DigiD', 'MijnOverheid', 'eHerkenning', 'iWmo', 'iJw', 'IJssel', 'JSON', 'OpenAPI', 'PxQ', 'LibreOffice']);

/** The excerpt as a reader sees it: tags removed, entities decoded. */
export function excerptText(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'");
}

/**
 * Problems of one excerpt, in Dutch for the failure message. `keywords` are
 * the page's extra search words (meta zoekwoorden). A keyword list shown as
 * text repeats a keyword exactly ("inkoopkader inkoopkader", the same case,
 * no punctuation between: running text writes "HH HH," or "perceel Perceel"
 * in tables, which is fine).
 */
export function excerptProblems(html: string, keywords: readonly string[] = []): string[] {
  const problems: string[] = [];
  const words = excerptText(html).split(/\s+/).filter(Boolean);
  const bare = words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  const keywordSet = new Set(keywords.map((k) => k.trim()).filter((k) => k && !k.includes(' ')));
  bare.forEach((word, i) => {
    if (i >= 2 && word && word === bare[i - 1] && word === bare[i - 2]) problems.push(`drie keer achter elkaar "${word}"`);
    if (i >= 1 && keywordSet.has(words[i]!) && words[i] === words[i - 1]) problems.push(`zoekwoordenlijst in de tekst: "${words[i - 1]} ${words[i]}"`);
  });
  // Three keywords in their list order, as the old hidden paragraph wrote them ("begeleiding ambulante begeleiding reguliere begeleiding").
  const plain = ` ${words.join(' ')} `;
  const items = keywords.map((k) => k.trim()).filter(Boolean);
  for (let i = 0; i + 2 < items.length; i++) {
    const run = items.slice(i, i + 3).join(' ');
    if (run.split(' ').length >= 4 && plain.includes(` ${run} `)) problems.push(`zoekwoordenlijst in de tekst: "${run}"`);
  }
  for (const word of words) {
    const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (/\p{Ll}{2}\p{Lu}\p{Ll}/u.test(core) && ![...INNER_CAPITALS].some((name) => core.includes(name))) problems.push(`woorden aan elkaar: "${core}"`);
  }
  return [...new Set(problems)];
}
