import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseLanguage, initI18n } from '../../../i18n';
import { RegistryContext } from '../../../ui/registry-context';
import { testRegistry } from '../../../../tests/support/questionnaires';
import { testResearchResult } from '../../../../tests/support/research-result';
import { fsqcaOutcomeOf } from '../outcome-choice';
import { ResearchJobContext, type ResearchJobHandle } from '../research-context';
import { createSessionStore } from '../research-session';
import type { OutcomeCheck } from '../../../domain/research';
import { FsqcaPanel } from './FsqcaPanel';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

async function renderPanel(outcomeCheck: OutcomeCheck | null = null) {
  const store = createSessionStore();
  const runs: Parameters<ResearchJobHandle['run']>[0][] = [];
  const value: ResearchJobHandle = {
    store,
    session: store.get(),
    job: { state: 'idle' },
    run: (next) => runs.push(next),
    cancel: () => {},
    inputFor: () => ({ files: [] }),
  };
  render(
    <RegistryContext.Provider value={await testRegistry()}>
      <ResearchJobContext.Provider value={value}>
        <FsqcaPanel result={{ ...testResearchResult(), fsqca: null, outcomeCheck }} />
      </ResearchJobContext.Provider>
    </RegistryContext.Provider>,
  );
  return runs;
}

describe('the outcome file on the fsQCA screen', () => {
  beforeEach(() => initI18n('nl'));

  it.each([
    [
      'nl',
      'pseudoniem;waarde',
      `${A};0,75`,
      'Uit een eigen CSV-bestand',
      'CSV-bestand met de uitkomst',
      'Opnieuw berekenen',
    ],
    [
      'en',
      'pseudonym,value',
      `${A},0.75`,
      'From your own CSV file',
      'CSV file with the outcome',
      'Calculate again',
    ],
  ])(
    '%s: accepts the header the screen suggests (%s) and reads its values',
    async (language, header, line, option, fileLabel, apply) => {
      await chooseLanguage(language as 'nl' | 'en');
      const runs = await renderPanel();
      await userEvent.click(screen.getByLabelText(new RegExp(option)));
      // the hint names the header it then accepts
      expect(screen.getByText(new RegExp(header))).toBeInTheDocument();
      const csv = new File([`${header}\n${line}\n`], 'uitkomst.csv', { type: 'text/csv' });
      await userEvent.upload(screen.getByLabelText(fileLabel), csv);
      await userEvent.click(await screen.findByRole('button', { name: apply }));
      const choice = runs[0]?.outcome;
      if (choice?.kind !== 'csv') throw new Error('no CSV outcome was run');
      const { outcome, problems } = fsqcaOutcomeOf(choice);
      expect(problems).toEqual([]);
      expect(outcome).toMatchObject({ kind: 'values', byPseudonym: { [A]: 0.75 } });
    },
  );

  it.each([
    [
      'nl',
      /Geen enkel pseudoniem in het uitkomstbestand hoort bij een geladen case/,
      'Regel 3: „0x1” is geen gewoon decimaal getal (zoals 0,75 of 0.75).',
      'Regel 4: de waarde ontbreekt.',
      '1 case heeft geen uitkomst en doet niet mee aan fsQCA:',
      '2 uitkomsten horen bij geen geladen uitkomst:',
    ],
    [
      'en',
      /No pseudonym in the outcome file belongs to a loaded case/,
      'Line 3: "0x1" is not a plain decimal number (such as 0.75).',
      'Line 4: the value is missing.',
      '1 case has no outcome and is left out of fsQCA:',
      '2 outcomes belong to no loaded result:',
    ],
  ])(
    '%s: shows every refused line and every pseudonym that did not match',
    async (language, noMatch, ...texts) => {
      await chooseLanguage(language as 'nl' | 'en');
      await renderPanel({
        problems: [
          { code: 'value-not-a-number', line: 3, value: '0x1' },
          { code: 'value-empty', line: 4 },
        ],
        matched: 0,
        withoutOutcome: { count: 1, pseudonyms: ['c'.repeat(64)] },
        withoutResult: { count: 2, pseudonyms: [A, B] },
      });
      expect(screen.getByRole('alert')).toHaveTextContent(noMatch);
      for (const text of texts) expect(screen.getByText(text)).toBeInTheDocument();
      expect(screen.getByTitle(A)).toBeInTheDocument();
    },
  );
});
