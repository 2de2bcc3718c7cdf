/**
 * Answers in the URL query, so a link restores them:
 *   ?segmenten=tijdelijk,ouderen&bibob-formulier=ja&kwaliteitsborging=weet-niet
 * Choice questions use their kind as name (a comma list of ids); requirement
 * answers use the requirement id. Reading, limits and the Dutch notices are
 * those of src/lib/url-state.ts: it keeps what is valid and reports the rest.
 */
import { type ParamSpec, describeIgnored, listParam, oneOfParam, readUrlState, writeUrlState } from '../url-state.ts';
import { ANSWERS, type Answer, type Answers, type EligibilityModel, type ScopeKind } from './types.ts';

const answerParam = oneOfParam(ANSWERS, 'ja, nee of weet-niet');

function specsOf(model: EligibilityModel): Record<string, ParamSpec> {
  const specs: Record<string, ParamSpec> = {};
  for (const requirement of model.requirements) specs[requirement.id] = answerParam;
  // A choice question wins over a requirement with the same id, as it is asked first.
  for (const scope of model.scopes) specs[scope.kind] = listParam(scope.options.map((o) => o.id));
  return specs;
}

/** The query string for the answers ("?a=b&…", or "" when empty), in the order of the model. */
export function encodeAnswers(model: EligibilityModel, answers: Answers): string {
  const values: Record<string, string | readonly string[] | undefined> = {};
  for (const scope of model.scopes) {
    const chosen = answers.scope[scope.kind];
    values[scope.kind] = scope.options.map((o) => o.id).filter((id) => chosen?.includes(id));
  }
  for (const requirement of model.requirements) values[requirement.id] = answers.requirements[requirement.id];
  return writeUrlState(values, Object.keys(values));
}

export interface Decoded {
  readonly answers: Answers;
  /** One Dutch sentence per thing from the link that was not used. */
  readonly ignored: readonly string[];
}

export function decodeAnswers(model: EligibilityModel, query: string | URLSearchParams): Decoded {
  const state = readUrlState(query, specsOf(model));
  const scope: Partial<Record<ScopeKind, string[]>> = {};
  const requirements: Record<string, Answer> = {};
  for (const s of model.scopes) {
    const ids = state.values[s.kind];
    if (Array.isArray(ids)) scope[s.kind] = ids;
  }
  for (const r of model.requirements) {
    const answer = state.values[r.id];
    // Blank means "not answered"; anything else passed the check against ANSWERS.
    if (typeof answer === 'string' && answer !== '') requirements[r.id] = answer as Answer;
  }
  return { answers: { scope, requirements }, ignored: describeIgnored(state.ignored, 'deze check') };
}
