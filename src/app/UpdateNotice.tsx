import { useEffect, useState, useSyncExternalStore, type ComponentType } from 'react';
import type { UpdateBanner } from './UpdateBanner';
import { applyUpdate, isUpdateWaiting, subscribeToUpdate } from './register-service-worker';

type BannerProps = Parameters<typeof UpdateBanner>[0];

/**
 * Loads and shows the update banner once a new version waits: most visits never see it, so a
 * member's first screen does not load its code.
 */
export function UpdateNotice() {
  const isWaiting = useSyncExternalStore(subscribeToUpdate, isUpdateWaiting, () => false);
  const [Banner, setBanner] = useState<ComponentType<BannerProps> | null>(null);
  useEffect(() => {
    if (!isWaiting || Banner) return;
    // the service worker holds every chunk, so this loads offline too; a failure shows no banner
    import('./UpdateBanner').then(
      ({ UpdateBanner }) => setBanner(() => UpdateBanner),
      () => undefined,
    );
  }, [isWaiting, Banner]);
  return Banner ? <Banner isWaiting={isWaiting} onApply={applyUpdate} /> : null;
}
