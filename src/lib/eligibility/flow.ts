/**
 * The question flow: first the choices that narrow the check (segments, lots,
 * products, municipalities), then one question per requirement that applies
 * to those choices. The flow depends on the answers so far, so callers
 * rebuild it after every answer.
 */
import type { Answers, EligibilityModel, Question, RequirementModel, ScopeKind, ScopeModel } from './types.ts';

/** The chosen options of a scope, or all of them while it is unanswered. */
function chosenOrAll(model: EligibilityModel, kind: ScopeKind, answers: Answers): string[] | undefined {
  const scope = model.scopes.find((s) => s.kind === kind);
  if (!scope) return undefined;
  return [...(answers.scope[kind] ?? scope.options.map((o) => o.id))];
}

/** Whether a choice question is asked: municipalities only matter for lots split per municipality. */
export function scopeIsAsked(model: EligibilityModel, scope: ScopeModel, answers: Answers): boolean {
  if (scope.kind !== 'gemeenten') return true;
  const lots = model.scopes.find((s) => s.kind === 'percelen');
  if (!lots) return true;
  const chosen = new Set(chosenOrAll(model, 'percelen', answers));
  return lots.options.some((o) => o.perMunicipality && chosen.has(o.id));
}

/** Whether a requirement applies to the chosen segments and lots (all of them while unanswered). */
export function requirementApplies(model: EligibilityModel, requirement: RequirementModel, answers: Answers): boolean {
  if (requirement.appliesTo.length === 0) return true;
  const chosen = new Set([...(chosenOrAll(model, 'segmenten', answers) ?? []), ...(chosenOrAll(model, 'percelen', answers) ?? [])]);
  return requirement.appliesTo.some((id) => chosen.has(id));
}

export function buildFlow(model: EligibilityModel, answers: Answers): Question[] {
  return [
    ...model.scopes
      .filter((scope) => scopeIsAsked(model, scope, answers))
      .map((scope): Question => ({ type: 'scope', id: scope.kind, scope })),
    ...model.requirements
      .filter((requirement) => requirementApplies(model, requirement, answers))
      .map((requirement): Question => ({ type: 'requirement', id: requirement.id, requirement })),
  ];
}

export function isAnswered(question: Question, answers: Answers): boolean {
  return question.type === 'scope'
    ? (answers.scope[question.id]?.length ?? 0) > 0
    : answers.requirements[question.id] !== undefined;
}

/** Index of the first unanswered question, or -1 when the flow is complete. */
export function firstUnanswered(flow: readonly Question[], answers: Answers): number {
  return flow.findIndex((q) => !isAnswered(q, answers));
}
