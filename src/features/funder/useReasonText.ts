import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLocale } from '../../i18n/ui-language';
import type { CriterionFail } from '../../domain/screening/criteria';
import type { ScreenReason, ScreenStatus } from '../../domain/screening/screen-status';
import {
  criterionFailText,
  screenReasonText,
  screenStatusText,
  type ReasonWording,
} from '../../wording/screen-reason-text';

/**
 * Words screening reasons, criteria fails and statuses in the UI language. `conditionName` gives a
 * condition's title (e.g. from the questionnaire); without it the id is shown.
 */
export function useReasonText(conditionName?: (id: string) => string) {
  const { t, i18n } = useTranslation();
  const wording = useMemo<ReasonWording>(() => {
    const numbers = new Intl.NumberFormat(uiLocale(i18n), { maximumFractionDigits: 3 });
    return {
      t: (key, values) => t(key, values ?? {}),
      conditionName,
      formatNumber: (value) => numbers.format(value),
    };
  }, [t, i18n, conditionName]);
  return {
    reasonText: useCallback((reason: ScreenReason) => screenReasonText(reason, wording), [wording]),
    failText: useCallback((fail: CriterionFail) => criterionFailText(fail, wording), [wording]),
    statusText: useCallback((status: ScreenStatus) => screenStatusText(status, wording), [wording]),
  };
}
