/** Island for /rekenhulpen/budget/: price × quantity over one or more years, with an optional ceiling. */
import { useMemo } from 'preact/hooks';
import { BUDGET_FIELDS, BUDGET_PERIODS, BUDGET_UNITS, type BudgetField, PERIOD_LABEL, UNIT_LABEL, calculateBudget, parseBudgetFields } from '../../lib/calc/budget.ts';
import { numberParam, oneOfParam, textParam } from '../../lib/url-state.ts';
import { formatNumber, formatPercent } from '../../lib/decimal-input.ts';
import { formatMoney } from '../../lib/money.ts';
import { BreakdownTable } from './BreakdownTable.tsx';
import { CalculatorForm, errorItems } from './CalculatorForm.tsx';
import { Field } from './Field.tsx';
import { Radios } from './Radios.tsx';
import { type Values, useCalculator, type IslandProps } from './use-calculator.ts';

export interface BudgetProps extends IslandProps {
  readonly initial?: Values<BudgetField>;
}

const SPECS = {
  kader: textParam,
  prijs: numberParam,
  eenheid: oneOfParam(BUDGET_UNITS),
  aantal: numberParam,
  per: oneOfParam(BUDGET_PERIODS),
  duur: numberParam,
  clienten: numberParam,
  index: numberParam,
  plafond: numberParam,
} as const;

const UNIT_OPTIONS = BUDGET_UNITS.map((unit) => ({ value: unit, label: unit === 'vier-weken' ? 'Per 4 weken' : UNIT_LABEL[unit].one.charAt(0).toUpperCase() + UNIT_LABEL[unit].one.slice(1) }));
const PERIOD_OPTIONS = BUDGET_PERIODS.map((period) => ({ value: period, label: period === 'vier-weken' ? 'Per 4 weken' : `Per ${PERIOD_LABEL[period].one}` }));

