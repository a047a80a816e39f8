import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { QuestionnairePage } from './QuestionnairePage';
import { RegistryContext } from '../../ui/registry-context';
import { chooseLanguage, initI18n } from '../../i18n';
import { selfScanV1, testRegistry } from '../../../tests/support/questionnaires';

async function renderPage(version = '1.0.0') {
  const registry = await testRegistry();
  render(
    <Router hook={memoryLocation({ path: '/' }).hook}>
      <RegistryContext.Provider value={registry}>
        <QuestionnairePage params={{ id: 'ck-selfscan', version }} />
      </RegistryContext.Provider>
    </Router>,
  );
}

describe('QuestionnairePage', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('shows every section and every item of the version, numbered', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { level: 1, name: selfScanV1.title.nl })).toBeInTheDocument();
    for (const condition of selfScanV1.conditions) {
      const section = screen.getByRole('region', { name: condition.title.nl });
      expect(within(section).getAllByRole('listitem')).toHaveLength(6);
    }
    const shownItems = screen.getAllByRole('listitem').filter((li) => li.closest('ol'));
    expect(shownItems).toHaveLength(selfScanV1.items.length);
    for (const item of selfScanV1.items) expect(screen.getByText(item.text.nl)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeInTheDocument();
  });

  it('shows the English texts after switching language', async () => {
    await chooseLanguage('en');
    await renderPage();
    expect(screen.getByRole('heading', { level: 1, name: selfScanV1.title.en })).toBeInTheDocument();
    expect(screen.getByText(selfScanV1.items.find((i) => i.id === 'culture_1')!.text.en)).toBeInTheDocument();
  });

  it('says so when the version does not exist', async () => {
    await renderPage('9.9.9');
    expect(screen.getByRole('heading', { level: 1, name: 'Niet gevonden op dit apparaat' })).toBeInTheDocument();
  });
});
