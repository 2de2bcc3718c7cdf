/** GOV.UK error summary: a list of links to the fields with a problem; receives focus after "Bereken". */
import type { Ref } from 'preact';

export interface ErrorItem {
  /** Id of the input (or fieldset) to move to. */
  readonly id: string;
  readonly message: string;
}

export function ErrorSummary(props: { readonly id: string; readonly errors: readonly ErrorItem[]; readonly summaryRef: Ref<HTMLDivElement> }) {
  const { errors } = props;
  const titleId = `${props.id}-fouten`;
  // Always rendered so the ref exists; hidden when there is nothing to say.
  return (
    <div class="calc-error-summary" role="alert" tabIndex={-1} ref={props.summaryRef} hidden={errors.length === 0} aria-labelledby={errors.length ? titleId : undefined}>
      {errors.length > 0 && (
        <>
          <h2 class="calc-error-summary__title" id={titleId}>Er is een probleem</h2>
          <ul>
            {errors.map((error) => (
              <li key={error.id}>
                <a
                  href={`#${error.id}`}
                  onClick={(event) => {
                    const target = document.getElementById(error.id);
                    if (!target) return;
                    event.preventDefault();
                    // A group of radio buttons: move to its first option, as GOV.UK does.
                    const focusable = target.tagName === 'FIELDSET' ? target.querySelector('input') ?? target : target;
                    focusable.focus();
                    (target.closest('.calc-field') ?? target).scrollIntoView({ block: 'start' });
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
