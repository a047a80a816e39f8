import { useTranslation } from 'react-i18next';
import type { FsqcaResult } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';
import { ThresholdNote } from './ThresholdNote';
import { ScrollRegion } from '../../../ui/ScrollRegion';

// the ids of cases at 0.5 listed on screen; all of them are in the fsQCA export
const halfShown = 100;

/** The 2^5 configurations with n, raw consistency, PRI and whether the row meets the thresholds. */
export function TruthTable({ fsqca }: { fsqca: FsqcaResult }) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  return (
    <section aria-labelledby="truth-title" className="research-panel">
      <h3 id="truth-title">{t('researchScreen.fsqca.truthTitle')}</h3>
      <p>{t('researchScreen.fsqca.truthHelp')}</p>
      <ScrollRegion label={t('researchScreen.fsqca.truthTitle')}>
        <table className="table research-numbers research-truth">
          <thead>
            <tr>
              {fsqca.conditionIds.map((id) => (
                <th scope="col" key={id}>
                  {format.condition(id)}
                </th>
              ))}
              <th scope="col">{t('researchScreen.stats.n')}</th>
              <th scope="col">{t('researchScreen.fsqca.consistency')}</th>
              <th scope="col">{t('researchScreen.fsqca.pri')}</th>
              <th scope="col">{t('researchScreen.fsqca.meets')}</th>
            </tr>
          </thead>
          <tbody>
            {fsqca.truthTable.map((row) => (
              <tr key={row.key} className={row.outcome === 1 ? 'research-truth__meets' : undefined}>
                {row.configuration.map((bit, index) => (
                  <td key={fsqca.conditionIds[index]}>{bit}</td>
                ))}
                <td>{format.number(row.n, 0)}</td>
                <td>{format.number(row.consistency, 3)}</td>
                <td>{format.number(row.pri, 3)}</td>
                <td>
                  {t(
                    `researchScreen.fsqca.rowOutcome.${row.outcome === null ? 'remainder' : row.outcome}`,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="muted">{t('researchScreen.fsqca.meetsHelp')}</p>
      <ThresholdNote fsqca={fsqca} />
      <h4>{t('researchScreen.fsqca.halfTitle', { count: fsqca.atCrossover.length })}</h4>
      {fsqca.atCrossover.length === 0 ? (
        <p className="muted">{t('researchScreen.fsqca.halfNone')}</p>
      ) : (
        <details>
          <summary>{t('researchScreen.fsqca.halfShow')}</summary>
          <ul className="research-half">
            {fsqca.atCrossover.slice(0, halfShown).map((id) => (
              <li key={id}>
                <code>{id.slice(0, 12)}</code>
              </li>
            ))}
          </ul>
          {fsqca.atCrossover.length > halfShown ? (
            <p className="muted">
              {t('researchScreen.outcomeCheck.more', {
                count: fsqca.atCrossover.length - halfShown,
              })}
            </p>
          ) : null}
        </details>
      )}
    </section>
  );
}
