import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Applicant } from '../../domain/screening/applicant';
import { useApplicantsById } from '../../storage/hooks/useApplicants';
import { displayScore } from '../../domain/scoring/display';
import { PageTitle } from '../../ui/PageTitle';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { CompareRadar, seriesStyles } from './CompareRadar';
import { useScreeningVocabulary } from './useScreeningVocabulary';
import { maxCompared } from './ScreeningPage';
import { useCheckedScores } from './useCheckedScores';
import { useFormatNumber } from '../../ui/useFormatNumber';

/**
 * Up to four applicants side by side, in the order chosen in the table: one radar with a series each,
 * and their checked scores in a table (a changed file re-scored, none for an unknown questionnaire).
 */
export function ComparePage({ params }: { params: { ids: string } }) {
  const { t } = useTranslation();
  const checkScores = useCheckedScores();
  const formatNumber = useFormatNumber();
  const vocabulary = useScreeningVocabulary();
  const ids = params.ids.split(',').filter(Boolean).slice(0, maxCompared);
  const applicants = useApplicantsById(ids);

  const back = (
    <p className="breadcrumb">
      <Link href="/">{t('funder.backToScreening')}</Link>
    </p>
  );
  if (!applicants) return <p role="status">{t('app.loading')}</p>;
  const conditions = Object.keys(applicants[0]?.result.scores.conditions ?? {});
  const name = (a: Applicant) => a.result.collective.name ?? t('funder.noName');
  const checked = applicants.map((a) => checkScores(a).scores);
  const series = applicants.map((a, index) => ({
    id: a.id,
    name: name(a),
    style: seriesStyles[index % seriesStyles.length]!,
    scores: Object.fromEntries(
      conditions.map((c) => [c, displayScore(checked[index]?.conditions[c]?.score ?? null)]),
    ),
  }));
  const shown = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : formatNumber(value);
  const yesNo = (value: boolean) => (value ? t('funder.yes') : t('funder.no'));

  return (
    <section aria-labelledby="page-title" className="funder-compare">
      {back}
      <PageTitle>{t('funder.compareTitle')}</PageTitle>
      {applicants.length < 2 ? <p className="notice">{t('funder.compareTooFew')}</p> : null}
      <CompareRadar
        conditions={conditions.map((id) => ({ id, title: vocabulary.conditionTitle(id) }))}
        series={series}
      />
      <ScrollRegion label={t('funder.compareTable')}>
        <table className="table compare-table">
          <caption>{t('funder.compareTable')}</caption>
          <thead>
            <tr>
              <td />
              {series.map((s) => (
                <th key={s.id} scope="col">
                  <span aria-hidden="true" className="swatch-label">
                    {s.style.mark}
                  </span>{' '}
                  <Link href={`/applicants/${s.id}`}>{s.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {conditions.map((c) => (
              <tr key={c}>
                <th scope="row">{vocabulary.conditionTitle(c)}</th>
                {series.map((s) => (
                  <td key={s.id}>{shown(s.scores[c])}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('funder.columns.routeFit')}</th>
              {applicants.map((a, index) => {
                const scores = checked[index];
                const fits = Object.entries(scores?.paths ?? {}).filter(([, p]) => p.fits);
                return (
                  <td key={a.id}>
                    {!scores
                      ? '–'
                      : fits.length === 0
                        ? t('funder.routeNone')
                        : fits.map(([id]) => id).join(' + ')}
                  </td>
                );
              })}
            </tr>
            <tr>
              <th scope="row">{t('funder.columns.necessaryMet')}</th>
              {applicants.map((a, index) => {
                const scores = checked[index];
                return (
                  <td key={a.id}>{scores ? yesNo(scores.necessaryMissing.length === 0) : '–'}</td>
                );
              })}
            </tr>
            <tr>
              <th scope="row">{t('funder.columns.respondents')}</th>
              {applicants.map((a) => (
                <td key={a.id}>{formatNumber(a.result.responses.length)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('funder.columns.status')}</th>
              {applicants.map((a) => (
                <td key={a.id}>{t(`screeningReasons.status.${a.status}`)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
