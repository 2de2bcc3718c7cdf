/**
 * Answers in the URL query, so a link restores them:
 *   ?segmenten=tijdelijk,ouderen&bibob-formulier=ja&kwaliteitsborging=weet-niet
 * Choice questions use their kind as name (a comma list of ids); requirement
 * answers use the requirement id. Decoding validates every value with zod
 * (zod/mini, small enough for the island), keeps what is valid and reports
 * the rest in plain Dutch. Reported names and values are cut short and are
 * only ever shown as text.
 */
import * as z from 'zod/mini';
import { ANSWERS, type Answer, type Answers, type EligibilityModel, type ScopeKind } from './types.ts';

/** At most this many parameters are read; the rest is ignored in bulk. */
export const MAX_PARAMETERS = 100;
/** Longest accepted value, in characters. */
export const MAX_VALUE_LENGTH = 2000;
const SHOWN_LENGTH = 30;

const answerSchema = z.enum(ANSWERS);

function shown(text: string): string {
  const clean = text.replace(/[\u0000-\u001F\u007F]/g, '');
  return clean.length > SHOWN_LENGTH ? `${clean.slice(0, SHOWN_LENGTH)}…` : clean;
}

/** The query string for the answers ("?a=b&…", or "" when empty), in the order of the model. */
export function encodeAnswers(model: EligibilityModel, answers: Answers): string {
  const params = new URLSearchParams();
  for (const scope of model.scopes) {
    const chosen = answers.scope[scope.kind];
    const ids = scope.options.map((o) => o.id).filter((id) => chosen?.includes(id));
    if (ids.length > 0) params.set(scope.kind, ids.join(','));
  }
  for (const requirement of model.requirements) {
    const answer = answers.requirements[requirement.id];
    if (answer !== undefined) params.set(requirement.id, answer);
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

export interface Decoded {
  readonly answers: Answers;
  /** One Dutch sentence per thing from the link that was not used. */
  readonly ignored: readonly string[];
}

export function decodeAnswers(model: EligibilityModel, query: string | URLSearchParams): Decoded {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const scopes = new Map(model.scopes.map((s) => [s.kind as string, s]));
  const requirementIds = new Set(model.requirements.map((r) => r.id));
  const scope: Partial<Record<ScopeKind, string[]>> = {};
  const requirements: Record<string, Answer> = {};
  const ignored: string[] = [];
  const seen = new Set<string>();
  let count = 0;
  for (const [name, raw] of params) {
    count += 1;
    if (count > MAX_PARAMETERS) {
      ignored.push('Niet alles uit de link is gebruikt: de link bevat te veel gegevens.');
      break;
    }
    const value = raw.trim();
    const known = scopes.has(name) || requirementIds.has(name);
    if (!known) {
      ignored.push(`‘${shown(name)}’ uit de link is genegeerd: deze check kent die vraag niet.`);
      continue;
    }
    if (seen.has(name)) {
      ignored.push(`‘${name}’ kwam vaker voor in de link: alleen het eerste antwoord is gebruikt.`);
      continue;
    }
    seen.add(name);
    if (value.length > MAX_VALUE_LENGTH) {
      ignored.push(`‘${name}’ uit de link is genegeerd: de waarde is te lang.`);
      continue;
    }
    const scopeModel = scopes.get(name);
    if (scopeModel) {
      const optionSchema = z.enum(scopeModel.options.map((o) => o.id) as [string, ...string[]]);
      const parts = value.split(',').map((p) => p.trim()).filter((p) => p !== '');
      const valid = new Set(parts.filter((p) => optionSchema.safeParse(p).success));
      const invalid = parts.filter((p) => !valid.has(p));
      if (invalid.length > 0) {
        ignored.push(`Bij ‘${name}’ ${invalid.length === 1 ? 'is een keuze' : `zijn ${invalid.length} keuzes`} uit de link genegeerd (${invalid.slice(0, 3).map((p) => `‘${shown(p)}’`).join(', ')}${invalid.length > 3 ? ', …' : ''}): die bestaan niet.`);
      }
      const ids = scopeModel.options.map((o) => o.id).filter((id) => valid.has(id));
      if (ids.length > 0) scope[scopeModel.kind] = ids;
      else if (invalid.length === 0) ignored.push(`‘${name}’ uit de link is genegeerd: er was niets gekozen.`);
      continue;
    }
    const parsed = answerSchema.safeParse(value);
    if (parsed.success) requirements[name] = parsed.data;
    else ignored.push(`Het antwoord op ‘${name}’ uit de link is genegeerd: ‘${shown(value)}’ is geen ja, nee of weet-niet.`);
  }
  return { answers: { scope, requirements }, ignored };
}
