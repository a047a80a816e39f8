import { useTranslation } from 'react-i18next';
import type { FsqcaResult } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';

/** The thresholds and outcome a figure was computed with; shown under every fsQCA table. */
export function ThresholdNote({ fsqca }: { fsqca: FsqcaResult }) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  const { outcome, thresholds } = fsqca;
  const outcomeText =
    outcome.kind === 'values'
      ? outcome.label
      : t('researchScreen.fsqca.profileOutcome', {
          variable: t(`researchScreen.outcome.variables.${outcome.variable}`),
          exclusion: format.number(outcome.anchors.exclusion, 1),
          crossover: format.number(outcome.anchors.crossover, 1),
          inclusion: format.number(outcome.anchors.inclusion, 1),
        });
  return (
    <p className="muted research-thresholds">
      {t('researchScreen.fsqca.thresholdNote', {
        frequency: thresholds.frequency,
        consistency: format.number(thresholds.consistency, 2),
        outcome: outcomeText,
        n: fsqca.n,
      })}
    </p>
  );
}
