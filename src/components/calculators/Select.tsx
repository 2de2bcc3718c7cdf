/** A labelled select with hint (used to pick a document to prefill from). */
export interface SelectProps {
  readonly id: string;
  readonly name?: string | undefined;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly optional?: boolean;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export function Select(props: SelectProps) {
  const { id, label, hint, optional = false, options, value } = props;
  return (
    <div class="calc-field">
      <label class="calc-field__label" for={id}>
        {label}
        {optional && <span class="calc-field__optional"> (optioneel)</span>}
      </label>
      {hint && <div class="calc-field__hint" id={`${id}-hint`}>{hint}</div>}
      <select class="calc-select" id={id} name={props.name ?? id} value={value} aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value)}>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </div>
  );
}
