import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguage } from '../../i18n/ui-language';
import { Link } from 'wouter';
import { buildReportModel } from '../../report/model/report-model';
import { useApplicant } from '../../storage/hooks/useApplicants';
import { PageTitle } from '../../ui/PageTitle';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
import { ResultsView } from '../../ui/results/ResultsView';
import { FindingsPanel } from './FindingsPanel';
import { NoteEditor } from './NoteEditor';
import { StatedScoresTable } from './StatedScoresTable';
import { useCheckedScores } from './useCheckedScores';

/**
 * One applicant: the verification findings first, the funder's note, then the collective's own
 * results view, drawn from the checked scores: a changed file's re-scored ones (its stated ones only
 * beside them, marked), none for a questionnaire this app does not know.
 */
export function ApplicantPage({ params }: { params: { id: string } }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n);
  const registry = useQuestionnaireRegistry();
  const applicant = useApplicant(params.id);
  const checkScores = useCheckedScores();
  const checked = useMemo(
    () => (applicant ? checkScores(applicant) : null),
    [applicant, checkScores],
  );
  const model = useMemo(() => {
    if (!applicant || !checked?.scores) return null;
    const resolved = registry.resolve(applicant.result.questionnaire);
    if (!resolved.ok) return null;
    return buildReportModel({
      result: { ...applicant.result, scores: checked.scores },
      questionnaire: resolved.entry.questionnaire,
      language,
    });
  }, [applicant, checked, registry, language]);

  if (applicant === undefined) return <p role="status">{t('app.loading')}</p>;
  const back = (
    <p className="breadcrumb">
      <Link href="/">{t('funder.backToScreening')}</Link>
    </p>
  );
  if (applicant === null) {
    return (
      <section aria-labelledby="page-title">
        {back}
        <PageTitle>{t('funder.detail.missing')}</PageTitle>
      </section>
    );
  }
  const name = applicant.result.collective.name ?? t('funder.noName');
  return (
    <section aria-labelledby="page-title" className="results funder-detail">
      {back}
      <PageTitle>{name}</PageTitle>
      {model ? (
        <p className="muted">
          {model.cover.date} · {model.cover.questionnaire} ·{' '}
          {t('results.respondents', { count: applicant.result.responses.length })} ·{' '}
          {t('results.digest')} <code>{model.cover.digestPrefix}</code>
        </p>
      ) : null}
      <FindingsPanel applicant={applicant} />
      {checked?.differs && checked.scores ? (
        <StatedScoresTable stated={checked.stated} recomputed={checked.scores} />
      ) : null}
      <NoteEditor key={applicant.id} applicantId={applicant.id} note={applicant.note} />
      {model ? (
        <ResultsView model={model} />
      ) : (
        <p className="notice">
          {applicant.status === 'newer-questionnaire'
            ? t('funder.detail.needsUpdate')
            : t('funder.detail.noModel')}
        </p>
      )}
    </section>
  );
}
