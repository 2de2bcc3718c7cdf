/** Island for /rekenhulpen/reele-prijs/: cost price per productive hour and the real tariff (AMvB art. 5.4 lid 3). */
import { useMemo } from 'preact/hooks';
import {
  REAL_PRICE_FIELDS, type RealPriceField, type RealPriceResult,
  calculateRealPrice, hoursBasisOfFields, parseRealPriceFields,
} from '../../lib/calc/real-price.ts';
import { numberParam, textParam, type ValueSpec } from '../../lib/url-state.ts';
import { formatPercent } from '../../lib/decimal-input.ts';
import { formatMoney } from '../../lib/money.ts';
import { toNumber } from '../../lib/rational.ts';
import { BreakdownTable } from './BreakdownTable.tsx';
import { CalculatorForm, errorItems } from './CalculatorForm.tsx';
import { Field } from './Field.tsx';
import { type Values, useCalculator, type IslandProps } from './use-calculator.ts';

export interface RealPriceProps extends IslandProps {
  /** Values to start with (e.g. an example), keyed by URL parameter. */
  readonly initial?: Values<RealPriceField>;
}

const SPECS = { ...Object.fromEntries(REAL_PRICE_FIELDS.map((field) => [field, numberParam])), kader: textParam } as Record<RealPriceField | 'kader', ValueSpec>;

interface FieldDef {
  readonly field: RealPriceField;
  readonly label: string;
  readonly hint: string;
  readonly unit?: string;
  readonly prefix?: string;
  readonly optional?: boolean;
}

interface Group {
  readonly legend: string;
  readonly fields: readonly FieldDef[];
}

/** One group per cost element of art. 5.4 lid 3 (a–f), in the order of the calculation; risk and profit is none of them. */
const GROUPS: readonly Group[] = [
  {
    legend: 'Werktijd van 1 fte',
    fields: [
      { field: 'uren', label: 'Uren per week, voor 1 fte', unit: 'uur', hint: 'Bijvoorbeeld 36. Wij rekenen: 36 uur per week is 1.878 uur per jaar.' },
      { field: 'jaaruren', label: 'Uren per jaar, voor 1 fte', unit: 'uur', optional: true, hint: 'Alleen invullen als u een ander aantal uren per jaar wilt gebruiken dan uren per week × 1.878 ÷ 36.' },
    ],
  },
  {
    legend: 'a. Kosten van de beroepskracht',
    fields: [
      // The labels of the wage get the hours basis ("bij 36 uur per week") when the form renders.
      { field: 'salaris', label: 'Brutosalaris per maand, voor 1 fte', prefix: '€', hint: 'Uit de cao-schaal en trede, bijvoorbeeld 3.250,00.' },
      { field: 'uurloon', label: 'Bruto uurloon', prefix: '€', optional: true, hint: 'In plaats van het salaris per maand.' },
      { field: 'vakantiegeld', label: 'Vakantiegeld', unit: '% van het salaris', optional: true, hint: 'Bijvoorbeeld 8.' },
      { field: 'eindejaars', label: 'Eindejaarsuitkering', unit: '% van het salaris', optional: true, hint: 'Bijvoorbeeld 8,33.' },
      { field: 'ort', label: 'Onregelmatigheidstoeslag (ORT)', unit: '% van het salaris', optional: true, hint: 'Gemiddeld over het jaar.' },
      { field: 'ikb', label: 'Individueel keuzebudget (IKB)', unit: '% van het salaris', optional: true, hint: 'Alleen als uw cao dat kent.' },
      { field: 'sociale-lasten', label: 'Werkgeverslasten en pensioen', unit: '% van salaris met toeslagen', optional: true, hint: 'Sociale premies en pensioenpremie van de werkgever samen.' },
    ],
  },
  {
    legend: 'c. Niet-productieve uren',
    fields: [
      { field: 'niet-productief', label: 'Niet-productieve uren', unit: '% van de uren per jaar', optional: true, hint: 'Verlof, ziekte, scholing en werkoverleg samen.' },
    ],
  },
  {
    legend: 'd. Reis- en opleidingskosten',
    fields: [
      { field: 'reiskosten', label: 'Reiskosten per jaar, voor 1 fte', prefix: '€', optional: true, hint: 'Bijvoorbeeld 1.200.' },
      { field: 'opleidingskosten', label: 'Opleidingskosten per jaar, voor 1 fte', prefix: '€', optional: true, hint: 'Bijvoorbeeld 600.' },
    ],
  },
  {
    legend: 'b. Redelijke overheadkosten',
    fields: [
      { field: 'overhead', label: 'Opslag voor overhead', unit: '% van de directe kosten', optional: true, hint: 'Huisvesting, management, ondersteunende diensten.' },
    ],
  },
  {
    legend: 'f. Kosten van gemeentelijke verplichtingen',
    fields: [
      { field: 'verplichtingen', label: 'Kosten van gemeentelijke verplichtingen', prefix: '€', unit: 'per productief uur', optional: true, hint: 'Bijvoorbeeld rapportage en administratie die de gemeente vraagt.' },
    ],
  },
  {
    legend: 'Risico en winst (geen van de elementen a tot en met f)',
    fields: [
      { field: 'risico', label: 'Opslag voor risico en winst', unit: '% van de kostprijs', optional: true,
        hint: 'Bijvoorbeeld 2.' },
    ],
  },
  {
    legend: 'e. Indexatie',
    fields: [
      { field: 'indexatie', label: 'Indexatie naar het tariefjaar', unit: '%', optional: true, hint: 'Als de kosten uit een eerder jaar komen.' },
    ],
  },
  {
    legend: 'Vergelijken met het tarief van de gemeente',
    fields: [
      { field: 'tarief', label: 'Tarief van de gemeente per uur', prefix: '€', optional: true, hint: 'Vul het in om te zien of het de reële prijs en de kostprijs dekt.' },
    ],
  },
];

