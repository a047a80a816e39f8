import { useTranslation } from 'react-i18next';
import type { FsqcaFigures } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';
import { ThresholdNote } from './ThresholdNote';

/** The 2^5 configurations with n, raw consistency, PRI and whether the row meets the thresholds. */
export function TruthTable({ fsqca }: { fsqca: FsqcaFigures }) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  return (
    <section aria-labelledby="truth-title" className="research-panel">
      <h3 id="truth-title">{t('researchScreen.fsqca.truthTitle')}</h3>
      <p>{t('researchScreen.fsqca.truthHelp')}</p>
      <div className="table-scroll">
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
              <tr
                key={row.configuration.join('')}
                className={row.meetsThresholds ? 'research-truth__meets' : undefined}
              >
                {row.configuration.map((bit, index) => (
                  <td key={fsqca.conditionIds[index]}>{bit}</td>
                ))}
                <td>{row.n}</td>
                <td>{format.number(row.consistency, 3)}</td>
                <td>{format.number(row.pri, 3)}</td>
                <td>{row.meetsThresholds ? t('researchScreen.yes') : t('researchScreen.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ThresholdNote thresholds={fsqca.thresholds} outcome={fsqca.outcomeLabel} />
      <h4>{t('researchScreen.fsqca.halfTitle', { count: fsqca.atHalf.length })}</h4>
      {fsqca.atHalf.length === 0 ? (
        <p className="muted">{t('researchScreen.fsqca.halfNone')}</p>
      ) : (
        <ul className="research-half">
          {fsqca.atHalf.slice(0, 100).map((id) => (
            <li key={id}>
              <code>{id.slice(0, 12)}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
