import { useTranslation } from 'react-i18next';
import type { Thresholds } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';

/** The thresholds and outcome a figure was computed with; shown under every fsQCA table. */
export function ThresholdNote({
  thresholds,
  outcome,
}: {
  thresholds: Thresholds;
  outcome: string;
}) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  return (
    <p className="muted research-thresholds">
      {t('researchScreen.fsqca.thresholdNote', {
        frequency: thresholds.frequency,
        consistency: format.number(thresholds.consistency, 2),
        outcome,
      })}
    </p>
  );
}
