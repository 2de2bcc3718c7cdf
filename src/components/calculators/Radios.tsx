/** A group of radio buttons in a fieldset with legend, hint and inline error. */
export interface RadiosProps<V extends string> {
  readonly id: string;
  /** Form name (the URL parameter). */
  readonly name?: string | undefined;
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly options: readonly { readonly value: V; readonly label: string; readonly hint?: string }[];
  readonly value: string;
  readonly error?: string | undefined;
  readonly onChange: (value: V) => void;
  readonly inline?: boolean;
}

export function Radios<V extends string>(props: RadiosProps<V>) {
  const { id, legend, hint, options, value, error, inline = false } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset class={`calc-field calc-radios${inline ? ' calc-radios--inline' : ''}${error ? ' calc-field--error' : ''}`} id={id} tabIndex={-1}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend class="calc-field__label">{legend}</legend>
      {hint && <div class="calc-field__hint" id={hintId}>{hint}</div>}
      {error && <p class="calc-field__error" id={errorId}><span class="visually-hidden">Fout: </span>{error}</p>}
      {options.map((option, index) => (
        <div class="calc-radio" key={option.value}>
          {/* The option's hint is its description, so a screen reader reads it with the option. */}
          <input type="radio" id={`${id}-${index}`} name={props.name ?? id} value={option.value} checked={value === option.value}
            aria-describedby={option.hint ? `${id}-${index}-hint` : undefined}
            onChange={() => props.onChange(option.value)} />
          <label for={`${id}-${index}`}>{option.label}</label>
          {option.hint && <div class="calc-field__hint" id={`${id}-${index}-hint`}>{option.hint}</div>}
        </div>
      ))}
    </fieldset>
  );
}
