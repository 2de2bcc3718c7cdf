/** Island for the Kampen segment check: which segment fits by age (AOW age from the sourced table). */
import { useMemo } from 'preact/hooks';
import type { AowTable } from '../../lib/aow-age.ts';
import type { IsoDate } from '../../lib/calendar-date.ts';
import { SEGMENT_FIELDS, type SegmentField, type SegmentInfo, checkSegments, parseSegmentFields } from '../../lib/calc/segment-check.ts';
import { todayInAmsterdam } from '../../lib/calendar-date.ts';
import { patternParam, textParam } from '../../lib/url-state.ts';
import { BreakdownTable } from './BreakdownTable.tsx';
import { CalculatorForm, errorItems } from './CalculatorForm.tsx';
import { Field } from './Field.tsx';
import { useCalculator, type IslandProps } from './use-calculator.ts';

export interface SegmentProps extends IslandProps {
  readonly table: AowTable;
  readonly segments: readonly SegmentInfo[];
  readonly kader: string;
  /** Title of the document the segments come from; the name is serialised into the HTML (island prop), so it stays. */
  readonly kaderTitle: string;
  /** Build date, used until the browser knows today's date (keeps server and client render equal). */
  readonly buildDate: IsoDate;
}

const DATE = patternParam(/^[\d\-/. a-zA-Z]*$/);
const SPECS = { kader: textParam, geboortedatum: DATE, peildatum: DATE } as const;

const LABELS: Record<SegmentField, string> = { geboortedatum: 'Geboortedatum', peildatum: 'Peildatum' };

export default function SegmentCalculator(props: SegmentProps) {
  const { table, segments, idPrefix = 'segment', embedded = false, headingLevel = 2 } = props;
  const calc = useCalculator<SegmentField>({
    fields: SEGMENT_FIELDS,
    specs: SPECS,
    initial: { geboortedatum: '', peildatum: '' },
    // The segments come from the page's document; `kader` in the URL only names it.
    prefill: (slug) => (slug === props.kader ? {} : undefined),
    embedded,
    pagePath: '/rekenhulpen/segment/',
    kader: props.kader,
    privateFields: ['geboortedatum'],
  });
  const today = typeof window === 'undefined' ? props.buildDate : todayInAmsterdam();
  const parsed = useMemo(() => parseSegmentFields(calc.values, today), [calc.values, today]);
  const result = parsed.ok ? checkSegments(parsed.input, table, segments) : null;
  const errors = parsed.ok ? [] : errorItems(idPrefix, SEGMENT_FIELDS, parsed.errors, LABELS);
  const CardHeading = headingLevel === 2 ? 'h3' : 'h4';
  const fieldError = (field: SegmentField) => (calc.submitted && !parsed.ok ? parsed.errors[field] : undefined);

  return (
    <CalculatorForm id={idPrefix} calc={calc} errors={errors} headingLevel={headingLevel} submitLabel="Bekijk het segment"
      announcement={result ? result.summary : ''}
      result={result && (
        <>
          {result.matches.length > 0 && (
            <ul class="card-list">
              {result.matches.map((match) => (
                <li class="card" key={match.segment.id}>
                  <CardHeading>Segment {match.segment.name.toLowerCase()}{match.fit === 'misschien' ? ' (misschien)' : ''}</CardHeading>
                  <p><strong>Voor wie:</strong> {match.segment.targetGroup}</p>
                </li>
              ))}
            </ul>
          )}
          <BreakdownTable rows={result.rows} money={false} caption="Zo is het bepaald" />
          <p class="calc-rounding">Segmenten uit: {props.kaderTitle}. Welk segment en welke ondersteuning u krijgt, beslist de gemeente na een gesprek. Deze hulp kijkt alleen naar de leeftijd.</p>
        </>
      )}>
      <Field id={`${idPrefix}-geboortedatum`} name='geboortedatum' label={LABELS.geboortedatum} hint="Bijvoorbeeld 15-5-1960 of 15 mei 1960." inputMode="text" width={16}
        autoComplete="bday" value={calc.values.geboortedatum ?? ''} error={fieldError('geboortedatum')} onInput={(value) => calc.set('geboortedatum', value)} />
      <Field id={`${idPrefix}-peildatum`} name='peildatum' label={LABELS.peildatum} optional hint="De datum waarop u het wilt weten, bijvoorbeeld de start van de ondersteuning. Leeg is vandaag." inputMode="text" width={16}
        value={calc.values.peildatum ?? ''} error={fieldError('peildatum')} onInput={(value) => calc.set('peildatum', value)} />
    </CalculatorForm>
  );
}
