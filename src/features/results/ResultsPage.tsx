import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { AnonymiseForResearch } from './AnonymiseForResearch';
import { buildReportModel } from '../../report/report-model';
import { downloadText, safeFileName } from '../../ui/download';
import { NotFoundNotice } from '../../ui/NotFoundNotice';
import { PageTitle } from '../../ui/PageTitle';
import { respondentName } from '../../ui/respondent-name';
import { ConditionCard } from './ConditionCard';
import { ConditionRadar } from './ConditionRadar';
import { PathVerdictPanel } from './PathVerdictPanel';
import { ReportDownloads } from './ReportDownloads';
import { TraitsTable } from './TraitsTable';
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
  // the radar shows what the report model says, the same as the PDF's radar
  const radarRows = model.summary.radar.axes.map((axis) => ({
    title: axis.label,
    score: axis.score,
    q1: axis.spread?.low ?? null,
    q3: axis.spread?.high ?? null,
  }));
  const hasSpread = model.summary.radar.hasSpread;

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

      <div className="results__summary">
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">{model.summary.heading}</h2>
          <p>{model.summary.intro}</p>
          <ConditionRadar
            rows={radarRows}
            showSpread={hasSpread}
            legend={model.summary.radarLegend}
          />
          {hasSpread ? <p className="muted">{model.summary.spreadNote}</p> : null}
        </section>
        <section aria-labelledby="scores-title">
          <h2 id="scores-title">{t('results.scoresTitle')}</h2>
          <div className="table-scroll" tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('results.columns.condition')}</th>
                  <th scope="col">{t('results.columns.score')}</th>
                  <th scope="col">{t('results.columns.band')}</th>
                  <th scope="col">{t('results.columns.spread')}</th>
                </tr>
              </thead>
              <tbody>
                {model.summary.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.title}</th>
                    <td>{row.scoreText}</td>
                    <td>{row.bandLabel}</td>
                    <td>{row.iqrText}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>

      <PathVerdictPanel verdict={model.verdict} />

      <section aria-labelledby="conditions-title">
        <h2 id="conditions-title">{model.conditionsHeading}</h2>
        <p>{model.conditionsIntro}</p>
        <div className="condition-grid">
          {model.conditions.map((section) => (
            <ConditionCard key={section.id} section={section} />
          ))}
        </div>
      </section>

      <TraitsTable traits={model.traits} />

      <TrendsPanel collectiveId={bundle.scan.collectiveId} />

      <section aria-labelledby="respondents-title">
        <h2 id="respondents-title">{model.appendix.respondentsHeading}</h2>
        <p>{model.appendix.respondentsIntro}</p>
        <ul>
          {model.appendix.roles.map((role) => (
            <li key={role.label}>
              {role.label}: {role.count}
              {role.names.length > 0 ? ` (${role.names.join(', ')})` : ''}
            </li>
          ))}
        </ul>
      </section>

      <details className="method">
        <summary>{model.method.heading}</summary>
        {model.method.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p className="muted">{model.method.anchorsNote}</p>
        {model.method.references.map((reference) => (
          <p key={reference} className="muted">
            {reference}
          </p>
        ))}
      </details>
    </section>
  );
}
