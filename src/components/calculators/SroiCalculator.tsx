/** Island for /rekenhulpen/sroi/: social return obligation per year and over the term, with the Kampen MVO variant. */
import { useMemo } from 'preact/hooks';
import { SROI_FIELDS, type SroiField, type SroiRule, calculateSroi, defaultValuePeriod, describeYear, findSroiRule, parseSroiFields } from '../../lib/calc/sroi.ts';
import { numberParam, oneOfParam, textParam } from '../../lib/url-state.ts';
import { formatMoney } from '../../lib/money.ts';
import { BreakdownTable } from './BreakdownTable.tsx';
import { CalculatorForm, errorItems } from './CalculatorForm.tsx';
import { Field } from './Field.tsx';
import { Radios } from './Radios.tsx';
import { Select } from './Select.tsx';
import { type Values, useCalculator, type IslandProps } from './use-calculator.ts';

export interface SroiProps extends IslandProps {
  /** SROI rules to prefill from. The prop names `frameworks` and `kader` are serialised into the HTML (island props), so they stay as they are; see docs/domain-words.md. */
  readonly frameworks: readonly SroiRule[];
  readonly kader?: string;
}

const SPECS = {
  kader: textParam,
  waarde: numberParam,
  percentage: numberParam,
  grondslag: oneOfParam(['opdrachtwaarde', 'omzet']),
  'waarde-per': oneOfParam(['jaar', 'looptijd']),
  jaren: numberParam,
  mvo: numberParam,
} as const;

const keyOf = (option: SroiRule) => `${option.slug}:${option.variant}`;

function valuesOf(option: SroiRule): Values<SroiField> {
  return {
    percentage: option.percentage,
    // The source may not say over what the percentage is taken: then the user chooses.
    ...(option.basis ? { grondslag: option.basis, 'waarde-per': defaultValuePeriod(option.basis) } : {}),
    mvo: option.mvo ?? '',
    ...(option.years ? { jaren: option.years } : {}),
  };
}

