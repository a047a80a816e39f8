import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { SaveStatusLine } from './SaveStatusLine';
import { chooseLanguage, initI18n } from '../../i18n';

describe('a full device', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('is named as such, with the answers still on screen and a download', () => {
    render(
      <SaveStatusLine
        status={{ state: 'error', error: new DOMException('full', 'QuotaExceededError') }}
        hasUnsaved
        onDownload={() => undefined}
        isReadOnly={false}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Dit apparaat is vol: je laatste antwoord kon niet worden opgeslagen. Je antwoorden staan nog op het scherm. Download ze nu als bestand',
    );
    expect(screen.getByRole('button', { name: 'Antwoorden downloaden' })).toBeInTheDocument();
  });
});

describe('a write that failed for another reason', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('is worded in Dutch, with the browser message only as technical detail', () => {
    render(
      <SaveStatusLine
        status={{ state: 'error', error: new Error('Transaction aborted') }}
        hasUnsaved
        onDownload={() => undefined}
        isReadOnly={false}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Je laatste antwoord kon niet worden opgeslagen op dit apparaat',
    );
    expect(alert).toHaveTextContent('Er ging onverwacht iets mis.');
    expect(alert).toHaveTextContent('(Technische melding: Transaction aborted)');
  });
});
