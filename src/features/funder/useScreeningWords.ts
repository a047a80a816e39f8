import { useTranslation } from 'react-i18next';
import type { CriterionFail } from '../../domain/screening/criteria';
import type { ScreenReason } from '../../domain/screening/screen-status';

/** Words a screening reason or a failed criterion in the UI language. */
export function useScreeningWords() {
  const { t } = useTranslation();
  return {
    reason: (reason: ScreenReason) => t(`screeningReasons.${reason.code}`, { ...reason }),
    fail: (fail: CriterionFail) => t(`criteriaFails.${fail.code}`, { ...fail }),
  };
}
