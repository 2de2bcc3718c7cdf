/** Island for /rekenhulpen/indexatie/: OVA/PCC weighted index with a correction for last year. */
import { useMemo } from 'preact/hooks';
import { INDEXATION_FIELDS, type IndexationField, calculateIndexation, parseIndexationFields } from '../../lib/calc/indexation.ts';
import { numberParam, oneOfParam, textParam, type ValueSpec } from '../../lib/url-state.ts';
import { formatPercent } from '../../lib/decimal-input.ts';
import { formatMoney } from '../../lib/money.ts';
import { BreakdownTable } from './BreakdownTable.tsx';
import { CalculatorForm, errorItems } from './CalculatorForm.tsx';
import { Field } from './Field.tsx';
import { Radios } from './Radios.tsx';
import { type Values, useCalculator, type IslandProps } from './use-calculator.ts';

export interface IndexationProps extends IslandProps {
  readonly initial?: Values<IndexationField>;
}

const SPECS = {
  kader: textParam,
  ...Object.fromEntries(INDEXATION_FIELDS.filter((f) => f !== 'correctie').map((field) => [field, numberParam])),
  correctie: oneOfParam(['optellen', 'vermenigvuldigen']),
} as Record<IndexationField | 'kader', ValueSpec>;

type FigureField = Exclude<IndexationField, 'gewicht-ova' | 'tarief' | 'correctie'>;
const FIGURES: readonly { field: FigureField; label: string }[] = [
  { field: 'ova-vorig-voorlopig', label: 'OVA vorig jaar, voorlopig' },
  { field: 'ova-vorig-definitief', label: 'OVA vorig jaar, definitief' },
  { field: 'pcc-vorig-voorlopig', label: 'Prijsindex particuliere consumptie (PCC) vorig jaar, voorlopig' },
  { field: 'pcc-vorig-definitief', label: 'Prijsindex particuliere consumptie (PCC) vorig jaar, definitief' },
  { field: 'ova-voorlopig', label: 'OVA nieuw jaar, voorlopig' },
  { field: 'pcc-voorlopig', label: 'Prijsindex particuliere consumptie (PCC) nieuw jaar, voorlopig' },
];

const LABELS: Record<IndexationField, string> = {
  ...(Object.fromEntries(FIGURES.map((figure) => [figure.field, figure.label])) as Record<FigureField, string>),
  'gewicht-ova': 'Gewicht van de OVA (personeelskosten)',
  correctie: 'Hoe verwerkt u de correctie?',
  tarief: 'Tarief om te indexeren',
};

export default function IndexationCalculator(props: IndexationProps) {
  const { idPrefix = 'indexatie', embedded = false, headingLevel = 2 } = props;
  const calc = useCalculator<IndexationField>({
    fields: INDEXATION_FIELDS,
    specs: SPECS,
    initial: { 'gewicht-ova': '90', correctie: 'optellen', ...props.initial },
    embedded,
    pagePath: '/rekenhulpen/indexatie/',
  });
  const parsed = useMemo(() => parseIndexationFields(calc.values), [calc.values]);
  const result = parsed.ok ? calculateIndexation(parsed.input) : null;
  const errors = parsed.ok ? [] : errorItems(idPrefix, INDEXATION_FIELDS, parsed.errors, LABELS);
  const fieldError = (field: IndexationField) => (calc.submitted && !parsed.ok ? parsed.errors[field] : undefined);
  const field = (name: IndexationField, label: string, hint: string, options: { unit?: string; prefix?: string; optional?: boolean } = {}) => (
    <Field id={`${idPrefix}-${name}`} name={name} label={label} hint={hint} unit={options.unit ?? '%'} prefix={options.prefix} optional={options.optional}
      width={options.prefix ? 10 : 7} value={calc.values[name] ?? ''} error={fieldError(name)} onInput={(value) => calc.set(name, value)} />
  );
  const index = result ? formatPercent(result.indexPercent, { maximumDecimals: 2 }) : '';

  return (
    <CalculatorForm id={idPrefix} calc={calc} errors={errors} headingLevel={headingLevel}
      announcement={result ? `De index voor het nieuwe jaar is ${index}.${result.indexedTariffCents !== undefined ? ` Het geïndexeerde tarief is ${formatMoney(result.indexedTariffCents)}.` : ''}` : ''}
      result={result && (
        <>
          <div class="calc-highlight">
            <dl>
              <dt>Index voor het nieuwe jaar</dt><dd>{index}</dd>
              <dt>Waarvan correctie voor vorig jaar</dt><dd>{formatPercent(result.correctionPercent, { maximumDecimals: 2 })}</dd>
              {result.indexedTariffCents !== undefined && <><dt>Geïndexeerd tarief</dt><dd>{formatMoney(result.indexedTariffCents)}</dd></>}
            </dl>
          </div>
          <p>{result.method}</p>
          <BreakdownTable rows={result.steps} />
          <p class="calc-rounding">Percentages zijn exact berekend en hier afgerond op 4 decimalen; in de uitkomst hierboven op 2.</p>
        </>
      )}>
      <fieldset class="calc-group">
        <legend>Gewichten</legend>
        {field('gewicht-ova', LABELS['gewicht-ova'], 'Meestal 90. De rest (meestal 10) is het gewicht van de PCC (materiële kosten).')}
      </fieldset>
      <fieldset class="calc-group">
        <legend>Indexcijfers</legend>
        {FIGURES.map((figure) => field(figure.field, figure.label, 'In procent, bijvoorbeeld 3,5 of -0,4.'))}
      </fieldset>
      <Radios id={`${idPrefix}-correctie`} name='correctie' legend={LABELS.correctie} value={calc.values.correctie ?? 'optellen'} error={fieldError('correctie')}
        options={[
          { value: 'optellen', label: 'Optellen bij het nieuwe cijfer', hint: 'Zo doen de meeste regio’s het.' },
          { value: 'vermenigvuldigen', label: 'Vermenigvuldigen', hint: '(1 + nieuw cijfer) × (1 + definitief) ÷ (1 + voorlopig) − 1.' },
        ]}
        onChange={(value) => calc.set('correctie', value)} />
      {field('tarief', LABELS.tarief, 'Het tarief van dit jaar, bijvoorbeeld 65,00.', { prefix: '€', unit: '', optional: true })}
    </CalculatorForm>
  );
}
