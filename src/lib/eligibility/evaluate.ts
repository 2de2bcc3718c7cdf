/**
 * Turns answers into a result per requirement and an overall verdict.
 * Only a fixed ('vastgesteld') excluding requirement answered "nee" is a
 * barrier; intentions and things under investigation never exclude, they
 * are flagged as not yet certain.
 */
import { buildFlow } from './flow.ts';
import type {
  Answer, Answers, EligibilityModel, EligibilityResult, Outcome, Overall, RequirementModel, RequirementResult,
} from './types.ts';

const UNCERTAIN: Record<RequirementModel['certainty'], string | undefined> = {
  vastgesteld: undefined,
  voornemen: 'Nog niet zeker: dit is een voornemen. De eis is nog niet vastgesteld.',
  mogelijk: 'Nog niet zeker: het document noemt dit als mogelijkheid. De eis is niet vastgesteld.',
  'in-onderzoek': 'Nog niet zeker: dit wordt nog onderzocht. De eis kan nog veranderen of vervallen.',
  onbekend: 'Nog niet zeker: uit het document blijkt niet of dit vastligt.',
};

function judge(requirement: RequirementModel, answer: Answer | undefined): { outcome: Outcome; reason: string } {
  const fixed = requirement.certainty === 'vastgesteld';
  const excludes = requirement.effect === 'uitsluitend';
  if (answer === 'ja') {
    return {
      outcome: 'voldaan',
      reason: requirement.evidence.length > 0
        ? 'U geeft aan dat u hieraan voldoet. Zorg dat u het bewijs klaar hebt.'
        : 'U geeft aan dat u hieraan voldoet.',
    };
  }
  if (answer === 'nee') {
    if (excludes && fixed) {
      return { outcome: 'niet-voldaan', reason: 'U geeft aan dat u hier niet aan voldoet. Dit is een harde eis: wie er niet aan voldoet, kan niet meedoen.' };
    }
    if (excludes) {
      return { outcome: 'aandacht', reason: 'U geeft aan dat u hier niet aan voldoet. Dit is nog geen vaste eis. Wordt het wel een eis, dan kunt u misschien niet meedoen.' };
    }
    return { outcome: 'aandacht', reason: 'U geeft aan dat u hier nog niet aan voldoet. Dit sluit u niet uit, maar de gemeente verwacht het wel. Bereid u erop voor.' };
  }
  if (answer === 'weet-niet') {
    return {
      outcome: 'aandacht',
      reason: excludes && fixed
        ? 'U weet nog niet of u hieraan voldoet. Zoek dit uit voordat u zich inschrijft: wie er niet aan voldoet, kan niet meedoen.'
        : 'U weet nog niet of u hieraan voldoet. Zoek dit uit. Het sluit u niet uit.',
    };
  }
  return { outcome: 'aandacht', reason: 'U hebt deze vraag niet beantwoord.' };
}

export function evaluateRequirement(requirement: RequirementModel, answer: Answer | undefined): RequirementResult {
  const { outcome, reason } = judge(requirement, answer);
  const uncertain = UNCERTAIN[requirement.certainty];
  return { requirement, answer, outcome, reason, ...(uncertain ? { uncertain } : {}) };
}

export function overallOf(outcomes: readonly Outcome[]): Overall {
  if (outcomes.includes('niet-voldaan')) return 'belemmering';
  if (outcomes.includes('aandacht')) return 'aandachtspunten';
  return 'geen-belemmeringen-gevonden';
}

/** Products bought another way in the chosen municipalities, one sentence per product and channel. */
export function choiceNotes(model: EligibilityModel, answers: Answers): string[] {
  const products = model.scopes.find((s) => s.kind === 'producten');
  const chosenProducts = answers.scope.producten;
  if (!products || !chosenProducts) return [];
  const chosenMunicipalities = new Set(answers.scope.gemeenten ?? model.municipalities.map((m) => m.id));
  const nameOf = (id: string) => model.municipalities.find((m) => m.id === id)?.name ?? id;
  const notes: string[] = [];
  for (const option of products.options) {
    if (!chosenProducts.includes(option.id)) continue;
    const groups = new Map<string, { channel: string; note?: string; names: string[] }>();
    for (const e of option.elsewhere ?? []) {
      if (!chosenMunicipalities.has(e.municipalityId)) continue;
      const key = `${e.channel}\u0000${e.note ?? ''}`;
      const group = groups.get(key) ?? { channel: e.channel, ...(e.note ? { note: e.note } : {}), names: [] };
      group.names.push(nameOf(e.municipalityId));
      groups.set(key, group);
    }
    for (const g of groups.values()) {
      notes.push(`${option.label} in ${g.names.join(', ')}: ${g.channel}, dus niet via deze inkoop.${g.note ? ` ${g.note}` : ''}`);
    }
  }
  return notes;
}

export function evaluate(model: EligibilityModel, answers: Answers): EligibilityResult {
  const items = buildFlow(model, answers).flatMap((q) =>
    q.type === 'requirement' ? [evaluateRequirement(q.requirement, answers.requirements[q.id])] : [],
  );
  const counts: Record<Outcome, number> = { voldaan: 0, 'niet-voldaan': 0, aandacht: 0 };
  for (const item of items) counts[item.outcome] += 1;
  return { overall: overallOf(items.map((i) => i.outcome)), items, counts, notes: choiceNotes(model, answers) };
}

export const OVERALL_TEXT: Record<Overall, { title: string; text: string }> = {
  belemmering: {
    title: 'U kunt waarschijnlijk niet meedoen',
    text: 'U voldoet volgens uw antwoorden niet aan minstens één harde eis. Wie daar niet aan voldoet, wordt uitgesloten.',
  },
  aandachtspunten: {
    title: 'U kunt waarschijnlijk meedoen, maar er zijn aandachtspunten',
    text: 'We vonden geen harde eis waar u niet aan voldoet. Wel zijn er punten die u nog moet uitzoeken of regelen.',
  },
  'geen-belemmeringen-gevonden': {
    title: 'Geen belemmeringen gevonden',
    text: 'Volgens uw antwoorden voldoet u aan alle eisen die we hebben gevraagd. Zorg dat u het bewijs klaar hebt.',
  },
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  voldaan: 'Voldaan',
  'niet-voldaan': 'Niet voldaan',
  aandacht: 'Aandacht nodig',
};

export const ANSWER_LABELS: Record<Answer, string> = { ja: 'Ja', nee: 'Nee', 'weet-niet': 'Weet ik niet' };
