/**
 * The search island on /zoeken/: Pagefind's JS API behind our own accessible
 * form. Query, filters and sort live in the URL; results show the document,
 * its type and date, the section heading with a highlighted excerpt, and link
 * to that section. The result count is announced in a live region.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { bestSection } from '../../lib/search/best-section.ts';
import { runSearch } from '../../lib/search/run-search.ts';
import type { SynonymTable } from '../../lib/search/synonyms.ts';
import { todayInAmsterdam } from '../../lib/calendar-date.ts';
import { filterSummary, readSearchState, SEARCH_FILTERS, writeSearchState, type SearchFilter, type SearchState } from '../../lib/search/query-state.ts';
import { LinkNotice } from '../LinkNotice.tsx';
import { loadPagefind, type PagefindResultData } from './pagefind.ts';

const FILTER_LABELS: Record<SearchFilter, string> = {
  regio: 'Regio',
  gemeente: 'Gemeente',
  soort: 'Soort document',
  domein: 'Domein',
  jaar: 'Jaar',
};

const PAGE_SIZE = 10;

type Status = { kind: 'idle' } | { kind: 'loading' } | { kind: 'done'; total: number } | { kind: 'error' };

let vocabulary: Promise<string[]> | undefined;
/** Loaded only when a search finds nothing. */
const loadVocabulary = () => (vocabulary ??= fetch('/zoeken/woordenlijst.json').then((r) => (r.ok ? r.json() : [])).catch(() => []));
let synonyms: Promise<SynonymTable> | undefined;
/** The glossary's residents' words (content/begrippen/ `zoekwoorden`), loaded with the first search. */
const loadSynonyms = () => (synonyms ??= fetch('/zoeken/synoniemen.json').then((r) => (r.ok ? r.json() : {})).catch(() => ({})));

