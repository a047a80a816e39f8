import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableCounts } from '../../storage/second-copy/marker';
import type { StartReport } from '../../storage/second-copy/start-check';
import {
  keepThisDeviceAsIs,
  replaceThisDevice,
  restoreThisDevice,
  secondCopyBackup,
} from '../../storage/second-copy/this-device';
import { appGenerator } from '../../ui/app-info';
import { downloadText } from '../../ui/download';
import { PageTitle } from '../../ui/PageTitle';
import { useCountedList, type Counted } from '../../ui/useCountedList';
import { CopyCounts } from './CopyCounts';

type Props = { report: StartReport; onDone: () => void };
type Step =
  | { step: 'ask' }
  | { step: 'working' }
  | { step: 'restored'; counts: TableCounts }
  | { step: 'failed'; reason: string };

const app = { name: appGenerator.app, version: appGenerator.version };

/**
 * What the app shows when the start check found the database lost or unopenable: what the second
 * copy holds, and the way back. Nothing is deleted before the person chose to, with a download first.
 */
/** What was restored, each kind counted; invitations and studies only when there were any. */
function restoredCounts(counts: TableCounts): Counted[] {
  const always: Counted[] = [
    ['recovery.collectives', counts.collectives],
    ['recovery.scans', counts.scans],
    ['recovery.responses', counts.responses],
  ];
  const some: Counted[] = [
    ['recovery.invitations', counts.invitations],
    ['recovery.studies', counts.studies],
  ];
  return [...always, ...some.filter(([, count]) => count > 0)];
}

export function RecoveryPage({ report, onDone }: Props) {
  const { t } = useTranslation();
  const countedList = useCountedList();
  const restoredList = (counts: TableCounts) => countedList(restoredCounts(counts));
  const [state, setState] = useState<Step>({ step: 'ask' });
  const [isDownloaded, setDownloaded] = useState(false);
  const { port, copyMarker } = report;
  const hasCopy = port !== undefined && (copyMarker?.hasData ?? false);
  const isUnopenable = report.verdict === 'unopenable';

  async function restore() {
    if (!port) return;
    setState({ step: 'working' });
    try {
      const result = isUnopenable
        ? await replaceThisDevice({ port, app })
        : await restoreThisDevice({ port, app });
      setState({ step: 'restored', counts: result.restored });
    } catch (error) {
      setState({ step: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  async function continueEmpty() {
    await keepThisDeviceAsIs({ port }).catch(() => undefined);
    onDone();
  }

  async function download() {
    if (!port) return;
    const backup = await secondCopyBackup({ port, app });
    downloadText({
      fileName: `zelfscan-tweede-kopie-${backup.createdAt.slice(0, 10)}.json`,
      text: `${JSON.stringify(backup, null, 2)}\n`,
    });
    setDownloaded(true);
  }

  const reason = report.error instanceof Error ? report.error.message : String(report.error ?? '');
  return (
    <section aria-labelledby="page-title" className="recovery">
      <PageTitle>{t(isUnopenable ? 'recovery.unopenableTitle' : 'recovery.lostTitle')}</PageTitle>
      <p>{isUnopenable ? t('recovery.unopenableIntro', { reason }) : t('recovery.lostIntro')}</p>
      {hasCopy && copyMarker ? (
        <CopyCounts counts={copyMarker.counts} lastSavedAt={copyMarker.lastSavedAt} />
      ) : (
        <p>{t('recovery.noCopy')}</p>
      )}
      {state.step === 'restored' ? (
        <>
          <p role="status">{t('recovery.restored', { what: restoredList(state.counts) })}</p>
          <button type="button" className="button button--primary" onClick={onDone}>
            {t('recovery.continue')}
          </button>
        </>
      ) : (
        <div className="actions">
          {hasCopy && isUnopenable ? (
            <button type="button" className="button" onClick={() => void download()}>
              {t('recovery.download')}
            </button>
          ) : null}
          {hasCopy ? (
            <button
              type="button"
              className="button button--primary"
              disabled={state.step === 'working' || (isUnopenable && !isDownloaded)}
              onClick={() => void restore()}
            >
              {t(isUnopenable ? 'recovery.replace' : 'recovery.restore')}
            </button>
          ) : null}
          {isUnopenable ? null : (
            <button type="button" className="button" onClick={() => void continueEmpty()}>
              {t('recovery.continueEmpty')}
            </button>
          )}
        </div>
      )}
      {isDownloaded ? <p role="status">{t('recovery.downloaded')}</p> : null}
      {state.step === 'working' ? <p role="status">{t('recovery.restoring')}</p> : null}
      {state.step === 'failed' ? (
        <p role="alert">{t('recovery.failed', { reason: state.reason })}</p>
      ) : null}
    </section>
  );
}
