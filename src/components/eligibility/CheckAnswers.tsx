/** "Controleer uw antwoorden": every question with its answer and a "Wijzigen" button. */
import type { Ref } from 'preact';
import { ANSWER_LABELS, type Answers, type Question } from '../../lib/eligibility/index.ts';

export interface CheckAnswersProps {
  readonly flow: readonly Question[];
  readonly answers: Answers;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly onChange: (index: number) => void;
  readonly onBack: () => void;
  readonly onConfirm: () => void;
}

export function answerText(question: Question, answers: Answers): string {
  if (question.type === 'scope') {
    const ids = answers.scope[question.id] ?? [];
    return question.scope.options.filter((o) => ids.includes(o.id)).map((o) => o.label).join(', ') || 'Niet beantwoord';
  }
  const answer = answers.requirements[question.id];
  return answer ? ANSWER_LABELS[answer] : 'Niet beantwoord';
}

export function CheckAnswers(props: CheckAnswersProps) {
  const { flow, answers } = props;
  return (
    <div class="sc-step">
      <button type="button" class="sc-back no-print" onClick={props.onBack}>Terug</button>
      <h2 class="sc-question" tabIndex={-1} ref={props.headingRef}>Controleer uw antwoorden</h2>
      <dl class="sc-summary">
        {flow.map((q, index) => {
          const title = q.type === 'scope' ? q.scope.label : q.requirement.title;
          return (
            <div class="sc-summary__row" key={q.id}>
              <dt>{q.type === 'scope' ? q.scope.question : q.requirement.question}</dt>
              <dd>{answerText(q, answers)}</dd>
              <dd class="sc-summary__action">
                <button type="button" class="sc-link-button" onClick={() => props.onChange(index)}>
                  Wijzigen<span class="visually-hidden"> antwoord: {title}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <button type="button" class="calc-button" onClick={props.onConfirm}>Bekijk de uitkomst</button>
    </div>
  );
}
