import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { chooseLanguage, initI18n, type Language } from '../../i18n';
import type { CaseSelection } from '../../domain/research';
import { CasesNote } from './CasesNote';

const one: CaseSelection = {
  choice: 'latest',
  cases: 2,
  pseudonyms: 1,
  withoutPseudonym: 1,
  scansLeftOut: 1,
};
const several: CaseSelection = {
  choice: 'first',
  cases: 2,
  pseudonyms: 2,
  withoutPseudonym: 0,
  scansLeftOut: 3,
};

// each count takes its own singular or plural, whatever the other counts are
const expected: Record<Language, { one: string; several: string }> = {
  nl: {
    one: 'Cases: de laatste scan per pseudoniem (1 pseudoniem; 1 zonder pseudoniem, een eigen case; 1 andere scan niet meegeteld).',
    several:
      'Cases: de eerste scan per pseudoniem (2 pseudoniemen; 0 zonder pseudoniem, elk een eigen case; 3 andere scans niet meegeteld).',
  },
  en: {
    one: 'Cases: the latest scan per pseudonym (1 pseudonym; 1 without a pseudonym, its own case; 1 other scan not counted).',
    several:
      'Cases: the first scan per pseudonym (2 pseudonyms; 0 without a pseudonym, each its own case; 3 other scans not counted).',
  },
};

describe.each(['nl', 'en'] as const)('the cases note in %s', (language) => {
  beforeEach(async () => {
    initI18n(language);
    await chooseLanguage(language);
  });

  it('says one pseudonym, one result without and one scan left out in the singular', () => {
    render(<CasesNote cases={one} />);
    expect(screen.getByText(expected[language].one)).toBeVisible();
  });

  it('says several in the plural, and none as the plural', () => {
    render(<CasesNote cases={several} />);
    expect(screen.getByText(expected[language].several)).toBeVisible();
  });
});
