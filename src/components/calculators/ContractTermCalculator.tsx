/** Island for /rekenhulpen/looptijd/: start date, initial term, extensions → end dates and a timeline. */
import { useMemo } from 'preact/hooks';
import { daysBetween } from '../../lib/calendar-date.ts';
import { FRAMEWORK_AGREEMENT_MAX_MONTHS, TERM_FIELDS, type TermField, type TermPrefill, type TermResult, calculateTerm, lengthFieldValue, parseTermFields } from '../../lib/calc/contract-term-calc.ts';
import { addMonths } from '../../lib/calendar-date.ts';
import { formatDate } from '../../lib/day-label.ts';
import { parseDutchDate } from '../../lib/dutch-date.ts';
import { BreakdownTable } from './BreakdownTable.tsx';
import { CalculatorForm, errorItems } from './CalculatorForm.tsx';
import { Field } from './Field.tsx';
import { shortParam, textParam } from '../../lib/url-state.ts';
import { Select } from './Select.tsx';
import { type Values, useCalculator, type IslandProps } from './use-calculator.ts';

export interface ContractTermProps extends IslandProps {
  /** Contract terms to prefill from. The prop names `frameworks` and `kader` are serialised into the HTML (island props), so they stay as they are; see docs/domain-words.md. */
  readonly frameworks: readonly TermPrefill[];
  /** Document slug to prefill from (embedded use); `kader` because it is serialised into the HTML as an island prop. */
  readonly kader?: string;
}

const SPECS = {
  kader: textParam,
  start: shortParam,
  looptijd: shortParam,
  verlengingen: textParam,
} as const;

function valuesOf(option: TermPrefill): Values<TermField> {
  return {
    start: option.start,
    looptijd: lengthFieldValue(option.initialMonths),
    verlengingen: option.extensionMonths.map(lengthFieldValue).join(', '),
  };
}

function Timeline({ result }: { result: TermResult }) {
  const { term } = result;
  const total = Math.max(daysBetween(term.start, term.maxEnd) + 1, 1);
  const fourYears = daysBetween(term.start, addMonths(term.start, FRAMEWORK_AGREEMENT_MAX_MONTHS));
  const percent = (days: number) => `${Math.min(100, Math.max(0, (days / total) * 100)).toFixed(2)}%`;
  return (
    <figure class="calc-timeline-figure">
      <figcaption class="visually-hidden">Tijdlijn van de looptijd; dezelfde gegevens staan in de tabel hieronder.</figcaption>
      <ol class="calc-timeline" aria-hidden="true">
        {term.segments.map((segment) => (
          <li key={segment.index}>
            <span>{segment.kind === 'initieel' ? 'Eerste looptijd' : `Verlenging ${segment.index}`}</span>
            <span class="calc-timeline__track">
              <span class={`calc-timeline__bar calc-timeline__bar--${segment.kind}`}
                style={{ left: percent(daysBetween(term.start, segment.start)), width: percent(daysBetween(segment.start, segment.end) + 1) }} />
              {fourYears < total && <span class="calc-timeline__limit" style={{ left: percent(fourYears) }} />}
            </span>
          </li>
        ))}
      </ol>
      {fourYears < total && <p class="meta">De rode stippellijn staat op 4 jaar na de start.</p>}
    </figure>
  );
}

const LABELS: Record<TermField, string> = {
  start: 'Startdatum van het contract',
  looptijd: 'Eerste looptijd',
  verlengingen: 'Verlengingen',
};

