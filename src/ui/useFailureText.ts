import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { failureOf } from './failure-kind';

/** Words an unexpected error in the UI language: what happened and what to do, then the browser's detail. */
export function useFailureText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const failure = failureOf(error);
      // the first load carries only the shell's words (load-failed, other); the rest come with the
      // app's texts, which a section that failed early may not have
      const { kind, detail } = i18n.exists(`failure.${failure.kind}`)
        ? failure
        : { ...failure, kind: 'other' as const };
      const text = t(`failure.${kind}`);
      return kind === 'other' || kind === 'load-failed'
        ? `${text} ${t('failure.detail', { detail })}`
        : text;
    },
    [t, i18n],
  );
}
