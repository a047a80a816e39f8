import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FsqcaFigures } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';

const pageSize = 50;

/** The calibrated memberships, one row per result, a page at a time (there may be 100,000 rows). */
export function MembershipTable({ fsqca }: { fsqca: FsqcaFigures }) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(fsqca.memberships.length / pageSize));
  const current = Math.min(page, pages - 1);
  const rows = fsqca.memberships.slice(current * pageSize, (current + 1) * pageSize);
  return (
    <section aria-labelledby="membership-title" className="research-panel">
      <h3 id="membership-title">{t('researchScreen.fsqca.membershipTitle')}</h3>
      <div className="table-scroll">
        <table className="table research-numbers">
          <caption>
            {t('researchScreen.fsqca.membershipCaption', {
              from: fsqca.memberships.length === 0 ? 0 : current * pageSize + 1,
              to: current * pageSize + rows.length,
              total: fsqca.memberships.length,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('researchScreen.fsqca.case')}</th>
              {fsqca.conditionIds.map((id) => (
                <th scope="col" key={id}>
                  {format.condition(id)}
                </th>
              ))}
              <th scope="col">{fsqca.outcomeLabel}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <code>{(row.pseudonym ?? row.id).slice(0, 12)}</code>
                </th>
                {row.memberships.map((value, index) => (
                  <td key={fsqca.conditionIds[index]}>{format.number(value, 2)}</td>
                ))}
                <td>{format.number(row.outcome, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
