import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testQuestionnaire, testResult } from '../../../tests/support/test-result';
import { chooseLanguage, initI18n } from '../../i18n';
import { ReportExports } from './ReportExports';

async function renderExports() {
  render(
    <ReportExports
      result={await testResult()}
      questionnaire={testQuestionnaire}
      language="nl"
      withNames={false}
      onWithNamesChange={() => undefined}
      respondentNames={{}}
      onDownloadResult={() => undefined}
    />,
  );
}

describe('sharing the PDF report', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('offers "PDF delen" next to the download where the system can share files', async () => {
    const canShare = vi.fn(
      (data: ShareData) => (data.files?.[0]?.type ?? '') === 'application/pdf',
    );
    vi.stubGlobal('navigator', { ...navigator, canShare, share: vi.fn() });
    await renderExports();
    expect(screen.getByRole('button', { name: 'Download PDF-rapport' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'PDF delen' })).toBeInTheDocument();
  });

  it('hides it where the browser cannot share files', async () => {
    vi.stubGlobal('navigator', { ...navigator, canShare: undefined });
    await renderExports();
    expect(screen.queryByRole('button', { name: 'PDF delen' })).not.toBeInTheDocument();
  });

  it('asks about names before the PDF button, whose report they go into', async () => {
    vi.stubGlobal('navigator', { ...navigator, canShare: undefined });
    await renderExports();
    const names = screen.getByRole('checkbox', {
      name: 'Namen van deelnemers in de bijlage van het rapport zetten',
    });
    const pdf = screen.getByRole('button', { name: 'Download PDF-rapport' });
    expect(names.compareDocumentPosition(pdf) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
