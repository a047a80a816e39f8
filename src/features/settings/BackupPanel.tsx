import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../domain/collective/backup';
import { exportBackup, readBackupFile, restoreBackup } from '../../storage/backup-repository';
import { getDatabase } from '../../storage/db';
import { appGenerator } from '../../ui/app-info';
import { downloadText } from '../../ui/download';
import { fileLimits } from '../../domain/files/file-limits';
import { JsonFilePicker, type PickedFile } from '../../ui/JsonFilePicker';
import { useFileErrorText } from '../../ui/useFileErrorText';

/** Save everything on this device to a file, and put it back: on a new device or after clearing the browser. */
export function BackupPanel() {
  const { t } = useTranslation();
  const fileErrorText = useFileErrorText();
  const [pending, setPending] = useState<BackupFile | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  async function save() {
    const backup = await exportBackup(getDatabase(), {
      app: { name: appGenerator.app, version: appGenerator.version },
    });
    downloadText({
      fileName: `zelfscan-back-up-${backup.createdAt.slice(0, 10)}.json`,
      text: `${JSON.stringify(backup, null, 2)}\n`,
    });
    setMessage({
      kind: 'ok',
      text: t('backup.saved', {
        collectives: backup.collectives.length,
        responses: backup.responses.length,
      }),
    });
  }

  function choose(file: PickedFile | undefined) {
    setMessage(null);
    setPending(null);
    if (!file) return;
    const read =
      'error' in file ? { ok: false as const, error: file.error } : readBackupFile(file.text);
    if (!read.ok) {
      setMessage({
        kind: 'error',
        text: t('backup.refused', { reason: fileErrorText(read.error) }),
      });
      return;
    }
    setPending(read.file);
  }

  async function restore(backup: BackupFile) {
    await restoreBackup(getDatabase(), backup);
    setPending(null);
    setMessage({
      kind: 'ok',
      text: t('backup.restored', {
        collectives: backup.collectives.length,
        responses: backup.responses.length,
      }),
    });
  }

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.help')}</p>
      <p>
        <button type="button" className="button button--primary" onClick={() => void save()}>
          {t('backup.save')}
        </button>
      </p>
      <JsonFilePicker
        id="backup-file"
        label={t('backup.choose')}
        maxBytes={fileLimits.backup}
        onFiles={(files) => choose(files[0])}
      />
      {pending ? (
        <div role="alertdialog" aria-labelledby="restore-question" className="confirm">
          <p id="restore-question">
            {t('backup.restoreQuestion', {
              date: pending.createdAt.slice(0, 10),
              collectives: pending.collectives.length,
              responses: pending.responses.length,
            })}
          </p>
          <button
            type="button"
            className="button button--danger"
            onClick={() => void restore(pending)}
          >
            {t('backup.restore')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setPending(null)}>
            {t('form.cancel')}
          </button>
        </div>
      ) : null}
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'field__error' : 'success'}
        >
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
