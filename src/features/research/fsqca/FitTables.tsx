import { useTranslation } from 'react-i18next';
import type { FsqcaResult, SetRelation } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';
import { ThresholdNote } from './ThresholdNote';
import { ScrollRegion } from '../../../ui/ScrollRegion';

function FitTable({
  rows,
  what,
  caption,
}: {
  rows: ({ label: string } & SetRelation)[];
  what: string;
  caption: string;
}) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  return (
    <ScrollRegion label={caption}>
      <table className="table research-numbers">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{what}</th>
            <th scope="col">{t('researchScreen.fsqca.consistency')}</th>
            <th scope="col">{t('researchScreen.fsqca.coverage')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{format.number(row.consistency, 3)}</td>
              <td>{format.number(row.coverage, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Sufficiency of routes A and B, and necessity of each condition with culture first. */
export function FitTables({ fsqca }: { fsqca: FsqcaResult }) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  const necessity = [...fsqca.necessity].sort(
    (a, b) => Number(format.necessary.includes(b.id)) - Number(format.necessary.includes(a.id)),
  );
  return (
    <section aria-labelledby="fit-title" className="research-panel">
      <h3 id="fit-title">{t('researchScreen.fsqca.fitTitle')}</h3>
      <FitTable
        caption={t('researchScreen.fsqca.sufficiencyCaption')}
        what={t('researchScreen.fsqca.route')}
        rows={fsqca.sufficiency.map((route) => ({ ...route, label: format.route(route.id) }))}
      />
      <FitTable
        caption={t('researchScreen.fsqca.necessityCaption')}
        what={t('researchScreen.stats.condition')}
        rows={necessity.map((row) => ({ ...row, label: format.condition(row.id) }))}
      />
      <ThresholdNote fsqca={fsqca} />
    </section>
  );
}
