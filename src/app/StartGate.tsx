import { useEffect, useState, type ReactNode } from 'react';
import type { StartReport } from '../storage/second-copy/start-check';
import { LoadingStatus } from '../ui/LoadingStatus';
import { lazyComponent } from '../ui/lazy-component';
import { sectionLoader } from './lazy-section';
import { sectionTexts } from '../i18n/section-texts';
import { EarlyOpenContext, type EarlyOpen } from './early-open-context';

const RecoveryPage = lazyComponent(
  sectionLoader({
    load: () => import('../features/recovery/RecoveryPage').then((m) => m.RecoveryPage),
    texts: sectionTexts.recovery,
  }),
);

function needsRecovery(report: StartReport): boolean {
  return report.verdict === 'lost' || report.verdict === 'unopenable';
}

/** How long a page shown before the check may keep it waiting if it never says it shows. */
const earlyCheckAfterMs = 4000;

type Props = {
  check: (() => Promise<StartReport>) | undefined;
  /** resolves true when this start shows its page before the check (early-open.ts) */
  opensEarly?: Promise<boolean>;
  children: ReactNode;
};

/**
 * Shows the app only once the start check found the database fine (or new). A lost or unopenable
 * database gets the recovery screen first: the app never silently starts fresh. The one exception,
 * `opensEarly`: a device that never held anything shows its page at once, and the check starts when
 * that page shows or wants to write.
 */
export function StartGate({ check, opensEarly, children }: Props) {
  const [report, setReport] = useState<StartReport | 'checking' | 'early' | 'done'>(
    check ? 'checking' : 'done',
  );
  const [early, setEarly] = useState<EarlyOpen | null>(null);
  useEffect(() => {
    if (!check) return;
    let isCurrent = true;
    let checked: Promise<StartReport | null> | undefined;
    const runCheck = () =>
      (checked ??= check().then(
        (found) => {
          if (isCurrent) setReport(found);
          return found;
        },
        // a check that fails is no reason to keep the app closed; Instellingen shows the state
        () => {
          if (isCurrent) setReport('done');
          return null;
        },
      ));
    let timer: number | undefined;
    void (opensEarly ?? Promise.resolve(false)).then((isEarly) => {
      if (!isCurrent) return;
      if (!isEarly) return void runCheck();
      timer = window.setTimeout(runCheck, earlyCheckAfterMs);
      setEarly({
        whenStorageReady: () =>
          runCheck().then((found) => {
            // the recovery screen takes over; the page that asked writes nothing
            if (found && needsRecovery(found)) throw new Error('The database needs recovery.');
          }),
        onShown: () => void runCheck(),
      });
      setReport((now) => (now === 'checking' ? 'early' : now));
    });
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [check, opensEarly]);
  if (report === 'checking') return <LoadingStatus />;
  if (report !== 'done' && report !== 'early' && needsRecovery(report)) {
    return <RecoveryPage report={report} onDone={() => setReport('done')} />;
  }
  return <EarlyOpenContext.Provider value={early}>{children}</EarlyOpenContext.Provider>;
}