/** "a", "a en b", "a, b en c", each in quotes. */
function quotedList(items: readonly string[]): string {
  const quoted = items.map((item) => `"${item}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} en ${quoted.at(-1)}`;
}

export default function SearchPage() {
  const [state, setState] = useState<SearchState>({ q: '', sort: 'relevantie', filters: {} });
  const [ignored, setIgnored] = useState<string[]>([]);
  const [filterOptions, setFilterOptions] = useState<Record<string, Record<string, number>> | null>(null);
  // Until the index has told us its filters, show every filter with only "Alle": the form keeps its height (no layout shift).
  const optionsLoaded = filterOptions !== null;
  const [results, setResults] = useState<PagefindResultData[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [shown, setShown] = useState(PAGE_SIZE);
  const [correctedTo, setCorrectedTo] = useState<string | null>(null);
  const [alsoSearched, setAlsoSearched] = useState<string[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const request = useRef(0);

  useEffect(() => {
    const initial = readSearchState(location.search);
    setState(initial.state);
    setIgnored(initial.ignored);
    loadPagefind()
      .then((api) => api.filters())
      .then(setFilterOptions)
      .catch(() => {
        setFilterOptions({});
        setStatus({ kind: 'error' });
      });
  }, []);

  useEffect(() => {
    const query = writeSearchState(state);
    history.replaceState(null, '', `${location.pathname}${query}`);
    const hasFilters = Object.values(state.filters).some(Boolean);
    if (!state.q && !hasFilters) {
      setResults([]);
      setStatus({ kind: 'idle' });
      return;
    }
    const id = ++request.current;
    setStatus({ kind: 'loading' });
    const timer = setTimeout(async () => {
      try {
        const api = await loadPagefind();
        const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
        const options = { filters, ...(state.sort === 'datum' ? { sort: { datum: 'desc' as const } } : {}) };
        const search = await runSearch(api, state.q || null, options, { vocabulary: loadVocabulary, synonyms: loadSynonyms, today: todayInAmsterdam() });
        if (id !== request.current) return;
        setCorrectedTo(search.correctedTo);
        setAlsoSearched(search.alsoSearched);
        setResults(search.data);
        setShown(PAGE_SIZE);
        setStatus({ kind: 'done', total: search.total });
      } catch {
        if (id === request.current) setStatus({ kind: 'error' });
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [state]);

  const update = (next: Partial<SearchState>) => setState((s) => ({ ...s, ...next }));
  const setFilter = (name: SearchFilter, value: string) => setState((s) => ({ ...s, filters: { ...s.filters, [name]: value || undefined } }));

  return (
    <div class="search">
      <form role="search" class="search__form" onSubmit={(e) => { e.preventDefault(); update({ q: inputRef.current?.value.trim() ?? '' }); }}>
        <label for="zoekterm" class="search__label">Waar zoekt u naar?</label>
        <p class="meta" id="zoekterm-hint">Bijvoorbeeld: Bibob, reële prijs, dagbesteding Heumen, verlenging, SROI</p>
        <div class="search__row">
          <input
            ref={inputRef}
            id="zoekterm"
            name="q"
            type="search"
            aria-describedby="zoekterm-hint"
            value={state.q}
            autocomplete="off"
            onInput={(e) => update({ q: (e.currentTarget as HTMLInputElement).value.trim() })}
            onKeyDown={(e) => { if (e.key === 'Escape') { update({ q: '' }); if (inputRef.current) inputRef.current.value = ''; } }}
          />
          <button type="submit">Zoeken</button>
        </div>
        {/* Results first: the filters fold away above them; the summary says how many are set. */}
        <details class="search__filters">
          <summary>{filterSummary(state)}</summary>
          <div class="filters">
            {SEARCH_FILTERS.filter((name) => !optionsLoaded || filterOptions?.[name]).map((name) => (
              <div key={name}>
                <label for={`filter-${name}`}>{FILTER_LABELS[name]}</label>
                <select id={`filter-${name}`} value={state.filters[name] ?? ''} onChange={(e) => setFilter(name, (e.currentTarget as HTMLSelectElement).value)}>
                  <option value="">Alle</option>
                  {Object.keys(filterOptions?.[name] ?? {}).sort((a, b) => a.localeCompare(b, 'nl')).map((value) => (
                    <option key={value} value={value}>{value}</option>
                  ))}
                </select>
              </div>
            ))}
            <div>
              <label for="sorteer">Sorteer op</label>
              <select id="sorteer" value={state.sort} onChange={(e) => update({ sort: (e.currentTarget as HTMLSelectElement).value === 'datum' ? 'datum' : 'relevantie' })}>
                <option value="relevantie">Beste resultaat</option>
                <option value="datum">Nieuwste document</option>
              </select>
            </div>
          </div>
        </details>
      </form>
      <LinkNotice notices={ignored} />
      <p class="search__status" aria-live="polite" role="status">
        {status.kind === 'loading' && 'Bezig met zoeken…'}
        {status.kind === 'error' && 'Zoeken lukt nu niet. Probeer het later opnieuw of bekijk de lijst met kaders.'}
        {status.kind === 'done' && (status.total === 0
          ? `Niets gevonden voor "${state.q}".`
          : correctedTo
            ? `${status.total} ${status.total === 1 ? 'resultaat' : 'resultaten'} voor "${correctedTo}" (u typte "${state.q}").`
            : `${status.total} ${status.total === 1 ? 'resultaat' : 'resultaten'}${state.q ? ` voor "${state.q}"` : ''}${alsoSearched.length > 0 ? '.' : ''}`)}
        {status.kind === 'done' && status.total > 0 && alsoSearched.length > 0 && ` Ook gezocht op ${quotedList(alsoSearched)}.`}
      </p>
      {status.kind === 'done' && status.total === 0 && (
        <div class="search__none">
          <p>Probeer dit:</p>
          <ul>
            <li>Kijk of het woord goed gespeld is.</li>
            <li>Gebruik een ander of korter woord, bijvoorbeeld "dagbesteding", "begeleiding" of "hulp bij het huishouden".</li>
            <li>Zoek op de naam van uw gemeente, of kies uw gemeente in de <a href="/gemeenten/">lijst met gemeenten</a>.</li>
            {Object.values(state.filters).some(Boolean) && <li>Zet een of meer filters op "Alle".</li>}
            <li>Zoek een vakwoord op in de <a href="/begrippen/">lijst met begrippen</a>.</li>
          </ul>
        </div>
      )}
      <ol class="search__results">
        {results.slice(0, shown).map((r) => {
          const best = bestSection(r.url, r.sub_results);
          return (
            <li key={r.url} class="search__result">
              <h2 class="search__title"><a href={best?.url ?? r.url}>{r.meta.title ?? r.url}</a></h2>
              <p class="meta">
                {[r.meta.type, r.meta.datum].filter(Boolean).join(' · ')}
                {best && best.title && best.title !== r.meta.title ? <>{r.meta.type || r.meta.datum ? ' · ' : ''}<strong>{best.title}</strong></> : null}
              </p>
              {/* Pagefind escapes indexed text; its excerpts only add <mark> around matches. */}
              <p class="search__excerpt" dangerouslySetInnerHTML={{ __html: best?.excerpt ?? r.excerpt }} />
            </li>
          );
        })}
      </ol>
      {results.length > shown && (
        <button type="button" class="button-link" onClick={() => setShown((n) => n + PAGE_SIZE)}>Toon meer resultaten</button>
      )}
    </div>
  );
}
