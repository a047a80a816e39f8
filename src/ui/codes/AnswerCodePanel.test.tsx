import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleRef } from '../../../tests/support/fixtures';
import { selfScanV1 } from '../../../tests/support/questionnaires';
import { buildResponseFile } from '../../domain/files/response-file';
import type { Answers } from '../../domain/questionnaire/schema';
import { chooseLanguage, initI18n } from '../../i18n';
import { AnswerCodePanel } from './AnswerCodePanel';

beforeEach(async () => {
  initI18n('nl');
  await chooseLanguage('nl');
});

const buildFile = (answers: Answers, submittedAt: string) =>
  buildResponseFile({
    questionnaire: exampleRef,
    scanId: 'scan-1',
    respondentId: 'resp-1',
    answers,
    submittedAt,
  });

describe('AnswerCodePanel', () => {
  it('tells its page once per code shown, so the member can later see the answers were offered', () => {
    const onCodeShown = vi.fn();
    const props = {
      questionnaire: selfScanV1,
      buildFile,
      fileName: 'antwoorden.json',
      onDownload: () => {},
      onCodeShown,
    };
    const { rerender } = render(<AnswerCodePanel {...props} answers={{ culture_1: 4 }} />);
    expect(screen.getByTestId('answer-code').textContent).toMatch(/^CKR2:/);
    expect(onCodeShown).toHaveBeenCalledTimes(1);
    // the same answers again (a live query re-read them): no second note
    rerender(<AnswerCodePanel {...props} answers={{ culture_1: 4 }} />);
    expect(onCodeShown).toHaveBeenCalledTimes(1);
    rerender(<AnswerCodePanel {...props} answers={{ culture_1: 5 }} />);
    expect(onCodeShown).toHaveBeenCalledTimes(2);
  });
});
