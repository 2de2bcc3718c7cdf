/**
 * Self-check island "Kan ik meedoen?". Enhances the static checklist into a
 * one-question-per-page flow: start → questions → check your answers →
 * result. Answers live in the URL (history.replaceState), so a reload or a
 * shared link restores them. Every step is a browser history entry
 * (history.pushState, with the step in history.state): the browser's Back
 * button goes to the previous question, Forward comes back, and the answers
 * given so far are kept either way. Renders nothing on the server: without
 * JavaScript the page's static checklist is the whole check.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  EMPTY_ANSWERS, OVERALL_TEXT, buildFlow, decodeAnswers, encodeAnswers, evaluate, firstUnanswered,
  type Answer, type Answers, type EligibilityModel,
} from '../../lib/eligibility/index.ts';
import { LinkNotice } from '../LinkNotice.tsx';
import { CheckAnswers } from './CheckAnswers.tsx';
import { QuestionStep } from './QuestionStep.tsx';
import { ResultView } from './ResultView.tsx';

type View = { type: 'start' } | { type: 'question'; index: number; editing: boolean } | { type: 'check' } | { type: 'result' };

export interface SelfCheckProps {
  readonly model: EligibilityModel;
  /** Id of the static checklist, hidden while the flow runs. */
  readonly checklistId: string;
}

/** What this island keeps in history.state for each step. */
interface StepState {
  readonly selfCheck: View;
  /** The view of the entry before this one, if the check pushed it: "Vorige" then goes back in history. */
  readonly previous?: View;
}

function stepStateOf(state: unknown): StepState | undefined {
  if (typeof state !== 'object' || state === null || !('selfCheck' in state)) return undefined;
  const view = (state as { selfCheck: unknown }).selfCheck;
  return typeof view === 'object' && view !== null && 'type' in view ? (state as StepState) : undefined;
}

const sameView = (a: View | undefined, b: View): boolean => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

function hasAnswers(answers: Answers): boolean {
  return Object.keys(answers.scope).length > 0 || Object.keys(answers.requirements).length > 0;
}

