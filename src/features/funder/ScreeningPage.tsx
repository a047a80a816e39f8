import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { questionnaireKey } from '../../domain/questionnaire/identity';
import { saveScreeningCriteria } from '../../storage/device/screening';
import { PageTitle } from '../../ui/PageTitle';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
import { useFormatNumber } from '../../ui/useFormatNumber';
import { CriteriaForm } from './CriteriaForm';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { ScreeningFilePanel } from './ScreeningFilePanel';
import { ScreeningTable } from './ScreeningTable';
import { filterRows, sortRows, type Filters, type SortState } from './screening-table';
import { useScreening } from './useScreening';
import { useScreeningColumns } from './useScreeningColumns';
import { useScreeningVocabulary } from './useScreeningVocabulary';

export const maxCompared = 4;

/** The funder's screening: import, criteria, the table of applicants, compare and export. */
export function ScreeningPage({ createWorker }: { createWorker?: () => Worker }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const registry = useQuestionnaireRegistry();
  const formatNumber = useFormatNumber();
  const screening = useScreening();
  const vocabulary = useScreeningVocabulary();
  const latest = registry.latest('ck-selfscan')?.questionnaire;
  const conditionIds = useMemo(() => latest?.conditions.map((c) => c.id) ?? [], [latest]);
  const columns = useScreeningColumns({ conditions: conditionIds, vocabulary });
  const [sort, setSort] = useState<SortState | null>(null);
  const [filters, setFilters] = useState<Filters>({});
  const [selected, setSelected] = useState<string[]>([]);

  const rows = useMemo(() => (screening.state === 'ready' ? screening.rows : []), [screening]);
  const shown = useMemo(
    () => sortRows({ rows: filterRows({ rows, columns, filters }), columns, sort }),
    [rows, columns, filters, sort],
  );
  // compared in the order the table shows them, so the legend and the table agree
  const inTableOrder = (ids: readonly string[]) => [
    ...shown.map((row) => row.applicant.id).filter((id) => ids.includes(id)),
    ...ids.filter((id) => !shown.some((row) => row.applicant.id === id)),
  ];
  const toggle = (id: string) =>
    setSelected((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id]));
  const versions = registry.entries.map((entry) => questionnaireKey(entry.ref));
  const passing = rows.filter((row) => row.outcome.passes).length;

  return (
    <section aria-labelledby="page-title" className="funder">
      <PageTitle>{t('funder.title')}</PageTitle>
      <p className="funder__intro">{t('funder.intro')}</p>

      <ImportPanel createWorker={createWorker} />

      {screening.state === 'ready' ? (
        <>
          <details className="funder-panel criteria-panel">
            <summary>
              <h2>{t('funder.criteria.title')}</h2>
            </summary>
            <CriteriaForm
              criteria={screening.criteria}
              conditions={conditionIds.map((id) => ({ id, title: vocabulary.conditionTitle(id) }))}
              versions={versions}
              onSave={(criteria) => saveScreeningCriteria(criteria)}
            />
          </details>

          <section aria-labelledby="applicants-title" className="funder-panel">
            <h2 id="applicants-title">{t('funder.applicantsTitle')}</h2>
            {rows.length === 0 ? (
              <p>{t('funder.noApplicants')}</p>
            ) : (
              <>
                <div className="table-toolbar">
                  <p role="status" className="table-toolbar__count">
                    {t('funder.countLine', {
                      count: rows.length,
                      shown: formatNumber(shown.length),
                      total: formatNumber(rows.length),
                      passing: t('funder.passingCount', {
                        count: passing,
                        passing: formatNumber(passing),
                      }),
                    })}
                  </p>
                  <button
                    type="button"
                    className="button"
                    disabled={Object.values(filters).every((v) => v === '')}
                    onClick={() => setFilters({})}
                  >
                    {t('funder.clearFilters')}
                  </button>
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={selected.length < 2}
                    onClick={() => navigate(`/compare/${inTableOrder(selected).join(',')}`)}
                  >
                    {t('funder.compare', { count: selected.length })}
                  </button>
                </div>
                <p className="field__hint">{t('funder.compareHint', { max: maxCompared })}</p>
                <ScreeningTable
                  rows={shown}
                  columns={columns}
                  sort={sort}
                  onSort={setSort}
                  filters={filters}
                  onFilter={(id, value) => setFilters((now) => ({ ...now, [id]: value }))}
                  selected={new Set(selected)}
                  onToggle={toggle}
                  isSelectionFull={selected.length >= maxCompared}
                />
              </>
            )}
          </section>

          <ExportPanel shown={shown} all={rows} />
          <ScreeningFilePanel applicants={screening.applicants} criteria={screening.criteria} />
        </>
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </section>
  );
}
