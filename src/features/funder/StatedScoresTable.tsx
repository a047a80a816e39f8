import { useTranslation } from 'react-i18next';
import type { ScanScores } from '../../domain/scoring/scan-scores-schema';
import { displayScore } from '../../domain/scoring/display';
import { StatedScore } from './StatedScore';
import { useScreeningVocabulary } from './useScreeningVocabulary';
import { useScreeningWords } from './useScreeningWords';

/** A changed file's re-scored scores per condition, with what the file states beside each that differs. */
export function StatedScoresTable({
  stated,
  recomputed,
}: {
  stated: ScanScores;
  recomputed: ScanScores;
}) {
  const { t } = useTranslation();
  const vocabulary = useScreeningVocabulary();
  const words = useScreeningWords();
  const shown = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : words.formatNumber(value);
  return (
    <section aria-labelledby="stated-title" className="findings findings--problem">
      <h2 id="stated-title">{t('funder.detail.statedTitle')}</h2>
      <p>{t('funder.detail.recomputedLine')}</p>
      <table className="table stated-table">
        <caption className="visually-hidden">{t('funder.detail.statedCaption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('funder.detail.recomputedColumn')}</th>
            <th scope="col">{t('funder.detail.statedColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(recomputed.conditions).map(([id, score]) => {
            const mine = displayScore(score.score);
            const theirs = displayScore(stated.conditions[id]?.score ?? null);
            return (
              <tr key={id}>
                <th scope="row">{vocabulary.conditionTitle(id)}</th>
                <td>{shown(mine)}</td>
                <td>{theirs === mine ? shown(theirs) : <StatedScore stated={theirs} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
