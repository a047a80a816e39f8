import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { App } from '../../app/App';
import { chooseLanguage, initI18n } from '../../i18n';
import { getDatabase, resetDatabaseForTests } from '../../storage/db';
import { addExampleCollective } from '../../storage/example-repository';
import { listScans } from '../../storage/scans-repository';
import { listResponses } from '../../storage/responses-repository';
import { scoreScan, displayScore } from '../../domain/scoring';
import { testRegistry, selfScanV1 } from '../../../tests/support/questionnaires';

async function openExampleResults() {
  const registry = await testRegistry();
  const entry = registry.latest('ck-selfscan')!;
  const db = getDatabase();
  const collectiveId = await addExampleCollective(db, entry);
  const [scan] = await listScans(db, collectiveId);
  window.location.hash = `#/scans/${scan!.id}/results`;
  render(<App registry={registry} />);
  // the results section is a lazy chunk: its first import takes a moment in jsdom
  await screen.findByRole(
    'heading',
    { level: 1, name: 'Uitkomst: Zelfscan voorjaar 2026' },
    { timeout: 8000 },
  );
  return { scanId: scan!.id };
}

describe('ResultsPage', () => {
  beforeEach(async () => {
    await resetDatabaseForTests();
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('shows the scores the domain scorer gives for the stored answers', async () => {
    const { scanId } = await openExampleResults();
    const responses = await listResponses(getDatabase(), scanId);
    const scores = scoreScan({
      questionnaire: selfScanV1,
      responses: responses.map((r) => ({ respondentId: r.id, answers: r.answers })),
    });
    for (const condition of selfScanV1.conditions) {
      const row = screen.getByRole('row', { name: new RegExp(`^${condition.title.nl}`) });
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(
        String(displayScore(scores.conditions[condition.id]!.score)),
      );
    }
  });

  it('explains the routes, and leads the condition cards with the bottleneck', async () => {
    await openExampleResults();
    const verdict = screen.getByRole('region', { name: 'Routes naar een duurzaam collectief' });
    expect(within(verdict).getAllByRole('row')).toHaveLength(3);
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(5);
    expect(cards[0]).toHaveClass('condition--bottleneck');
    expect(within(cards[0]!).getByText(/Zwakste schakel van route/)).toBeInTheDocument();
  });

  it('offers the PDF and the result file, and keeps names out unless ticked', async () => {
    await openExampleResults();
    expect(screen.getByRole('button', { name: 'Download PDF-rapport' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download resultaatbestand (JSON)' }),
    ).toBeInTheDocument();
    const respondents = screen.getByRole('region', { name: 'Deelnemers per rol' });
    expect(respondents).not.toHaveTextContent('Fatima');
    screen.getByRole('checkbox', { name: /Namen van deelnemers/ }).click();
    expect(await within(respondents).findByText(/Fatima/)).toBeInTheDocument();
  });
});
