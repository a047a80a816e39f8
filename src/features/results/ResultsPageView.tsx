import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { BackupReminder } from '../../ui/BackupReminder';
import { downloadText } from '../../ui/download';
import { lazyWithTexts } from '../../ui/lazy-with-texts';
import { PageTitle } from '../../ui/PageTitle';
import { ResultsView } from '../../ui/results/ResultsView';
import { ReportExports } from './ReportExports';
import type { ResultsPageModel } from './results-page-model';
import { TrendsPanel } from './TrendsPanel';
import { useTrendCharts } from './useTrendCharts';
import { anonymiseTexts } from './research-texts';

// sharing for research (its code, and the research section's texts in both languages) loads beside
// the chart, not before it
const AnonymiseForResearch = lazyWithTexts(
  () => import('./AnonymiseForResearch').then((m) => m.AnonymiseForResearch),
  anonymiseTexts,
);

type Props = {
  page: ResultsPageModel;
  withNames: boolean;
  onWithNamesChange: (withNames: boolean) => void;
};

/** Draws the result of a scan as assembled: where it belongs, the downloads, the report and the trends. */
export function ResultsPageView({ page, withNames, onWithNamesChange }: Props) {
  const { t } = useTranslation();
  const { report, scan, result, questionnaire } = page;
  const trends = useTrendCharts(scan.collectiveId);

  return (
    <section aria-labelledby="page-title" className="results">
      <p className="breadcrumb">
        <Link href={`/collectives/${scan.collectiveId}`}>{report.cover.collectiveName}</Link>
        {' › '}
        <Link href={`/scans/${scan.id}`}>{scan.label}</Link>
      </p>
      <PageTitle>{t('results.title', { label: scan.label })}</PageTitle>
      <p className="muted">
        {report.cover.date} · {report.cover.questionnaire} ·{' '}
        {t('results.respondents', { count: page.respondentCount })} · {t('results.digest')}{' '}
        <code>{report.cover.digestPrefix}</code>
      </p>
      {scan.status === 'open' ? <p className="notice">{t('results.openNotice')}</p> : null}
      <BackupReminder closedAt={scan.closedAt} />

      <ReportExports
        result={result}
        questionnaire={questionnaire}
        language={page.language}
        withNames={withNames}
        onWithNamesChange={onWithNamesChange}
        respondentNames={page.respondentNames}
        trends={trends}
        onDownloadResult={() => downloadText(page.resultFile)}
      >
        <AnonymiseForResearch result={result} questionnaire={questionnaire} />
      </ReportExports>

      <ResultsView
        model={report}
        afterTraits={<TrendsPanel collectiveId={scan.collectiveId} trends={trends} />}
      />
    </section>
  );
}
