/**
 * Realistic searches (Dutch, with typos and singular/plural variants) and the
 * page — and where it matters the section — each must find in its top 3.
 * Long documents are split into chapter pages: their sections live at /kaders/<slug>/<chapter>/#<anchor>.
 */
export const SEARCH_QUERIES: [query: string, expected: string][] = [
  ['Bibob', '/kaders/kampen-wmo-segmenten-2024/'],
  ['Bibop', '/kaders/kampen-wmo-segmenten-2024/'],
  ['bibob toets', '/kaders/rijk-van-nijmegen-wmo-ambulant-2025/inkoopproces/#bibob-en-financi%C3%ABle-toets'],
  ['financiële toets', '/kaders/rijk-van-nijmegen-wmo-ambulant-2025/inkoopproces/#bibob-en-financi%C3%ABle-toets'],
  ['reële prijs', '/rekenhulpen/reele-prijs/'],
  ['reele prijs', '/rekenhulpen/reele-prijs/'],
  ['dagbesteding Heumen', '/percelen/'],
  ['dagbestedng Heumen', '/percelen/'],
  ['verlenging', '/rekenhulpen/looptijd/'],
  ['verlengingen', '/rekenhulpen/looptijd/'],
  ['verlenigng', '/rekenhulpen/looptijd/'],
  ['SROI', '/rekenhulpen/sroi/'],
  ['social return', '/kaders/kampen-wmo-segmenten-2024/'],
  ['abonnementstarief', '/rekenhulpen/eigen-bijdrage/'],
  ['Open House', '/kaders/zorgregio-midden-ijssel-oost-veluwe-2026/het-inkoopmodel/#open-house'],
  // The product page says what it is and which documents buy it where and how; Kampen's section on its new protocol by its topic.
  ['hulp bij het huishouden', '/producten/hulp-bij-het-huishouden/'],
  ['indicatieprotocol huishouden', '/kaders/kampen-wmo-segmenten-2024/#hulp-bij-het-huishouden-een-nieuw-indicatieprotocol'],
  ['Hattem', '/gemeenten/hattem/'], // the municipality page, which links to the Zorgregio document
  ['Hatem', '/gemeenten/hattem/'],
  ['segment ouderen', '/kaders/kampen-wmo-segmenten-2024/'],
  ['AOW leeftijd', '/rekenhulpen/segment/'],
  ['praktische begeleiding', '/kaders/rijk-van-nijmegen-raadsinformatiebrief-2024/#praktische-begeleiding'],
  ['trapliften', '/kaders/rijk-van-nijmegen-raadsinformatiebrief-2024/'],
  ['governance code', '/kaders/zorgregio-midden-ijssel-oost-veluwe-2026/'],
  ['marktanalyse', '/kaders/regio-nijmegen-blok-b-2018/inrichting-van-de-inkoop/#marktanalyse-van-de-huidige-situatie'],
  ['integratie-uitkering', '/kaders/regio-nijmegen-blok-b-2018/risicos-financien-en-gunning/#regionaal-financieel-kader'],
  ['herindicatie', '/kaders/kampen-wmo-segmenten-2024/'],
  ['wachttijden', '/kaders/zorgregio-midden-ijssel-oost-veluwe-2026/lessen-uit-de-huidige-inkoop/#wachttijden'],
  ['wachttijd', '/kaders/zorgregio-midden-ijssel-oost-veluwe-2026/lessen-uit-de-huidige-inkoop/#wachttijden'],
  ['percelen', '/percelen/'],
  ['perceel', '/percelen/'],
  ['beschermd wonen', '/kaders/rijk-van-nijmegen-wmo-ambulant-2025/overeenkomsten-en-omvang/#afstemming-met-de-aanbesteding-beschermd-wonen'],
  ['uurtarief berekenen', '/rekenhulpen/reele-prijs/'],
  ['kan ik meedoen', '/kaders/kampen-wmo-segmenten-2024/toets/'],
  ['einddatum contract', '/rekenhulpen/looptijd/'],
  ['Heumen', '/gemeenten/heumen/'],
  ['Apeldoorn', '/gemeenten/apeldoorn/'],
  ['wat koopt mijn gemeente in', '/gemeenten/'],
];

/**
 * Residents' words: the glossary's `zoekwoorden` and places with a topic.
 * Each must find this page (or section) in its top 3, like the queries above.
 */
export const RESIDENT_QUERIES: [query: string, expected: string][] = [
  ['huishoudelijke hulp', '/kaders/zorgregio-midden-ijssel-oost-veluwe-2026/'],
  ['HbH', '/producten/hulp-bij-het-huishouden/'], // the product page: what is bought where, for every municipality
  ['HH', '/kaders/zorgregio-midden-ijssel-oost-veluwe-2026/'], // the site's own abbreviation: its pages first, the phrase adds the rest
  ['thuiszorg', '/producten/hulp-bij-het-huishouden/'],
  ['logeren', '/kaders/rijk-van-nijmegen-wmo-ambulant-2025/'],
  ['dagactiviteiten', '/kaders/rijk-van-nijmegen-wmo-ambulant-2025/'],
  ['dagbesteding wijchen', '/gemeenten/wijchen/'],
  ['begeleiding Wijchen', '/gemeenten/wijchen/'],
  ['kortdurend verblijf heumen', '/gemeenten/heumen/'],
  ['hulp bij het huishouden Apeldoorn', '/gemeenten/apeldoorn/'],
  ['thuiszorg Kampen', '/gemeenten/kampen/'],
];

/**
 * A place and a topic: the place's page and the current document come
 * before the historical one (Blok B 2018, whose contracts ran to 2024 at the latest).
 */
export const PLACE_TOPIC_QUERIES: { query: string; place: string; current: string; historical: string }[] = [
  { query: 'dagbesteding wijchen', place: '/gemeenten/wijchen/', current: 'rijk-van-nijmegen-wmo-ambulant-2025', historical: 'regio-nijmegen-blok-b-2018' },
  { query: 'dagbesteding Heumen', place: '/gemeenten/heumen/', current: 'rijk-van-nijmegen-wmo-ambulant-2025', historical: 'regio-nijmegen-blok-b-2018' },
  { query: 'begeleiding wijchen', place: '/gemeenten/wijchen/', current: 'rijk-van-nijmegen-wmo-ambulant-2025', historical: 'regio-nijmegen-blok-b-2018' },
];

/** Queries that match nothing on the site: the answer is "nothing found". */
export const NONSENSE_QUERIES = ['qwertyuiop', 'zxcvbnmasdf'];
