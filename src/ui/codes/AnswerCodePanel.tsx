import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  encodeResponseCode,
  responseCodeBlocks,
  responseCodeQr,
} from '../../domain/files/response-code';
import type { ResponseFile } from '../../domain/files/response-file';
import type { Answers, Questionnaire } from '../../domain/questionnaire/schema';
import { QrCode } from './QrCode';
import { jsonFileText } from '../download';
import { canShareFile, shareData } from '../share';

type Props = {
  questionnaire: Questionnaire;
  answers: Answers;
  /** builds the response file for these answers at the given time */
  buildFile: (answers: Answers, submittedAt: string) => ResponseFile;
  fileName: string;
  onDownload: () => void;
  /** called when a code is shown (pass a stable function): the member's device notes that the answers were offered */
  onCodeShown?: () => void;
};

/** The end of the scan on the respondent's own phone: the answers as one QR code, shared or saved as a file. */
export function AnswerCodePanel({
  questionnaire,
  answers,
  buildFile,
  fileName,
  onDownload,
  onCodeShown,
}: Props) {
  const { t } = useTranslation();
  const [submittedAt] = useState(() => new Date().toISOString());
  const [status, setStatus] = useState('');
  const file = useMemo(() => buildFile(answers, submittedAt), [buildFile, answers, submittedAt]);
  const code = useMemo(() => encodeResponseCode({ file, questionnaire }), [file, questionnaire]);
  const shared = useMemo(
    () => new File([jsonFileText(file)], fileName, { type: 'application/json' }),
    [file, fileName],
  );
  const fits = code.length <= responseCodeQr.maxLength;
  useEffect(() => {
    if (fits) onCodeShown?.();
  }, [code, fits, onCodeShown]);

  async function share() {
    if (!(await shareData({ files: [shared], title: fileName })))
      setStatus(t('phones.shareFailed'));
  }

  return (
    <div className="panel">
      <h3>{t('phones.answer.title')}</h3>
      {fits ? (
        <>
          <p>{t('phones.answer.help')}</p>
          <QrCode
            text={code}
            what={t('phones.answer.qrWhat')}
            ecc={responseCodeQr.errorCorrection}
          />
          <details>
            <summary>{t('phones.answer.codeLabel')}</summary>
            <p className="code-text code-blocks" data-testid="answer-code">
              {responseCodeBlocks(code)}
            </p>
            <p className="muted">{t('phones.answer.blocksHint')}</p>
          </details>
        </>
      ) : (
        <p className="notice">{t('phones.answer.tooLong')}</p>
      )}
      <p className="actions">
        {canShareFile(shared) ? (
          <button type="button" className="button" onClick={() => void share()}>
            {t('phones.answer.shareFile')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onDownload}>
          {t('invitation.saveResponseFile')}
        </button>
      </p>
      <p role="status" className="muted">
        {status}
      </p>
    </div>
  );
}