export default function ContractTermCalculator(props: ContractTermProps) {
  const { frameworks: prefills, idPrefix = 'looptijd', embedded = false, headingLevel = 2 } = props;
  const bySlug = (slug: string) => prefills.find((option) => option.slug === slug);
  const preset = props.kader ? bySlug(props.kader) : undefined;
  const calc = useCalculator<TermField>({
    fields: TERM_FIELDS,
    specs: SPECS,
    initial: preset ? valuesOf(preset) : { start: '', looptijd: '', verlengingen: '' },
    prefill: (slug) => {
      const option = bySlug(slug);
      return option ? valuesOf(option) : undefined;
    },
    embedded,
    pagePath: '/rekenhulpen/looptijd/',
    ...(preset ? { kader: preset.slug } : {}),
    startSubmitted: embedded && preset !== undefined,
    toUrl: (values) => {
      const start = parseDutchDate(values.start ?? '');
      return start.ok ? { ...values, start: start.date } : values;
    },
  });
  const parsed = useMemo(() => parseTermFields(calc.values), [calc.values]);
  const result = parsed.ok ? calculateTerm(parsed.input) : null;
  const errors = parsed.ok ? [] : errorItems(idPrefix, TERM_FIELDS, parsed.errors, LABELS);
  const id = (field: TermField) => `${idPrefix}-${field}`;
  const fieldError = (field: TermField) => (calc.submitted && !parsed.ok ? parsed.errors[field] : undefined);
  const sameAs = (option: Parameters<typeof valuesOf>[0]) => Object.entries(valuesOf(option)).every(([field, value]) => (calc.values[field as keyof typeof calc.values] ?? '') === value);
  const chosen = calc.kader ? bySlug(calc.kader) : undefined;

  return (
    <CalculatorForm id={idPrefix} calc={calc} errors={errors} headingLevel={headingLevel}
      announcement={result ? result.summary : ''}
      result={result && (
        <>
          <div class="calc-highlight">
            <dl>
              <dt>Einde van de eerste looptijd</dt><dd>{formatDate(result.term.initialEnd)}</dd>
              <dt>Uiterste einddatum, met alle verlengingen</dt><dd>{formatDate(result.term.maxEnd)}</dd>
              <dt>Totale looptijd</dt><dd>{result.totalText}</dd>
            </dl>
          </div>
          {chosen && <p>{sameAs(chosen) ? 'Gegevens uit' : 'Eerst overgenomen uit, daarna aangepast'}: {chosen.title}. Controleer ze in het document zelf.</p>}
          {result.longerThanFourYears && (
            <p class="callout callout--let-op">
              Samen is dit langer dan 4 jaar. Een raamovereenkomst na een aanbesteding duurt volgens artikel 2.140 van de
              Aanbestedingswet 2012 in principe hoogstens 4 jaar. Langer mag alleen in uitzonderlijke gevallen, met een goede
              motivering in de aanbestedingsstukken. Gaat het om toelating via Open House? Dan is dat geen overheidsopdracht
              en geldt deze regel niet op dezelfde manier. Dit is geen juridisch advies.
            </p>
          )}
          <Timeline result={result} />
          <BreakdownTable rows={result.rows} money={false} />
          <p class="calc-rounding">Een looptijd van 4 jaar vanaf 1 januari 2025 loopt tot en met 31 december 2028: het einde is de dag vóór dezelfde datum 4 jaar later. Bestaat die dag niet (31 februari), dan telt de laatste dag van de maand.</p>
        </>
      )}>
      {prefills.length > 0 && !embedded && (
        <Select id={`${idPrefix}-kader`} name='kader' label="Neem de gegevens over uit een kader" optional
          hint="Kies een inkoopkader van deze site. U kunt de gegevens daarna nog aanpassen."
          value={calc.kader ?? ''}
          options={[{ value: '', label: 'Geen kader, ik vul zelf in' }, ...prefills.map((option) => ({ value: option.slug, label: option.title }))]}
          onChange={(slug) => {
            const option = bySlug(slug);
            calc.setKader(option ? slug : undefined);
            if (option) calc.setMany(valuesOf(option));
          }} />
      )}
      <Field id={id('start')} name='start' label={LABELS.start} hint="Bijvoorbeeld 1-1-2025 of 1 januari 2025." width={16}
        inputMode="text" value={calc.values.start ?? ''} error={fieldError('start')} onInput={(value) => calc.set('start', value)} />
      <Field id={id('looptijd')} name='looptijd' label={LABELS.looptijd} unit="jaar"
        hint="Het aantal jaren, bijvoorbeeld 4 of 1,5. In maanden kan ook: 18 maanden." width={14}
        inputMode="text" value={calc.values.looptijd ?? ''} error={fieldError('looptijd')} onInput={(value) => calc.set('looptijd', value)} />
      <Field id={id('verlengingen')} name='verlengingen' label={LABELS.verlengingen} optional
        hint="Elke mogelijke verlenging in jaren, gescheiden door komma's. Bijvoorbeeld 3, 3, 3 voor drie keer 3 jaar, of 1 jaar, 6 maanden." width={24}
        inputMode="text" value={calc.values.verlengingen ?? ''} error={fieldError('verlengingen')} onInput={(value) => calc.set('verlengingen', value)} />
    </CalculatorForm>
  );
}
