import { useReasonText } from './useReasonText';
import { useScreeningVocabulary } from './useScreeningVocabulary';

/** Words screening reasons and failed criteria in the UI language, naming conditions by their title. */
export function useScreeningWords() {
  const vocabulary = useScreeningVocabulary();
  const { reasonText, failText } = useReasonText(vocabulary.conditionTitle);
  return { reason: reasonText, fail: failText };
}
