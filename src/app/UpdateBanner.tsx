import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { shouldApplyWaitingUpdate } from './update-policy';
import './update-banner.css';

type Props = {
  /** whether a version waits (UpdateNotice loads this banner once one does), and what agreeing does */
  isWaiting: boolean;
  onApply: () => void;
};

/**
 * A calm notice that a new version is ready. It is applied when the person agrees, or by itself on
 * the next move to a page that is not a fill-in page; never in the middle of answering.
 */
export function UpdateBanner({ isWaiting, onApply }: Props) {
  const { t } = useTranslation();
  const [path] = useLocation();
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
