/** Self-check "Kan ik meedoen?": model (build time), flow, evaluation and URL codec (browser and build). */
export * from './types.ts';
export { buildFlow, firstUnanswered, isAnswered, requirementApplies, scopeIsAsked } from './flow.ts';
export { ANSWER_LABELS, OUTCOME_LABELS, OVERALL_TEXT, choiceNotes, evaluate, evaluateRequirement, overallOf } from './evaluate.ts';
export { decodeAnswers, encodeAnswers } from './codec.ts';
