import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseLanguage, initI18n } from '../../i18n';
import { deviceContents } from '../../storage/backup-repository';
import { getDatabase, resetDatabaseForTests } from '../../storage/db';
import { enginePort } from '../../storage/second-copy/copy-port';
import { SecondCopyEngine } from '../../storage/second-copy/engine';
import { markerOf } from '../../storage/second-copy/marker';
import { memoryFiles } from '../../storage/second-copy/memory-files';
import type { StartReport } from '../../storage/second-copy/start-check';
import { collectiveRow } from '../../../tests/support/backup-rows';
import { CopyCounts } from './CopyCounts';
import { RecoveryPage } from './RecoveryPage';

vi.mock('../../ui/download', () => ({ downloadText: vi.fn() }));

const at = '2027-02-03T14:05:00.000Z';

async function reportWithCopy(verdict: StartReport['verdict']): Promise<StartReport> {
  const engine = new SecondCopyEngine(memoryFiles());
  await engine.load();
  await engine.append(
    ['c1', 'c2'].map((id) => ({
      at,
      table: 'collectives' as const,
      op: 'put' as const,
      key: id,
      row: collectiveRow(id, at),
    })),
  );
  const port = enginePort(engine);
  return {
    verdict,
    port,
    copyMarker: markerOf(await port.contents()),
    databaseCounts: null,
    rebuilt: null,
    ...(verdict === 'unopenable' ? { error: new Error('UnknownError: backing store') } : {}),
  };
}

describe('RecoveryPage', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
    await resetDatabaseForTests();
  });

  it('says the database was lost, shows what the second copy holds, restores it and says what', async () => {
    const onDone = vi.fn();
    render(<RecoveryPage report={await reportWithCopy('lost')} onDone={onDone} />);
    expect(
      screen.getByRole('heading', { name: 'De gegevens in deze browser zijn kwijtgeraakt' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: /tweede kopie/ })).toHaveTextContent(
      '2 collectieven0 scans0 deelnemers met hun antwoorden',
    );
    expect(screen.getByText(/Laatste opgeslagen antwoord: 3 februari 2027/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Herstellen uit de tweede kopie' }));
    expect(
      await screen.findByText(
        'Hersteld: 2 collectieven, 0 scans en 0 deelnemers met hun antwoorden.',
      ),
    ).toBeInTheDocument();
    const restored = await deviceContents(getDatabase());
    expect(restored.collectives).toEqual([collectiveRow('c1', at), collectiveRow('c2', at)]);
    await userEvent.click(screen.getByRole('button', { name: 'Verder naar de app' }));
    expect(onDone).toHaveBeenCalled();
  });

  it('offers the copy as a download before it deletes an unopenable database', async () => {
    const { downloadText } = await import('../../ui/download');
    render(<RecoveryPage report={await reportWithCopy('unopenable')} onDone={() => undefined} />);
    expect(screen.getByText(/UnknownError: backing store/)).toBeInTheDocument();
    const replace = screen.getByRole('button', {
      name: 'Database wissen en herstellen uit de tweede kopie',
    });
    expect(replace).toBeDisabled();
    await userEvent.click(
      screen.getByRole('button', { name: 'Tweede kopie downloaden als back-upbestand' }),
    );
    expect(vi.mocked(downloadText)).toHaveBeenCalledWith(
      expect.objectContaining({ text: expect.stringContaining('"format": "ck-backup"') }),
    );
    expect(replace).toBeEnabled();
    await userEvent.click(replace);
    expect(await screen.findByText(/^Hersteld: 2 collectieven/)).toBeInTheDocument();
  });

  it('says so when there is no second copy to restore from, in English too', async () => {
    await chooseLanguage('en');
    const report: StartReport = {
      verdict: 'lost',
      port: undefined,
      copyMarker: null,
      databaseCounts: null,
      rebuilt: null,
    };
    render(<RecoveryPage report={report} onDone={() => undefined} />);
    expect(
      screen.getByRole('heading', { name: 'This browser has lost its data' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/no second copy on this device/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Restore/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue without restoring' })).toBeInTheDocument();
  });

  it('counts each kind in its own plural form, remembered studies included', () => {
    const counts = { collectives: 1, scans: 2, responses: 1, invitations: 0, studies: 1 };
    render(<CopyCounts counts={counts} lastSavedAt={null} />);
    expect(screen.getByRole('list', { name: /tweede kopie/ })).toHaveTextContent(
      '1 collectief2 scans1 deelnemer met zijn of haar antwoorden1 onthouden onderzoek',
    );
  });
});