export default function SroiCalculator(props: SroiProps) {
  const { frameworks: rules, idPrefix = 'sroi', embedded = false, headingLevel = 2 } = props;
  const preset = props.kader ? findSroiRule(rules, props.kader) : undefined;
  const base: Values<SroiField> = { waarde: '', percentage: '', grondslag: 'opdrachtwaarde', 'waarde-per': 'looptijd', jaren: '1', mvo: '' };
  const calc = useCalculator<SroiField>({
    fields: SROI_FIELDS,
    specs: SPECS,
    initial: preset ? { ...base, ...valuesOf(preset) } : base,
    prefill: (key) => {
      const option = findSroiRule(rules, key);
      return option ? valuesOf(option) : undefined;
    },
    embedded,
    pagePath: '/rekenhulpen/sroi/',
    ...(preset ? { kader: keyOf(preset) } : {}),
  });
  const parsed = useMemo(() => parseSroiFields(calc.values), [calc.values]);
  const result = parsed.ok ? calculateSroi(parsed.input) : null;
  const basisName = calc.values.grondslag === 'omzet' ? 'Omzet' : 'Opdrachtwaarde';
  const labels: Record<SroiField, string> = {
    grondslag: 'Waarover rekent u de social return?',
    waarde: basisName,
    'waarde-per': 'Is dit bedrag per jaar of voor de hele looptijd?',
    jaren: 'Looptijd',
    percentage: 'SROI-percentage',
    mvo: 'Deel via het MVO-bouwblok',
  };
  const errors = parsed.ok ? [] : errorItems(idPrefix, SROI_FIELDS, parsed.errors, labels);
  const id = (field: SroiField) => `${idPrefix}-${field}`;
  const fieldError = (field: SroiField) => (calc.submitted && !parsed.ok ? parsed.errors[field] : undefined);
  const sameAs = (option: Parameters<typeof valuesOf>[0]) => Object.entries(valuesOf(option)).every(([field, value]) => (calc.values[field as keyof typeof calc.values] ?? '') === value);
  const chosen = calc.kader ? findSroiRule(rules, calc.kader) : undefined;
  const basis = calc.values.grondslag === 'omzet' ? 'omzet' : 'opdrachtwaarde';
  const hasMvo = result?.totalMvoCents !== undefined;
  const baseLabel = basis === 'omzet' ? 'Omzet' : 'Opdrachtwaarde';

  return (
    <CalculatorForm id={idPrefix} calc={calc} errors={errors} headingLevel={headingLevel}
      announcement={result ? `SROI-verplichting over de looptijd: ${formatMoney(result.totalObligationCents)}.` : ''}
      result={result && (
        <>
          <div class="calc-highlight">
            <dl>
              <dt>SROI-verplichting over de hele looptijd</dt><dd>{formatMoney(result.totalObligationCents)}</dd>
              {hasMvo && <><dt>Waarvan minstens via het MVO-bouwblok</dt><dd>{formatMoney(result.totalMvoCents ?? 0)}</dd></>}
              <dt>{baseLabel} over de looptijd</dt><dd>{formatMoney(result.totalBaseCents)}</dd>
            </dl>
          </div>
          <p>{result.explanation}</p>
          {chosen && <p>{sameAs(chosen) ? 'Regel uit' : 'Eerst overgenomen uit, daarna aangepast'}: {chosen.title}.{chosen.note ? ` ${chosen.note}` : ''}</p>}
          <div class="table-scroll">
            {/* Stacked per year on narrow screens (src/styles/tables.css). */}
            <table class="stack" role="table">
              <caption>Per jaar</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">Jaar</th>
                  <th scope="col" role="columnheader" class="num">{baseLabel}</th>
                  <th scope="col" role="columnheader" class="num">SROI-verplichting</th>
                  {hasMvo && <><th scope="col" role="columnheader" class="num">Via MVO (minstens)</th><th scope="col" role="columnheader" class="num">Andere bouwblokken</th></>}
                </tr>
              </thead>
              <tbody role="rowgroup">
                {result.years.map((year) => (
                  <tr role="row" key={year.year}>
                    <th scope="row" role="rowheader">{describeYear(year)}</th>
                    <td role="cell" data-label={baseLabel} class="num">{formatMoney(year.baseCents)}</td>
                    <td role="cell" data-label="SROI-verplichting" class="num">{formatMoney(year.obligationCents)}</td>
                    {hasMvo && <><td role="cell" data-label="Via MVO (minstens)" class="num">{formatMoney(year.mvoCents ?? 0)}</td><td role="cell" data-label="Andere bouwblokken" class="num">{formatMoney(year.otherCents ?? 0)}</td></>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <BreakdownTable rows={result.steps} />
        </>
      )}>
      {rules.length > 0 && !embedded && (
        <Select id={`${idPrefix}-kader`} name='kader' label="Neem de SROI-regel over uit een kader" optional
          hint="U kunt de gegevens daarna nog aanpassen. De waarde vult u altijd zelf in."
          value={chosen ? keyOf(chosen) : ''}
          options={[{ value: '', label: 'Geen kader, ik vul zelf in' }, ...rules.map((option) => ({ value: keyOf(option), label: option.title }))]}
          onChange={(key) => {
            const option = findSroiRule(rules, key);
            calc.setKader(option ? key : undefined);
            if (option) calc.setMany(valuesOf(option));
          }} />
      )}
      <Radios id={id('grondslag')} name='grondslag' legend={labels.grondslag} value={basis} error={fieldError('grondslag')}
        options={[
          { value: 'opdrachtwaarde', label: 'De opdrachtwaarde', hint: 'Het bedrag dat vooraf voor de opdracht is geschat.' },
          { value: 'omzet', label: 'De gefactureerde omzet', hint: 'Wat u werkelijk factureert aan de gemeente.' },
        ]}
        onChange={(value) => calc.setMany({ grondslag: value, 'waarde-per': defaultValuePeriod(value) })} />
      <Field id={id('waarde')} name='waarde' label={labels.waarde} prefix="€" width={14}
        hint="In euro, bijvoorbeeld 400.000 of 1.250.000,50." value={calc.values.waarde ?? ''} error={fieldError('waarde')} onInput={(value) => calc.set('waarde', value)} />
      <Radios id={id('waarde-per')} name='waarde-per' legend={labels['waarde-per']} inline value={calc.values['waarde-per'] ?? ''} error={fieldError('waarde-per')}
        options={[{ value: 'jaar', label: 'Per jaar' }, { value: 'looptijd', label: 'Voor de hele looptijd' }]}
        onChange={(value) => calc.set('waarde-per', value)} />
      <Field id={id('jaren')} name='jaren' label={labels.jaren} unit="jaar" width={6} hint="Bijvoorbeeld 4, of 2,5 voor tweeënhalf jaar. Leeg is 1 jaar." optional
        value={calc.values.jaren ?? ''} error={fieldError('jaren')} onInput={(value) => calc.set('jaren', value)} />
      <Field id={id('percentage')} name='percentage' label={labels.percentage} unit="%" width={6} hint="Het percentage uit het contract, bijvoorbeeld 5 of 2."
        value={calc.values.percentage ?? ''} error={fieldError('percentage')} onInput={(value) => calc.set('percentage', value)} />
      <Field id={id('mvo')} name='mvo' label={labels.mvo} unit="%" width={6} optional
        hint="Alleen als een deel via MVO-activiteiten moet, zoals in Kampen: 0,5 van de 2%. In procent van de grondslag."
        value={calc.values.mvo ?? ''} error={fieldError('mvo')} onInput={(value) => calc.set('mvo', value)} />
    </CalculatorForm>
  );
}
