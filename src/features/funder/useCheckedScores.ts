import { useCallback } from 'react';
import type { Applicant } from '../../domain/screening/applicant';
import { checkedScores, type CheckedScores } from '../../domain/screening/checked-scores';
import { useQuestionnaireRegistry } from '../../ui/registry-context';

/** The scores an applicant may be shown with (checkedScores): re-scored when changed, none when unknown. */
export function useCheckedScores(): (applicant: Applicant) => CheckedScores {
  const registry = useQuestionnaireRegistry();
  return useCallback(
    (applicant) => checkedScores({ status: applicant.status, result: applicant.result, registry }),
    [registry],
  );
}
