/**
 * State of one calculator island: the raw text of every field, restored from
 * the URL on load and written back with history.replaceState on change,
 * whether the person has asked for a result yet, and focus handling for the
 * error summary (GOV.UK pattern: focus the summary when "Bereken" finds errors).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ValueSpec, describeIgnored, readUrlState, writeUrlState } from '../../lib/url-state.ts';

export type Values<K extends string> = Partial<Record<K, string>>;

/** Props every calculator island takes: on its own page, or embedded in a document page with <Calculator>. */
export interface IslandProps {
  /** Prefix for element ids, so two calculators on one page do not clash. */
  readonly idPrefix?: string;
  /** Embedded in a document page: no URL reading or writing. */
  readonly embedded?: boolean;
  /** Level of the calculator's own headings: 2 on its own page, 3 inside a document section. */
  readonly headingLevel?: 2 | 3;
}

export interface CalculatorOptions<K extends string> {
  /** Field names in URL order; these are also the URL parameters. */
  readonly fields: readonly K[];
  /** How each URL parameter is read (src/lib/url-state.ts). */
  readonly specs: Readonly<Record<K | 'kader', ValueSpec>>;
  /** Values before anything is typed (defaults from content). */
  readonly initial: Values<K>;
  /** Values of a document, for `?kader=<slug>`; undefined for an unknown slug. */
  readonly prefill?: (kader: string) => Values<K> | undefined;
  /** Embedded in a document page: no URL reading or writing. */
  readonly embedded?: boolean;
  /** The calculator's own page, for "Kopieer link". */
  readonly pagePath: string;
  /** Document slug shown in the link, when embedded or prefilled. */
  readonly kader?: string;
  /**
   * Personal fields (a date of birth) that are not written to the address bar
   * automatically; they only go into a link the person copies on purpose.
   */
  readonly privateFields?: readonly K[];
  /** Rewrites values for the URL, e.g. a typed date as YYYY-MM-DD. */
  readonly toUrl?: (values: Values<K>) => Values<K>;
  /** Show the result straight away (a prefilled, complete embed); also in the server HTML. */
  readonly startSubmitted?: boolean;
}

export interface Calculator<K extends string> {
  readonly values: Values<K>;
  readonly set: (field: K, value: string) => void;
  readonly setMany: (values: Values<K>) => void;
  /** Whether to show errors and the result (after "Bereken", or when the URL had values). */
  readonly submitted: boolean;
  /** False until the island runs in the browser (server HTML and hydration render). */
  readonly ready: boolean;
  /** Dutch notices about ignored URL parameters. */
  readonly notices: readonly string[];
  readonly kader: string | undefined;
  readonly setKader: (kader: string | undefined) => void;
  readonly summaryRef: { current: HTMLDivElement | null };
  readonly resultRef: { current: HTMLHeadingElement | null };
  /** Call from the form's onSubmit with whether there are errors. */
  readonly submit: (event: Event, hasErrors: boolean) => void;
  /** Absolute link to the calculator page with the current values. */
  readonly shareUrl: () => string;
}

export function useCalculator<K extends string>(options: CalculatorOptions<K>): Calculator<K> {
  const { fields, specs, initial, prefill, embedded = false, pagePath } = options;
  const [values, setValues] = useState<Values<K>>(initial);
  const [kader, setKader] = useState<string | undefined>(options.kader);
  const [submitted, setSubmitted] = useState(options.startSubmitted ?? false);
  const [notices, setNotices] = useState<string[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ target: 'summary' | 'result' } | null>(null);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const urlValues = options.toUrl ?? ((v: Values<K>) => v);
  const resultRef = useRef<HTMLHeadingElement | null>(null);

  useEffect(() => {
    if (embedded) {
      setLoaded(true);
      return;
    }
    const state = readUrlState(window.location.search, specs);
    const messages = describeIgnored(state.ignored, 'deze rekenhulp');
    // Every spec is a ValueSpec, so every value is a string.
    const { kader: slug, ...rest } = state.values as Values<K | 'kader'>;
    let base = initial;
    let chosen: string | undefined;
    if (slug !== undefined && slug !== '') {
      const filled = prefill?.(slug);
      if (filled === undefined) messages.push(`Het kader uit de link is niet gevonden; het is genegeerd.`);
      else {
        base = { ...initial, ...filled };
        chosen = slug;
      }
    }
    const fromUrl = rest as Values<K>;
    if (chosen !== undefined || Object.keys(fromUrl).length > 0) {
      setValues({ ...base, ...fromUrl });
      setKader(chosen);
      setSubmitted(true);
    }
    setNotices(messages);
    setLoaded(true);
    // Runs once, on load.
  }, []);

  useEffect(() => {
    if (embedded || !loaded) return;
    const visible = fields.filter((field) => !(options.privateFields ?? []).includes(field));
    const query = writeUrlState({ ...urlValues(values), kader } as Values<K | 'kader'>, ['kader', ...visible] as (K | 'kader')[]);
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  }, [values, kader, loaded]);

  useEffect(() => {
    if (focusRequest === null) return;
    const element = focusRequest.target === 'summary' ? summaryRef.current : resultRef.current;
    element?.focus();
  }, [focusRequest]);

  return {
    values,
    set: (field, value) => setValues((current) => ({ ...current, [field]: value })),
    setMany: (next) => setValues((current) => ({ ...current, ...next })),
    submitted,
    ready: loaded,
    notices,
    kader,
    setKader,
    summaryRef,
    resultRef,
    submit(event, hasErrors) {
      event.preventDefault();
      setSubmitted(true);
      setFocusRequest({ target: hasErrors ? 'summary' : 'result' });
    },
    shareUrl() {
      const query = writeUrlState({ ...urlValues(values), kader } as Values<K | 'kader'>, ['kader', ...fields] as (K | 'kader')[]);
      return new URL(`${pagePath}${query}`, window.location.origin).href;
    },
  };
}
