import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipTable as Table } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';
import { ScrollRegion } from '../../../ui/ScrollRegion';

const pageSize = 50;

/** The calibrated memberships, one row per case, a page at a time (there may be 100,000 rows). */
export function MembershipTable({ table }: { table: Table }) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  const [page, setPage] = useState(0);
  const total = table.caseIds.length;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, pages - 1);
  const first = current * pageSize;
  const rows = Array.from({ length: Math.min(pageSize, total - first) }, (_, i) => first + i);
  return (
    <section aria-labelledby="membership-title" className="research-panel">
      <h3 id="membership-title">{t('researchScreen.fsqca.membershipTitle')}</h3>
      <ScrollRegion label={t('researchScreen.fsqca.membershipTitle')}>
        <table className="table research-numbers">
          <caption>
            {t('researchScreen.fsqca.membershipCaption', {
              from: total === 0 ? 0 : first + 1,
              to: first + rows.length,
              total,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('researchScreen.fsqca.case')}</th>
              {table.conditionIds.map((id) => (
                <th scope="col" key={id}>
                  {format.condition(id)}
                </th>
              ))}
              <th scope="col">{t('researchScreen.fsqca.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={table.caseIds[row]}>
                <th scope="row">
                  <code>{(table.pseudonyms[row] ?? table.caseIds[row] ?? '').slice(0, 12)}</code>
                </th>
                {table.conditionIds.map((id) => (
                  <td key={id}>{format.number(table.memberships[id]?.[row], 2)}</td>
                ))}
                <td>{format.number(table.outcome[row], 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <nav className="pager" aria-label={t('researchScreen.fsqca.pages')}>
        <button
          type="button"
          className="button"
          disabled={current === 0}
          onClick={() => setPage(current - 1)}
        >
          {t('researchScreen.fsqca.previous')}
        </button>
        <span>{t('researchScreen.fsqca.page', { page: current + 1, pages })}</span>
        <button
          type="button"
          className="button"
          disabled={current >= pages - 1}
          onClick={() => setPage(current + 1)}
        >
          {t('researchScreen.fsqca.next')}
        </button>
      </nav>
    </section>
  );
}
