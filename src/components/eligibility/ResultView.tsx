/**
 * The result: overall verdict, the statement that this is an indication,
 * notes about the choices, and per requirement the outcome with reason,
 * evidence and a link to the section of the document. Prints cleanly.
 */
import { Fragment, type Ref } from 'preact';
import { useState } from 'preact/hooks';
import { todayInAmsterdam } from '../../lib/calendar-date.ts';
import {
  ANSWER_LABELS, OUTCOME_LABELS, OVERALL_TEXT, type Answers, type EligibilityModel, type EligibilityResult, type Outcome,
} from '../../lib/eligibility/index.ts';

export interface ResultViewProps {
  readonly model: EligibilityModel;
  readonly answers: Answers;
  readonly result: EligibilityResult;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly onEdit: () => void;
  readonly onRestart: () => void;
}

const ORDER: Outcome[] = ['niet-voldaan', 'aandacht', 'voldaan'];
const GROUP_TITLES: Record<Outcome, string> = {
  'niet-voldaan': 'Hier voldoet u niet aan',
  aandacht: 'Hier moet u nog iets uitzoeken of regelen',
  voldaan: 'Hier voldoet u aan',
};

function CopyLink() {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setFallback(false);
      setStatus('Link gekopieerd');
    } catch {
      setFallback(true);
      setStatus('Kopiëren lukte niet. Kopieer de link hieronder zelf.');
    }
  }
  return (
    <>
      <button type="button" class="calc-button calc-button--secondary" onClick={copy}>Kopieer link</button>
      <span class="calc-copy__status" role="status">{status}</span>
      {fallback && (
        <div class="calc-field sc-copy-fallback">
          <label class="calc-field__label" for="sc-link">Link naar uw antwoorden</label>
          <input class="calc-input calc-input--wide" id="sc-link" type="text" readOnly value={window.location.href}
            onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
        </div>
      )}
    </>
  );
}

export function ResultView(props: ResultViewProps) {
  const { model, answers, result } = props;
  const verdict = OVERALL_TEXT[result.overall];
  const chosen = model.scopes.filter((s) => answers.scope[s.kind]?.length);
  return (
    <div class="sc-result">
      <h2 class="sc-question" tabIndex={-1} ref={props.headingRef}>Uitkomst van de check</h2>
      <p class="meta">{model.title}</p>
      <div class={`sc-verdict sc-verdict--${result.overall}`}>
        <p class="sc-verdict__title">{verdict.title}</p>
        <p>{verdict.text}</p>
        <p class="sc-counts">
          {ORDER.map((o) => `${OUTCOME_LABELS[o]}: ${result.counts[o]}`).join(' · ')}
        </p>
      </div>
      <p class="sc-disclaimer">
        <strong>Dit is een indicatie, geen besluit van de gemeente.</strong> De uitkomst is gebaseerd op uw eigen antwoorden.
        Of u mag meedoen, beslist de gemeente na uw inschrijving of aanmelding. De aanbestedingsstukken van de gemeente zijn leidend.
      </p>

      <div class="calc-actions sc-actions no-print">
        <button type="button" class="calc-button calc-button--secondary" onClick={() => window.print()}>Print of bewaar als pdf</button>
        <CopyLink />
      </div>

      {chosen.length > 0 && (
        <>
          <h3>Uw keuzes</h3>
          <dl class="facts">
            {chosen.map((s) => (
              <Fragment key={s.kind}>
                <dt>{s.label}</dt>
                <dd>{s.options.filter((o) => answers.scope[s.kind]!.includes(o.id)).map((o) => o.label).join(', ')}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      )}
      {result.notes.length > 0 && (
        <div class="callout callout--let-op">
          <p class="callout__title">Let op bij uw keuzes</p>
          <ul>{result.notes.map((n) => <li key={n}>{n}</li>)}</ul>
        </div>
      )}

      {ORDER.map((outcome) => {
        const items = result.items.filter((i) => i.outcome === outcome);
        if (items.length === 0) return null;
        return (
          <section key={outcome} aria-labelledby={`sc-groep-${outcome}`}>
            <h3 id={`sc-groep-${outcome}`}>{GROUP_TITLES[outcome]} ({items.length})</h3>
            <ul class="req-list sc-items">
              {items.map(({ requirement: r, answer, reason, uncertain }) => (
                <li key={r.id} class={`sc-item sc-item--${outcome}`}>
                  <h4>{r.title}</h4>
                  <p class="sc-outcome"><span class={`sc-badge sc-badge--${outcome}`}>{OUTCOME_LABELS[outcome]}</span> Uw antwoord: {answer ? ANSWER_LABELS[answer] : 'niet beantwoord'}</p>
                  <p>{reason}</p>
                  {uncertain && <p class="sc-uncertain">{uncertain}</p>}
                  {r.facts.length > 0 && <ul>{r.facts.map((f) => <li key={f}>{f}</li>)}</ul>}
                  {r.evidence.length > 0 && (
                    <>
                      <p class="sc-evidence-title"><strong>Bewijs dat u klaarlegt:</strong></p>
                      <ul>{r.evidence.map((e) => <li key={e}>{e}</li>)}</ul>
                    </>
                  )}
                  <p><a href={r.href}>Lees waar dit staat<span class="visually-hidden">: {r.title}</span></a></p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      {model.deadlines.length > 0 && (
        <>
          <h3>Belangrijke datums</h3>
          <ul>
            {model.deadlines.map((d) => (
              <li key={d.label}><strong>{d.when}</strong>: {d.label}{d.date < todayInAmsterdam() && <span class="meta"> (deze datum is voorbij)</span>}</li>
            ))}
          </ul>
        </>
      )}

      <div class="calc-actions no-print">
        <button type="button" class="calc-button calc-button--secondary" onClick={props.onEdit}>Antwoorden wijzigen</button>
        <button type="button" class="sc-link-button" onClick={props.onRestart}>Opnieuw beginnen</button>
      </div>
    </div>
  );
}
