import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { applyUpdate, isUpdateWaiting, subscribeToUpdate } from './register-service-worker';
import { shouldApplyWaitingUpdate } from './update-policy';
import './update-banner.css';

type Props = {
  /** for tests: whether a version waits, and what agreeing does */
  isWaiting?: boolean;
  onApply?: () => void;
};

/**
 * A calm notice that a new version is ready. It is applied when the person agrees, or by itself on
 * the next move to a page that is not a fill-in page; never in the middle of answering.
 */
export function UpdateBanner({ isWaiting: forced, onApply = applyUpdate }: Props) {
  const { t } = useTranslation();
  const [path] = useLocation();
  const live = useSyncExternalStore(subscribeToUpdate, isUpdateWaiting, () => false);
  const isWaiting = forced ?? live;
  const noticedAt = useRef<string | null>(null);

  useEffect(() => {
    if (!isWaiting) return;
    noticedAt.current ??= path;
    if (shouldApplyWaitingUpdate({ isWaiting, pathWhenNoticed: noticedAt.current, path })) {
      onApply();
    }
  }, [isWaiting, path, onApply]);

  if (!isWaiting) return null;
  return (
    <div role="status" className="update-banner">
      <p>{t('shell.update.ready')}</p>
      <button type="button" className="button button--primary" onClick={onApply}>
        {t('shell.update.apply')}
      </button>
    </div>
  );
}
