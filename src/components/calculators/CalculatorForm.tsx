/**
 * The frame every calculator shares: notices, error summary, the form with a
 * "Bereken" button, and the result area (live region) that either shows the
 * result or says what is missing. Never a stale result: the result is derived
 * from the current values on every render.
 */
import type { ComponentChildren } from 'preact';
import '../../styles/calculators.css';
import { CopyLink } from './CopyLink.tsx';
import { type ErrorItem, ErrorSummary } from './ErrorSummary.tsx';
import { LinkNotice } from '../LinkNotice.tsx';
import { labelledError } from '../../lib/calc/form-fields.ts';
import type { Calculator } from './use-calculator.ts';

export interface CalculatorFormProps {
  readonly id: string;
  readonly calc: Pick<Calculator<string>, 'submitted' | 'notices' | 'summaryRef' | 'resultRef' | 'submit' | 'shareUrl' | 'ready'>;
  /** Current errors, one per field, in form order. */
  readonly errors: readonly ErrorItem[];
  /** Form fields. */
  readonly children: ComponentChildren;
  /** The result, when there are no errors. */
  readonly result: ComponentChildren | null;
  /** One sentence for screen readers when the result changes. */
  readonly announcement: string;
  /** Heading level of "Uitkomst": 2 on a calculator page, 3 when embedded. */
  readonly headingLevel?: 2 | 3;
  readonly submitLabel?: string;
}

export function CalculatorForm(props: CalculatorFormProps) {
  const { id, calc, errors, result, announcement, headingLevel = 2, submitLabel = 'Bereken' } = props;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const showErrors = calc.submitted && errors.length > 0;
  return (
    <div class="calc" id={id}>
      <LinkNotice notices={calc.notices} />
      <ErrorSummary id={id} errors={showErrors ? errors : []} summaryRef={calc.summaryRef} />
      <form class="calc-form no-print-controls" noValidate onSubmit={(event) => calc.submit(event, errors.length > 0)} action="" method="get">
        {props.children}
        <div class="calc-actions no-print">
          <button type="submit" class="calc-button">{submitLabel}</button>
        </div>
      </form>
      <section class="calc-result" aria-labelledby={`${id}-uitkomst`}>
        <Heading id={`${id}-uitkomst`} tabIndex={-1} ref={calc.resultRef}>Uitkomst</Heading>
        <p class="calc-result__live" aria-live="polite" aria-atomic="true">
          {!calc.submitted
            ? calc.ready
              ? 'Vul de gegevens in en kies ‘' + submitLabel + '’. Dan ziet u hier de uitkomst en hoe die is berekend.'
              : 'Deze rekenhulp werkt met JavaScript. Werkt hij niet? Dan staat hieronder, of op de pagina van de rekenhulp, hoe u het zelf uitrekent.'
            : errors.length > 0 ? 'Er is nog geen uitkomst. Dit ontbreekt of klopt nog niet:'
            : announcement}
        </p>
        {calc.submitted && errors.length > 0 && (
          <ul class="calc-missing">{errors.map((error) => <li key={error.id}>{error.message}</li>)}</ul>
        )}
        {calc.submitted && errors.length === 0 && result}
        {calc.submitted && errors.length === 0 && <CopyLink url={calc.shareUrl} id={id} />}
      </section>
    </div>
  );
}

/**
 * Turns field errors into summary items in the order of `fields`, each
 * message starting with the field's label ("Brutosalaris per maand: …").
 */
export function errorItems<K extends string>(idPrefix: string, fields: readonly K[], errors: Partial<Record<K, string>>, labels: Readonly<Record<K, string>>): ErrorItem[] {
  return fields.flatMap((field) => {
    const message = errors[field];
    return message === undefined ? [] : [{ id: `${idPrefix}-${field}`, message: labelledError(labels[field], message) }];
  });
}
