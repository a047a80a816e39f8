import type { CollectiveInput } from '../../src/storage/collectives-repository';
import type { QuestionnaireRef } from '../../src/domain/questionnaire/schema';

export const exampleRef: QuestionnaireRef = {
  id: 'ck-selfscan',
  version: '1.0.0',
  sha256: 'a'.repeat(64),
};

export function collectiveInput(overrides: Partial<CollectiveInput> = {}): CollectiveInput {
  return {
    name: 'Energiecoöperatie De Zonnewijk',
    sector: 'energy',
    legalForm: 'cooperative',
    memberBand: 'from101to500',
    volunteerBand: 'from6to20',
    staffBand: 'none',
    ownIncomeShare: 'from50to75',
    foundingYear: 2014,
    municipality: 'Rotterdam',
    province: 'zuidHolland',
    ...overrides,
  };
}
