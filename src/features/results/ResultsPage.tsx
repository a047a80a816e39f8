import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { AnonymiseForResearch } from './AnonymiseForResearch';
import { buildReportModel } from '../../report/model/report-model';
import { downloadText, safeFileName } from '../../ui/download';
import { NotFoundNotice } from '../../ui/NotFoundNotice';
import { PageTitle } from '../../ui/PageTitle';
import { BackupReminder } from '../../ui/BackupReminder';
import { respondentName } from '../../ui/respondent-name';
import { ResultsView } from '../../ui/results/ResultsView';
import { ReportDownloads } from './ReportDownloads';
import { TrendsPanel } from './TrendsPanel';
import { useScanResult } from './useScanResult';

/** The result of a scan: radar, routes to durability, one card per condition, traits, and the report. */
export function ResultsPage({ params }: { params: { scanId: string } }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const state = useScanResult(params.scanId);
  const [withNames, setWithNames] = useState(false);
  const ready = state.state === 'ready' ? state : null;
  const names = useMemo(
    () =>
      ready
        ? Object.fromEntries(ready.bundle.responses.map((r) => [r.id, respondentName(t, r)]))
        : {},
    [ready, t],
  );
  const model = useMemo(
    () =>
      ready
        ? buildReportModel({
            result: ready.result,
            questionnaire: ready.entry.questionnaire,
            language,
            ...(withNames ? { respondentNames: names } : {}),
          })
        : null,
    [ready, language, withNames, names],
  );

  if (state.state === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.state === 'missing') return <NotFoundNotice />;
  if (state.state === 'problem' || !model || !ready) {
    return (
      <p role="alert" className="field__error">
        {state.state === 'problem' ? state.message : ''}
      </p>
    );
  }
  const { result, bundle } = ready;

  return (
    <section aria-labelledby="page-title" className="results">
      <p className="breadcrumb">
        <Link href={`/collectives/${bundle.scan.collectiveId}`}>{model.cover.collectiveName}</Link>
        {' › '}
        <Link href={`/scans/${bundle.scan.id}`}>{bundle.scan.label}</Link>
      </p>
      <PageTitle>{t('results.title', { label: bundle.scan.label })}</PageTitle>
      <p className="muted">
        {model.cover.date} · {model.cover.questionnaire} ·{' '}
        {t('results.respondents', { count: bundle.responses.length })} · {t('results.digest')}{' '}
        <code>{model.cover.digestPrefix}</code>
      </p>
      {bundle.scan.status === 'open' ? <p className="notice">{t('results.openNotice')}</p> : null}
      <BackupReminder closedAt={bundle.scan.closedAt} />

      <ReportDownloads
        result={result}
        questionnaire={ready.entry.questionnaire}
        language={language}
        withNames={withNames}
        onWithNamesChange={setWithNames}
        respondentNames={names}
        onDownloadResult={() =>
          downloadText({
            fileName: `resultaat-${safeFileName(model.cover.collectiveName)}-${safeFileName(bundle.scan.label)}.json`,
            text: `${JSON.stringify(result, null, 2)}\n`,
          })
        }
      >
        <AnonymiseForResearch
          result={result}
          questionnaire={ready.entry.questionnaire}
          collectiveId={bundle.scan.collectiveId}
        />
      </ReportDownloads>

      <ResultsView
        model={model}
        afterTraits={<TrendsPanel collectiveId={bundle.scan.collectiveId} />}
      />
    </section>
  );
}
