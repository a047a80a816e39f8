import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountedList } from '../../ui/useCountedList';
import type { BackupFile } from '../../domain/collective/backup';
import { compareBackup } from '../../domain/collective/backup-compare';
import { mergeBackupIntoDevice, restoreBackup } from '../../storage/device/backup';
import { useDeviceContents } from '../../storage/hooks/useDeviceContents';
import { useFormatDate } from '../../ui/useFormatDate';
import { ComparisonTable } from './ComparisonTable';
import { downloadBackup } from './download-backup';

type Props = {
  backup: BackupFile;
  onFinished: (message: { kind: 'ok' | 'error'; text: string }) => void;
  onCancel: () => void;
};

/**
 * Before anything is written: what the backup holds against this device, and a choice between a
 * merge that keeps the newer copy of everything and a replace that is offered a backup first.
 */
export function RestorePreview({ backup, onFinished, onCancel }: Props) {
  const { t } = useTranslation();
  const countedList = useCountedList();
  const formatDate = useFormatDate();
  const titleId = useId();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [isBusy, setBusy] = useState(false);
  const device = useDeviceContents();
  if (!device) return null;
  const comparison = compareBackup({ device, backup });

  async function restore() {
    setBusy(true);
    try {
      if (mode === 'merge') {
        const { written } = await mergeBackupIntoDevice(backup);
        onFinished({ kind: 'ok', text: t('dataSafety.restore.merged', { written }) });
      } else {
        await restoreBackup(backup);
        onFinished({
          kind: 'ok',
          text: t('dataSafety.restore.replaced', {
            what: countedList([
              ['dataSafety.counted.collectives', backup.collectives.length],
              ['dataSafety.counted.responses', backup.responses.length],
            ]),
          }),
        });
      }
    } catch {
      onFinished({ kind: 'error', text: t('dataSafety.restore.failed') });
    }
  }

  return (
    <div role="region" aria-labelledby={titleId} className="restore-preview">
      <h3 id={titleId}>{t('dataSafety.restore.title', { date: formatDate(backup.createdAt) })}</h3>
      <ComparisonTable comparison={comparison} />
      <fieldset>
        <legend>{t('dataSafety.restore.modeLegend')}</legend>
        <label>
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />
          <span>{t('dataSafety.restore.merge')}</span>
        </label>
        <label>
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />
          <span>{t('dataSafety.restore.replace')}</span>
        </label>
      </fieldset>
      {mode === 'merge' && !comparison.hasChanges ? (
        <p>{t('dataSafety.restore.noChanges')}</p>
      ) : null}
      {mode === 'replace' ? (
        <div className="notice">
          <p>{t('dataSafety.restore.replaceWarning')}</p>
          <button type="button" className="button" onClick={() => void downloadBackup()}>
            {t('dataSafety.restore.backupFirst')}
          </button>
        </div>
      ) : null}
      <p className="actions">
        <button
          type="button"
          className={mode === 'merge' ? 'button button--primary' : 'button button--danger'}
          disabled={isBusy}
          onClick={() => void restore()}
        >
          {mode === 'merge'
            ? t('dataSafety.restore.confirmMerge')
            : t('dataSafety.restore.confirmReplace')}
        </button>{' '}
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </p>
    </div>
  );
}
