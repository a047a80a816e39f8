import { useEffect, useState, type ReactNode } from 'react';
import type { StartReport } from '../storage/second-copy/start-check';
import { LoadingStatus } from '../ui/LoadingStatus';
import { lazyComponent } from '../ui/lazy-component';
import { sectionLoader } from './lazy-section';
import { sectionTexts } from '../i18n/section-texts';

const RecoveryPage = lazyComponent(
  sectionLoader({
    load: () => import('../features/recovery/RecoveryPage').then((m) => m.RecoveryPage),
    texts: sectionTexts.recovery,
  }),
);

type Props = { check: (() => Promise<StartReport>) | undefined; children: ReactNode };

/**
 * Shows the app only once the start check found the database fine (or new). A lost or unopenable
 * database gets the recovery screen first: the app never silently starts fresh.
 */
export function StartGate({ check, children }: Props) {
  const [report, setReport] = useState<StartReport | 'checking' | 'done'>(
    check ? 'checking' : 'done',
  );
  useEffect(() => {
    if (!check) return;
    let isCurrent = true;
    check().then(
      (found) => isCurrent && setReport(found),
      // a check that fails is no reason to keep the app closed; Instellingen shows the state
      () => isCurrent && setReport('done'),
    );
    return () => {
      isCurrent = false;
    };
  }, [check]);
  if (report === 'checking') return <LoadingStatus />;
  if (report !== 'done' && (report.verdict === 'lost' || report.verdict === 'unopenable')) {
    return <RecoveryPage report={report} onDone={() => setReport('done')} />;
  }
  return children;
}
