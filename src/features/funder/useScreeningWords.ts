import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../ui/useFormatNumber';
import { useReasonText } from './useReasonText';
import { useScreeningVocabulary } from './useScreeningVocabulary';

/** Words screening reasons and failed criteria in the UI language, naming conditions by their title. */
export function useScreeningWords() {
  const { t } = useTranslation();
  const vocabulary = useScreeningVocabulary();
  const { reasonText, failText } = useReasonText(vocabulary.conditionTitle);
  const formatNumber = useFormatNumber();
  const statedScore = useCallback(
    (stated: number | null) =>
      t('funder.statedScore', { stated: stated === null ? '–' : formatNumber(stated) }),
    [t, formatNumber],
  );
  return { reason: reasonText, fail: failText, statedScore, formatNumber };
}
