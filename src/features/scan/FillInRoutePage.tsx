import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AnswerValue } from '../../domain/questionnaire/schema';
import { buildResponseFile } from '../../domain/files/response-file';
import { saveAnswer } from '../../storage/device/scans';
import { useResponse } from '../../storage/hooks/useResponse';
import { downloadJson, safeFileName } from '../../ui/download';
import { NotFoundNotice } from '../../ui/NotFoundNotice';
import { PageTitle } from '../../ui/PageTitle';
import { FillIn } from './FillIn';
import { useScanData } from '../../ui/useScanData';
import { respondentName } from '../../ui/respondent-name';

type Params = { scanId: string; responseId: string; pageId?: string; itemId?: string };

/** A respondent filling in on the coordinator's device. */
export function FillInRoutePage({ params }: { params: Params }) {
  const { t } = useTranslation();
  const data = useScanData(params.scanId);
  const response = useResponse(params.responseId);
  const write = useCallback(
    (itemId: string, value: AnswerValue | undefined) =>
      saveAnswer({ responseId: params.responseId, itemId, value }),
    [params.responseId],
  );
  if (data === undefined || response === undefined) return null;
  if (data === null || response === null || response.scanId !== params.scanId)
    return <NotFoundNotice />;
  if (!data.entry) {
    return (
      <p role="alert" className="field__error">
        {data.questionnaireProblem}
      </p>
    );
  }
  const scanPath = `/scans/${params.scanId}`;
  return (
    <section aria-labelledby="page-title">
      <p className="breadcrumb">
        <Link href={scanPath}>{data.scan.label}</Link>
      </p>
      <PageTitle>{t('fillIn.title', { name: respondentName(t, response) })}</PageTitle>
      <FillIn
        questionnaire={data.entry.questionnaire}
        answers={response.answers}
        pageId={params.pageId}
        itemId={params.itemId}
        basePath={`${scanPath}/respond/${params.responseId}`}
        isReadOnly={data.scan.status !== 'open'}
        write={write}
        onDownloadUnsaved={(answers) =>
          downloadJson({
            fileName: `antwoorden-${safeFileName(response.name)}.json`,
            // a real response file, so the coordinator can import it once storage works again
            value: buildResponseFile({
              questionnaire: data.scan.questionnaire,
              scanId: params.scanId,
              respondentId: response.id,
              label: data.scan.label,
              answers,
              submittedAt: new Date().toISOString(),
            }),
          })
        }
        finish={
          <p className="actions">
            <Link href={scanPath} className="button button--primary">
              {t('fillIn.backToScan')}
            </Link>
          </p>
        }
      />
    </section>
  );
}