/** The error summary names each field by its label up to the first comma: "Brutosalaris per maand: …". */
const LABELS = Object.fromEntries(GROUPS.flatMap((group) => group.fields).map((def) => [def.field, def.label.split(',')[0]!])) as Record<RealPriceField, string>;

function Shares({ result }: { result: RealPriceResult }) {
  return (
    <>
      <div class="calc-bar" aria-hidden="true">
        {result.shares.map((share) => (
          <span key={share.element} class={`calc-el-${share.element}`} title={share.label}
            style={{ width: `${Math.max(0, toNumber(share.percentOfTariff)).toFixed(2)}%` }} />
        ))}
      </div>
      <div class="table-scroll">
        {/* Stacked per element on narrow screens (src/styles/tables.css): at 320 px the share column fell off. */}
        <table class="stack" role="table">
          <caption>Opbouw van de reële prijs per element van de AMvB reële prijs (artikel 5.4 lid 3 Uitvoeringsbesluit Wmo 2015), en de opslag voor risico en winst</caption>
          <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Element</th><th scope="col" role="columnheader" class="num">Per uur</th><th scope="col" role="columnheader" class="num">Deel</th></tr></thead>
          <tbody role="rowgroup">
            {result.shares.map((share) => (
              <tr role="row" key={share.element}>
                <th scope="row" role="rowheader"><span class={`calc-swatch calc-el-${share.element}`} aria-hidden="true" />{share.label}</th>
                <td role="cell" data-label="Per uur" class="num">{formatMoney(share.cents)}</td>
                <td role="cell" data-label="Deel" class="num">{formatPercent(share.percentOfTariff, { maximumDecimals: 1 })}</td>
              </tr>
            ))}
          </tbody>
          <tfoot role="rowgroup"><tr role="row"><th scope="row" role="rowheader">Reële prijs per uur</th><td role="cell" data-label="Per uur" class="num">{formatMoney(result.realTariffCents)}</td><td role="cell" data-label="Deel" class="num">100%</td></tr></tfoot>
        </table>
      </div>
    </>
  );
}

export default function RealPriceCalculator(props: RealPriceProps) {
  const { idPrefix = 'reele-prijs', embedded = false, headingLevel = 2 } = props;
  const calc = useCalculator<RealPriceField>({
    fields: REAL_PRICE_FIELDS,
    specs: SPECS,
    initial: props.initial ?? {},
    embedded,
    pagePath: '/rekenhulpen/reele-prijs/',
  });
  const parsed = useMemo(() => parseRealPriceFields(calc.values), [calc.values]);
  const result = parsed.ok ? calculateRealPrice(parsed.input) : null;
  const basis = hoursBasisOfFields(calc.values);
  const errors = parsed.ok ? [] : errorItems(idPrefix, REAL_PRICE_FIELDS, parsed.errors, LABELS);
  const fieldError = (field: RealPriceField) => (calc.submitted && !parsed.ok ? parsed.errors[field] : undefined);
  const comparison = result?.comparison;

  return (
    <CalculatorForm id={idPrefix} calc={calc} errors={errors} headingLevel={headingLevel}
      announcement={result ? `Kostprijs per productief uur ${formatMoney(result.costPricePerHourCents)}. Reële prijs per uur ${formatMoney(result.realTariffCents)}.${comparison ? ` ${comparison.verdictText} ${comparison.costText}` : ''}` : ''}
      result={result && (
        <>
          <div class="calc-highlight">
            <dl>
              <dt>Kostprijs per productief uur</dt><dd>{formatMoney(result.costPricePerHourCents)}</dd>
              <dt>Reële prijs per uur (met opslag en indexatie)</dt><dd>{formatMoney(result.realTariffCents)}</dd>
            </dl>
          </div>
          {comparison && (
            <>
              <p class={`calc-verdict calc-verdict--${comparison.verdict}`}>{comparison.verdictText} {comparison.costText}</p>
              <p>{comparison.summary}</p>
            </>
          )}
          <Shares result={result} />
          <BreakdownTable rows={result.steps} />
        </>
      )}>
      {GROUPS.map((group) => (
        <fieldset class="calc-group" key={group.legend}>
          <legend>{group.legend}</legend>
          {group.fields.map((def) => (
            <Field key={def.field} id={`${idPrefix}-${def.field}`} name={def.field} label={(def.field === 'salaris' || def.field === 'uurloon') && basis ? `${def.label} ${basis}` : def.label} hint={def.hint} unit={def.unit} prefix={def.prefix}
              optional={def.optional} width={def.prefix ? 12 : 7} value={calc.values[def.field] ?? ''} error={fieldError(def.field)}
              onInput={(value) => calc.set(def.field, value)} />
          ))}
        </fieldset>
      ))}
    </CalculatorForm>
  );
}
