import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { SaveStatusLine } from './SaveStatusLine';
import { saveFailureOf } from './useAnswerSaver';
import { chooseLanguage, initI18n } from '../../i18n';

describe('a full device', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it.each([
    [new DOMException('full', 'QuotaExceededError'), 'quota'],
    [
      Object.assign(new Error('x'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }),
      'quota',
    ],
    [new Error('something else'), 'other'],
    [null, 'other'],
  ])('%o is a %s failure', (error, failure) => {
    expect(saveFailureOf(error)).toBe(failure);
  });

  it('is named as such, with the answers still on screen and a download', () => {
    render(
      <SaveStatusLine
        status={{ state: 'error', reason: 'quota', message: 'QuotaExceededError' }}
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
