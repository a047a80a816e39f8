import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { chooseLanguage, initI18n, type Language } from '../../i18n';
import { RegistryContext } from '../../ui/registry-context';
import { testRegistry } from '../../../tests/support/questionnaires';
import { testResearchResult } from '../../../tests/support/research-result';
import { researchSession } from './research-session';
import { ResearchPage } from './ResearchPage';
import type { ResearchJobResult } from './research-types';

/** The hand-made result with the counts of a large study: 2,000 results of 2,500 read. */
function largeStudy(): ResearchJobResult {
  const result = testResearchResult();
  return {
    ...result,
    n: 2000,
    read: 2500,
    loadedCount: 2000,
    cases: {
      choice: 'latest',
      cases: 1800,
      pseudonyms: 1500,
      withoutPseudonym: 1200,
      scansLeftOut: 1000,
    },
    aggregate: {
      ...result.aggregate,
      n: 2000,
      byQuestionnaire: result.aggregate.byQuestionnaire.map((version) => ({ ...version, n: 2000 })),
      conditions: Object.fromEntries(
        Object.entries(result.aggregate.conditions).map(([id, condition]) => [
          id,
          { ...condition, summary: { ...condition.summary, n: 2000 } },
        ]),
      ),
    },
  };
}

async function renderAt(path: string) {
  render(
    <Router hook={memoryLocation({ path }).hook}>
      <RegistryContext.Provider value={await testRegistry()}>
        <ResearchPage />
      </RegistryContext.Provider>
    </Router>,
  );
}

const expected: Record<Language, { loaded: string; cases: string; note: string; total: string }> = {
  nl: {
    loaded: '2.000 uitkomsten geladen van 2.500 gelezen',
    cases: '1.800 cases in de cijfers',
    note: '1.500 pseudoniemen; 1.200 zonder pseudoniem, elk een eigen case; 1.000 andere scans niet meegeteld',
    total: 'Totaal',
  },
  en: {
    loaded: '2,000 results loaded of 2,500 read',
    cases: '1,800 cases in the figures',
    note: '1,500 pseudonyms; 1,200 without a pseudonym, each its own case; 1,000 other scans not counted',
    total: 'Total',
  },
};

describe.each(['nl', 'en'] as const)('research counts in %s', (language) => {
  beforeEach(async () => {
    initI18n(language);
    await chooseLanguage(language);
    researchSession.clear();
    researchSession.set({ result: largeStudy() });
  });

  it('writes the counts of the load summary with thousands separators', async () => {
    await renderAt('/');
    expect(await screen.findByText(expected[language].loaded, { exact: false })).toBeVisible();
    expect(screen.getByText(expected[language].cases, { exact: false })).toBeVisible();
  });

  it('writes the counts of the overview (the table of versions, the cases note) the same way', async () => {
    await renderAt('/overview');
    // the overview's chunk loads on demand
    const total = await screen.findByRole(
      'rowheader',
      { name: expected[language].total },
      { timeout: 10_000 },
    );
    const row = total.closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByRole('cell')).toHaveTextContent(
      language === 'nl' ? '2.000' : '2,000',
    );
    // the box plot's rows each say their count
    expect(screen.getAllByText(`(${language === 'nl' ? '2.000' : '2,000'})`)).toHaveLength(5);
    expect(screen.getAllByText(expected[language].note, { exact: false }).length).toBeGreaterThan(
      0,
    );
  });
});