export default function BudgetCalculator(props: BudgetProps) {
  const { idPrefix = 'budget', embedded = false, headingLevel = 2 } = props;
  const calc = useCalculator<BudgetField>({
    fields: BUDGET_FIELDS,
    specs: SPECS,
    initial: { eenheid: 'uur', per: 'week', clienten: '1', index: '', ...props.initial },
    embedded,
    pagePath: '/rekenhulpen/budget/',
  });
  const parsed = useMemo(() => parseBudgetFields(calc.values), [calc.values]);
  const result = parsed.ok ? calculateBudget(parsed.input) : null;
  const fieldError = (field: BudgetField) => (calc.submitted && !parsed.ok ? parsed.errors[field] : undefined);
  const unit = (BUDGET_UNITS as readonly string[]).includes(calc.values.eenheid ?? '') ? (calc.values.eenheid as (typeof BUDGET_UNITS)[number]) : 'uur';
  const period = (BUDGET_PERIODS as readonly string[]).includes(calc.values.per ?? '') ? (calc.values.per as (typeof BUDGET_PERIODS)[number]) : 'week';
  const labels: Record<BudgetField, string> = {
    prijs: 'Prijs per eenheid',
    eenheid: 'Eenheid van de prijs',
    aantal: `Aantal ${UNIT_LABEL[unit].many} per ${PERIOD_LABEL[period].one}, per cliënt`,
    per: 'Hoe vaak?',
    duur: `Duur in ${PERIOD_LABEL[period].many}`,
    clienten: 'Aantal cliënten',
    index: 'Jaarlijkse index',
    plafond: 'Plafond of bestedingsruimte',
  };
  const priceLabel = `Prijs per ${UNIT_LABEL[unit].one}`;
  const periodsLabel = PERIOD_LABEL[period].many.charAt(0).toUpperCase() + PERIOD_LABEL[period].many.slice(1);
  const errors = parsed.ok ? [] : errorItems(idPrefix, BUDGET_FIELDS, parsed.errors, labels);
  const field = (name: BudgetField, label: string, hint: string, options: { unit?: string; prefix?: string; optional?: boolean; width?: number } = {}) => (
    <Field id={`${idPrefix}-${name}`} name={name} label={label} hint={hint} unit={options.unit} prefix={options.prefix} optional={options.optional}
      width={options.width ?? 8} value={calc.values[name] ?? ''} error={fieldError(name)} onInput={(value) => calc.set(name, value)} />
  );

  return (
    <CalculatorForm id={idPrefix} calc={calc} errors={errors} headingLevel={headingLevel}
      announcement={result ? `Totaal over de hele duur: ${formatMoney(result.totalCents)}.${result.ceiling ? ` ${result.ceiling.summary}` : ''}` : ''}
      result={result && (
        <>
          <div class="calc-highlight">
            <dl>
              <dt>Totaal over de hele duur</dt><dd>{formatMoney(result.totalCents)}</dd>
              <dt>Aantal eenheden ({UNIT_LABEL[unit].many}), alle cliënten samen</dt><dd>{formatNumber(result.totalUnits, { maximumDecimals: 2 })}</dd>
              {result.ceiling && <><dt>Plafond gebruikt</dt><dd>{formatPercent(result.ceiling.usedPercent, { maximumDecimals: 1 })}</dd></>}
            </dl>
          </div>
          {result.ceiling && <p class={`calc-verdict calc-verdict--${result.ceiling.remainingCents >= 0 ? 'dekt' : 'dekt-niet'}`}>{result.ceiling.summary}</p>}
          <div class="table-scroll">
            {/* Stacked per year on narrow screens (src/styles/tables.css). */}
            <table class="stack" role="table">
              <caption>Per jaar</caption>
              <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Jaar</th><th scope="col" role="columnheader" class="num">{priceLabel}</th><th scope="col" role="columnheader" class="num">{periodsLabel}</th><th scope="col" role="columnheader" class="num">Bedrag</th></tr></thead>
              <tbody role="rowgroup">
                {result.years.map((year) => (
                  <tr role="row" key={year.year}><th scope="row" role="rowheader">Jaar {year.year}</th><td role="cell" data-label={priceLabel} class="num">{formatMoney(year.tariffCents)}</td><td role="cell" data-label={periodsLabel} class="num">{year.periods}</td><td role="cell" data-label="Bedrag" class="num">{formatMoney(year.cents)}</td></tr>
                ))}
              </tbody>
              <tfoot role="rowgroup"><tr role="row"><th scope="row" role="rowheader">Totaal</th><td role="cell" /><td role="cell" /><td role="cell" data-label="Bedrag" class="num">{formatMoney(result.totalCents)}</td></tr></tfoot>
            </table>
          </div>
          <BreakdownTable rows={result.steps} />
        </>
      )}>
      {field('prijs', labels.prijs, 'Het tarief van de gemeente, bijvoorbeeld 65,00.', { prefix: '€', width: 10 })}
      <Radios id={`${idPrefix}-eenheid`} name='eenheid' legend={labels.eenheid} inline value={unit} error={fieldError('eenheid')} options={UNIT_OPTIONS}
        onChange={(value) => calc.setMany(BUDGET_PERIODS.includes(value as never) ? { eenheid: value, per: value } : { eenheid: value })} />
      <Radios id={`${idPrefix}-per`} name='per' legend={labels.per} inline value={period} error={fieldError('per')} options={PERIOD_OPTIONS}
        onChange={(value) => calc.set('per', value)} />
      {field('aantal', labels.aantal, 'Bijvoorbeeld 3 of 2,5.', { unit: UNIT_LABEL[unit].many, optional: unit === period })}
      {field('duur', labels.duur, `Een jaar telt hier ${period === 'week' ? '52 weken' : period === 'maand' ? '12 maanden' : '13 perioden van 4 weken'}. Hoogstens 10 jaar.`, { unit: PERIOD_LABEL[period].many })}
      {field('clienten', labels.clienten, 'Leeg is 1 cliënt.', { optional: true })}
      {field('index', labels.index, 'Vanaf het tweede jaar stijgt de prijs met dit percentage, afgerond op centen. Leeg is 0.', { unit: '%', optional: true, width: 6 })}
      {field('plafond', labels.plafond, 'Het bedrag dat u over de hele duur hoogstens mag declareren.', { prefix: '€', optional: true, width: 12 })}
    </CalculatorForm>
  );
}
