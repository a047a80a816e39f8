import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { chooseLanguage, initI18n } from '../../i18n';
import { updateSecondCopyStatus } from '../../storage/second-copy/copy-status';
import { SecondCopyPanel } from './SecondCopyPanel';

const counts = { collectives: 2, scans: 3, responses: 14, invitations: 0, studies: 0 };

describe('SecondCopyPanel', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('shows both copies, and says when the second copy was rebuilt from the database', () => {
    updateSecondCopyStatus({
      kind: 'worker',
      verdict: 'fine',
      databaseCounts: counts,
      copyCounts: counts,
      rebuilt: 'damaged',
      skipped: 2,
      isFailing: false,
    });
    render(<SecondCopyPanel />);
    expect(
      screen.getByRole('heading', { name: 'Twee kopieën op dit apparaat' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('2 / 3 / 14 (collectieven / scans / deelnemers)')).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent(
      'De tweede kopie was beschadigd en is bij deze start opnieuw gemaakt uit de database.',
    );
    expect(
      screen.getByText(
        'Bij het lezen van de tweede kopie zijn 2 beschadigde stukken overgeslagen.',
      ),
    ).toBeInTheDocument();
    act(() => updateSecondCopyStatus({ skipped: 1 }));
    expect(
      screen.getByText('Bij het lezen van de tweede kopie is 1 beschadigd stuk overgeslagen.'),
    ).toBeInTheDocument();
    act(() => updateSecondCopyStatus({ isFailing: true }));
    expect(screen.getByText(/Het schrijven naar de tweede kopie lukt nu niet/)).toBeInTheDocument();
  });

  it('says this browser keeps one copy when it has no private file system', () => {
    updateSecondCopyStatus({ kind: 'none', rebuilt: null, skipped: 0, isFailing: false });
    render(<SecondCopyPanel />);
    expect(screen.getByText(/hij bewaart één kopie/)).toBeInTheDocument();
    // and does not claim two copies in its introduction
    expect(
      screen.getByText(/Deze browser biedt dat bestandssysteem niet \(of het werkt hier niet\)/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/De app bewaart alles twee keer/)).toBeNull();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says so in English too', async () => {
    await chooseLanguage('en');
    updateSecondCopyStatus({ kind: 'none', rebuilt: null, skipped: 0, isFailing: false });
    render(<SecondCopyPanel />);
    expect(screen.getByText(/it keeps one copy/)).toBeInTheDocument();
    expect(screen.getByText(/This browser does not offer that file system/)).toBeInTheDocument();
  });
});
