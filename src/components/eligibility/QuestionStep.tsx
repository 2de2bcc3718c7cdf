/**
 * One question per page (GOV.UK): progress caption and question as the
 * legend's heading, a hint, radios (Ja / Nee / Weet ik niet) or checkboxes
 * for a choice, an error summary at the top and the error next to the field.
 */
import type { Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ANSWERS, ANSWER_LABELS, type Answer, type Question } from '../../lib/eligibility/index.ts';

export interface QuestionStepProps {
  readonly question: Question;
  readonly number: number;
  readonly total: number;
  /** The current answer: an Answer for a requirement, a list of ids for a choice. */
  readonly value: Answer | readonly string[] | undefined;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly submitLabel: string;
  readonly onBack: () => void;
  readonly onSubmit: (value: Answer | string[]) => void;
}

const EFFECT_TEXT = {
  uitsluitend: 'Voldoet u hier niet aan, dan kunt u niet meedoen.',
  aandacht: 'Dit sluit u niet uit, maar vraagt wel aandacht.',
} as const;
const CERTAINTY_TEXT = {
  vastgesteld: '',
  voornemen: ' Let op: dit is nog een voornemen.',
  mogelijk: ' Let op: het document noemt dit als mogelijkheid.',
  'in-onderzoek': ' Let op: dit wordt nog onderzocht.',
  onbekend: ' Let op: uit het document blijkt niet of dit vastligt.',
} as const;

export function QuestionStep(props: QuestionStepProps) {
  const { question, number, total } = props;
  const isScope = question.type === 'scope';
  const [choice, setChoice] = useState<string[]>(isScope && Array.isArray(props.value) ? [...props.value] : []);
  const [answer, setAnswer] = useState<Answer | undefined>(!isScope && typeof props.value === 'string' ? props.value : undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const fieldId = `sc-vraag-${question.id}`;
  const firstInput = `${fieldId}-0`;
  const heading = isScope ? question.scope.question : question.requirement.question;

  function submit(event: Event) {
    event.preventDefault();
    if (isScope ? choice.length === 0 : answer === undefined) {
      setError(isScope ? `Kies minstens één van de ${question.scope.label.toLowerCase()}` : 'Kies Ja, Nee of Weet ik niet');
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    props.onSubmit(isScope ? choice : answer!);
  }

  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  return (
    <div class="sc-step">
      <button type="button" class="sc-back no-print" onClick={props.onBack}>Terug</button>
      <div class="calc-error-summary" role="alert" tabIndex={-1} ref={summaryRef} hidden={!error} aria-labelledby={error ? 'sc-error-title' : undefined}>
        {error && (
          <>
            <h2 class="calc-error-summary__title" id="sc-error-title">Er is een probleem</h2>
            <ul>
              <li>
                <a href={`#${firstInput}`} onClick={(e) => { e.preventDefault(); document.getElementById(firstInput)?.focus(); }}>{error}</a>
              </li>
            </ul>
          </>
        )}
      </div>
      <form onSubmit={submit} noValidate>
        <fieldset class={`calc-field sc-fieldset${error ? ' calc-field--error' : ''}`} id={fieldId} aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}>
          <legend class="sc-legend">
            <span class="sc-progress">Vraag {number} van {total}</span>
            <h2 class="sc-question" tabIndex={-1} ref={props.headingRef}>{heading}</h2>
          </legend>
          <div class="calc-field__hint" id={hintId}>
            {isScope ? (
              <p>{question.scope.hint}</p>
            ) : (
              <>
                <p>{question.requirement.description}</p>
                <p>
                  <strong>{EFFECT_TEXT[question.requirement.effect]}</strong>
                  {CERTAINTY_TEXT[question.requirement.certainty]}
                </p>
              </>
            )}
          </div>
          {!isScope && question.requirement.evidence.length > 0 && (
            <details class="sc-details">
              <summary>Welk bewijs wordt gevraagd?</summary>
              <ul>{question.requirement.evidence.map((e) => <li key={e}>{e}</li>)}</ul>
            </details>
          )}
          {error && <p class="calc-field__error" id={errorId}><span class="visually-hidden">Fout: </span>{error}</p>}
          {isScope
            ? question.scope.options.map((option, i) => (
                <div class="calc-radio sc-choice" key={option.id}>
                  <input type="checkbox" id={`${fieldId}-${i}`} name={fieldId} value={option.id} checked={choice.includes(option.id)}
                    aria-describedby={option.hint ? `${fieldId}-${i}-hint` : undefined}
                    onChange={(e) => {
                      const on = (e.currentTarget as HTMLInputElement).checked;
                      setChoice((c) => (on ? [...c.filter((id) => id !== option.id), option.id] : c.filter((id) => id !== option.id)));
                    }} />
                  <label for={`${fieldId}-${i}`}>{option.label}</label>
                  {option.hint && <div class="calc-field__hint" id={`${fieldId}-${i}-hint`}>{option.hint}</div>}
                </div>
              ))
            : ANSWERS.map((value, i) => (
                <div class="calc-radio" key={value}>
                  <input type="radio" id={`${fieldId}-${i}`} name={fieldId} value={value} checked={answer === value}
                    onChange={() => setAnswer(value)} />
                  <label for={`${fieldId}-${i}`}>{ANSWER_LABELS[value]}</label>
                </div>
              ))}
        </fieldset>
        <button type="submit" class="calc-button">{props.submitLabel}</button>
      </form>
    </div>
  );
}
