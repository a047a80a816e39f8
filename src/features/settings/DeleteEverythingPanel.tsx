import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountedList } from '../../ui/useCountedList';
import { countContents } from '../../domain/collective/backup-compare';
import { deleteEverything } from '../../storage/device/backup';
import { useDeviceContents } from '../../storage/hooks/useDeviceContents';
import { downloadBackup } from './download-backup';

/** Wipes this device after a confirmation that names what will be lost and offers a backup first. */
export function DeleteEverythingPanel() {
  const { t } = useTranslation();
  const countedList = useCountedList();
  const titleId = useId();
  const questionId = useId();
  const [isAsking, setAsking] = useState(false);
  const [isDone, setDone] = useState(false);
  const device = useDeviceContents();
  const counts = device && countContents(device);
  if (!counts) return null;
  const isEmpty = counts.collectives + counts.scans + counts.responses === 0;

  async function wipe() {
    await deleteEverything();
    setAsking(false);
    setDone(true);
  }

  return (
    <section aria-labelledby={titleId} className="delete-everything">
      <h2 id={titleId}>{t('dataSafety.delete.title')}</h2>
      <p>{t('dataSafety.delete.help')}</p>
      {isEmpty && !isAsking ? <p>{t('dataSafety.delete.empty')}</p> : null}
      {!isEmpty && !isAsking ? (
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            setDone(false);
            setAsking(true);
          }}
        >
          {t('dataSafety.delete.start')}
        </button>
      ) : null}
      {isAsking ? (
        <div role="alertdialog" aria-labelledby={questionId} className="confirm">
          <p id={questionId}>
            {t('dataSafety.delete.question', {
              what: countedList([
                ['dataSafety.counted.collectives', counts.collectives],
                ['dataSafety.counted.scans', counts.scans],
                ['dataSafety.counted.responses', counts.responses],
              ]),
            })}
          </p>
          <button type="button" className="button" onClick={() => void downloadBackup()}>
            {t('dataSafety.restore.backupFirst')}
          </button>{' '}
          <button type="button" className="button button--danger" onClick={() => void wipe()}>
            {t('dataSafety.delete.confirm')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setAsking(false)}>
            {t('form.cancel')}
          </button>
        </div>
      ) : null}
      {isDone && isEmpty ? <p role="status">{t('dataSafety.delete.done')}</p> : null}
    </section>
  );
}