export default function SelfCheck({ model, checklistId }: SelfCheckProps) {
  const [ready, setReady] = useState(false);
  const [answers, setAnswers] = useState<Answers>(EMPTY_ANSWERS);
  const [view, setView] = useState<View>({ type: 'start' });
  const [notices, setNotices] = useState<readonly string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const moved = useRef(false);
  // The current answers and view for the popstate listener (registered once).
  const current = useRef({ answers, view });
  current.current = { answers, view };
  const flow = useMemo(() => buildFlow(model, answers), [model, answers]);
  const result = useMemo(() => (view.type === 'result' ? evaluate(model, answers) : undefined), [model, answers, view.type]);

  // Restore from the URL once, in the browser.
  useEffect(() => {
    const decoded = decodeAnswers(model, window.location.search);
    setAnswers(decoded.answers);
    setNotices(decoded.ignored);
    // A reload keeps the step of this history entry; otherwise the answers decide where to go on.
    const saved = stepStateOf(window.history.state)?.selfCheck;
    let first: View = { type: 'start' };
    if (saved !== undefined) first = checkedView(saved, decoded.answers);
    else if (hasAnswers(decoded.answers)) {
      const restoredFlow = buildFlow(model, decoded.answers);
      const next = firstUnanswered(restoredFlow, decoded.answers);
      first = next === -1 ? { type: 'result' } : { type: 'question', index: next, editing: false };
    }
    setView(first);
    window.history.replaceState({ ...stepStateOf(window.history.state), selfCheck: first }, '');
    setReady(true);
  }, [model]);

  // Back and Forward move between the steps; the answers given so far stay.
  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const state = stepStateOf(event.state);
      if (state === undefined) return;
      const { answers: kept } = current.current;
      const next = checkedView(state.selfCheck, kept);
      moved.current = true;
      setNotices([]);
      setView(next);
      const { pathname, hash } = window.location;
      window.history.replaceState({ ...state, selfCheck: next }, '', `${pathname}${encodeAnswers(model, kept)}${hash}`);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [model]);

  /** A view from history, made safe for these answers: a question that no longer exists, or a result with open questions, goes to the first open question. */
  function checkedView(wanted: View, given: Answers): View {
    const steps = buildFlow(model, given);
    const open = firstUnanswered(steps, given);
    if (wanted.type === 'question') {
      if (wanted.index >= 0 && wanted.index < steps.length) return wanted;
      return open === -1 ? { type: 'check' } : { type: 'question', index: open, editing: false };
    }
    if ((wanted.type === 'result' || wanted.type === 'check') && open !== -1) return { type: 'question', index: open, editing: false };
    return wanted;
  }

  // Answers → URL.
  useEffect(() => {
    if (!ready) return;
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${encodeAnswers(model, answers)}${hash}`);
  }, [ready, model, answers]);

  // The static checklist is the start page; the flow replaces it.
  useEffect(() => {
    const checklist = document.getElementById(checklistId);
    if (checklist) checklist.hidden = ready && view.type !== 'start';
  }, [ready, view.type, checklistId]);

  // Focus the new heading after each step (not on page load), announce the result.
  useEffect(() => {
    if (!ready) return;
    if (moved.current) headingRef.current?.focus();
    if (view.type === 'result') {
      const overall = evaluate(model, answers).overall;
      setAnnouncement(`Uitkomst: ${OVERALL_TEXT[overall].title}.`);
    } else setAnnouncement('');
  }, [ready, view]);

  function go(next: View) {
    moved.current = true;
    // The notice about the link is about the page as loaded; drop it once the person moves on.
    setNotices([]);
    setView(next);
    // A new history entry per step; the answers effect then writes this entry's URL.
    window.history.pushState({ selfCheck: next, previous: view } satisfies StepState, '', window.location.href);
  }

  /** "Vorige": when the step before is the previous history entry, go back in history, so Back and "Vorige" agree. */
  function goBack(target: View) {
    if (sameView(stepStateOf(window.history.state)?.previous, target)) window.history.back();
    else go(target);
  }

  function answer(index: number, value: Answer | string[], editing: boolean) {
    const question = flow[index]!;
    const updated: Answers = question.type === 'scope'
      ? { ...answers, scope: { ...answers.scope, [question.id]: question.scope.options.map((o) => o.id).filter((id) => (value as string[]).includes(id)) } }
      : { ...answers, requirements: { ...answers.requirements, [question.id]: value as Answer } };
    setAnswers(updated);
    const nextFlow = buildFlow(model, updated);
    const nextOpen = firstUnanswered(nextFlow, updated);
    if (editing) go(nextOpen === -1 ? { type: 'check' } : { type: 'question', index: nextOpen, editing: false });
    else {
      const position = nextFlow.findIndex((q) => q.id === question.id);
      const after = nextFlow.findIndex((q, i) => i > position && !(q.type === 'scope' ? updated.scope[q.id]?.length : updated.requirements[q.id]));
      go(after !== -1 ? { type: 'question', index: after, editing: false } : nextOpen !== -1 ? { type: 'question', index: nextOpen, editing: false } : { type: 'check' });
    }
  }

  // Before the URL is read (and on the server) the start view renders, so hydration shifts
  // nothing on the page; without JavaScript the page hides it (toets.astro) and shows the checklist.

  return (
    <div class="sc" data-view={view.type}>
      <div class="visually-hidden" role="status" aria-live="polite">{announcement}</div>
      <LinkNotice notices={notices} />
      {view.type === 'start' && (
        <div class="sc-start no-print js-only">
          <h2 tabIndex={-1} ref={headingRef}>Doe de check</h2>
          <p>U beantwoordt {model.scopes.length > 0 ? 'ten hoogste ' : ''}{flow.length} {flow.length === 1 ? 'vraag' : 'vragen'}, één per scherm. Daarna ziet u per eis of u eraan voldoet en wat u nog moet regelen. Uw antwoorden blijven alleen in uw browser en in de link.</p>
          <button type="button" class="calc-button sc-start__button" onClick={() => go({ type: 'question', index: 0, editing: false })}>Start de check</button>
        </div>
      )}
      {view.type === 'question' && flow[view.index] && (
        <QuestionStep
          key={`${flow[view.index]!.id}-${view.editing}`}
          question={flow[view.index]!}
          number={view.index + 1}
          total={flow.length}
          value={flow[view.index]!.type === 'scope' ? answers.scope[flow[view.index]!.id as keyof Answers['scope']] : answers.requirements[flow[view.index]!.id]}
          headingRef={headingRef}
          submitLabel={view.editing ? 'Opslaan en terug naar het overzicht' : 'Volgende'}
          onBack={() => goBack(view.editing ? { type: 'check' } : view.index === 0 ? { type: 'start' } : { type: 'question', index: view.index - 1, editing: false })}
          onSubmit={(value) => answer(view.index, value, view.editing)}
        />
      )}
      {view.type === 'check' && (
        <CheckAnswers
          flow={flow}
          answers={answers}
          headingRef={headingRef}
          onBack={() => goBack({ type: 'question', index: flow.length - 1, editing: false })}
          onChange={(index) => go({ type: 'question', index, editing: true })}
          onConfirm={() => {
            const open = firstUnanswered(flow, answers);
            go(open === -1 ? { type: 'result' } : { type: 'question', index: open, editing: false });
          }}
        />
      )}
      {view.type === 'result' && result && (
        <ResultView
          model={model}
          answers={answers}
          result={result}
          headingRef={headingRef}
          onEdit={() => go({ type: 'check' })}
          onRestart={() => {
            setAnswers(EMPTY_ANSWERS);
            go({ type: 'start' });
          }}
        />
      )}
    </div>
  );
}
