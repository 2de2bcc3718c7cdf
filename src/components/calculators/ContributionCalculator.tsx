/** Island for /rekenhulpen/eigen-bijdrage/: the Wmo abonnementstarief for a year, from sourced content data. */
import { useMemo } from 'preact/hooks';
import { CONTRIBUTION_FIELDS, type ContributionField, type MonthlyRate, calculateContribution, parseContributionFields } from '../../lib/calc/contribution.ts';
import { numberParam, textParam } from '../../lib/url-state.ts';
import { formatMoney } from '../../lib/money.ts';
import { BreakdownTable } from './BreakdownTable.tsx';
import { CalculatorForm, errorItems } from './CalculatorForm.tsx';
import { Field } from './Field.tsx';
import { Radios } from './Radios.tsx';
import { useCalculator, type IslandProps } from './use-calculator.ts';

export interface ContributionProps extends IslandProps {
  readonly rates: readonly MonthlyRate[];
}

const SPECS = { kader: textParam, jaar: numberParam, maanden: numberParam } as const;

const LABELS: Record<ContributionField, string> = {
  jaar: 'Over welk jaar gaat het?',
  maanden: 'Aantal maanden met ondersteuning in dat jaar',
};

export default function ContributionCalculator(props: ContributionProps) {
  const { rates, idPrefix = 'eigen-bijdrage', embedded = false, headingLevel = 2 } = props;
  const latest = rates.at(-1);
  const calc = useCalculator<ContributionField>({
    fields: CONTRIBUTION_FIELDS,
    specs: SPECS,
    initial: { jaar: latest ? String(latest.year) : '', maanden: '' },
    embedded,
    pagePath: '/rekenhulpen/eigen-bijdrage/',
  });
  const parsed = useMemo(() => parseContributionFields(calc.values, rates), [calc.values, rates]);
  const result = parsed.ok ? calculateContribution(parsed.input, rates) : null;
  const errors = parsed.ok ? [] : errorItems(idPrefix, CONTRIBUTION_FIELDS, parsed.errors, LABELS);
  const fieldError = (field: ContributionField) => (calc.submitted && !parsed.ok ? parsed.errors[field] : undefined);
  const yearKnown = rates.some((rate) => String(rate.year) === calc.values.jaar);

  return (
    <CalculatorForm id={idPrefix} calc={calc} errors={errors} headingLevel={headingLevel}
      announcement={result ? result.summary : ''}
      result={result && (
        <>
          <div class="calc-highlight">
            <dl>
              <dt>Abonnementstarief per maand in {result.rate.year}</dt><dd>{formatMoney(result.rate.amountCents)}</dd>
              <dt>Samen voor {result.months} {result.months === 1 ? 'maand' : 'maanden'}</dt><dd>{formatMoney(result.totalCents)}</dd>
            </dl>
          </div>
          <BreakdownTable rows={result.rows} />
        </>
      )}>
      {rates.length > 1 || !yearKnown ? (
        <Radios id={`${idPrefix}-jaar`} name='jaar' legend={LABELS.jaar} hint="Alleen jaren waarvoor we een bedrag met een bron hebben." inline
          value={calc.values.jaar ?? ''} error={fieldError('jaar')}
          options={rates.map((rate) => ({ value: String(rate.year), label: String(rate.year) }))}
          onChange={(value) => calc.set('jaar', value)} />
      ) : (
        <p>Jaar: <strong>{calc.values.jaar}</strong> (het enige jaar waarvoor we nu een bedrag met een bron hebben).</p>
      )}
      <Field id={`${idPrefix}-maanden`} name='maanden' label={LABELS.maanden} unit="maanden" optional width={4}
        hint="Van 1 tot en met 12. Leeg is een heel jaar." inputMode="numeric"
        value={calc.values.maanden ?? ''} error={fieldError('maanden')} onInput={(value) => calc.set('maanden', value)} />
    </CalculatorForm>
  );
}
