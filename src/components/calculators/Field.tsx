/** A labelled text input with hint, unit and inline error (GOV.UK text input pattern). */
import type { JSX } from 'preact';

export interface FieldProps {
  readonly id: string;
  /** Form name: the URL parameter, so a submission without JavaScript still gives a shareable link. */
  readonly name?: string | undefined;
  readonly label: string;
  readonly hint?: string | undefined;
  /** Shown after the input, e.g. "€ per maand" or "%". */
  readonly unit?: string | undefined;
  /** Shown before the input, e.g. "€". */
  readonly prefix?: string | undefined;
  readonly optional?: boolean | undefined;
  readonly value: string;
  readonly error?: string | undefined;
  readonly onInput: (value: string) => void;
  readonly inputMode?: JSX.HTMLAttributes<HTMLInputElement>['inputMode'];
  /** Width in characters. */
  readonly width?: number | undefined;
  readonly autoComplete?: string | undefined;
}

export function Field(props: FieldProps) {
  const { id, label, hint, unit, prefix, optional = false, value, error, inputMode = 'decimal', width = 10, autoComplete = 'off' } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  // The unit is part of what to type ("%", "uur", "€ per productief uur"): a screen reader reads it with the field, not only on the screen.
  const prefixId = prefix ? `${id}-prefix` : undefined;
  const unitId = unit ? `${id}-unit` : undefined;
  const describedBy = [hintId, prefixId, unitId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`calc-field${error ? ' calc-field--error' : ''}`}>
      <label class="calc-field__label" for={id}>
        {label}
        {optional && <span class="calc-field__optional"> (optioneel)</span>}
      </label>
      {hint && <div class="calc-field__hint" id={hintId}>{hint}</div>}
      {error && (
        <p class="calc-field__error" id={errorId}>
          <span class="visually-hidden">Fout: </span>
          {error}
        </p>
      )}
      <div class="calc-field__control">
        {prefix && <span class="calc-field__affix" id={prefixId}>{prefix}</span>}
        <input
          class="calc-input"
          id={id}
          name={props.name ?? id}
          type="text"
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellcheck={false}
          value={value}
          style={{ width: `${width + 1}ch` }}
          aria-describedby={describedBy}
          aria-invalid={error ? 'true' : undefined}
          onInput={(event) => props.onInput((event.currentTarget as HTMLInputElement).value)}
        />
        {unit && <span class="calc-field__affix" id={unitId}>{unit}</span>}
      </div>
    </div>
  );
}
