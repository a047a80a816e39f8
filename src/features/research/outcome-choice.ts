import { parseOutcomeCsv, type FsqcaOutcome, type OutcomeCsvProblem } from '../../domain/research';
import type { OutcomeChoice } from './research-types';

/** The outcome domain/research computes with, from what the researcher chose; a CSV's problems come along. */
export function fsqcaOutcomeOf(choice: OutcomeChoice): {
  outcome: FsqcaOutcome | undefined;
  problems: OutcomeCsvProblem[];
} {
  if (choice.kind === 'none') return { outcome: undefined, problems: [] };
  if (choice.kind === 'profile') {
    return {
      outcome: { kind: 'profile', variable: choice.variable, anchors: choice.anchors },
      problems: [],
    };
  }
  const parsed = parseOutcomeCsv({ text: choice.text });
  return {
    outcome: {
      kind: 'values',
      label: choice.fileName,
      byPseudonym: parsed.byPseudonym,
      problems: parsed.problems,
    },
    problems: parsed.problems,
  };
}
