import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountedList } from '../../ui/useCountedList';
import type { BackupFile } from '../../domain/collective/backup';
import { fileLimits } from '../../domain/files/file-limits';
import { readBackupFile } from '../../storage/backup-repository';
import { FileIntake } from '../../ui/FileIntake';
import { readPickedFiles, type PickedFile } from '../../ui/picked-file';
import { useFileErrorText } from '../../ui/useFileErrorText';
import { downloadBackup } from './download-backup';
import { RestorePreview } from './RestorePreview';

const accept = '.json,application/json';

/** Save everything on this device to a file, and put it back: on a new device or after clearing the browser. */
export function BackupPanel() {
  const { t } = useTranslation();
  const fileErrorText = useFileErrorText();
  const countedList = useCountedList();
  const [pending, setPending] = useState<BackupFile | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  async function save() {
    const backup = await downloadBackup();
    setMessage({
      kind: 'ok',
      text: t('dataSafety.backupSaved', {
        what: countedList([
          ['dataSafety.counted.collectives', backup.collectives.length],
          ['dataSafety.counted.scans', backup.scans.length],
          ['dataSafety.counted.responses', backup.responses.length],
        ]),
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

  /** The first file chosen or dropped, read as text, its size checked first. */
  function restore(files: File[]) {
    void readPickedFiles(files.slice(0, 1), { maxBytes: fileLimits.backup }).then(([file]) =>
      choose(file),
    );
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
      <FileIntake
        dropHint={t('backup.drop')}
        buttons={[{ id: 'backup-file', label: t('backup.choose'), accept, onFiles: restore }]}
        onDrop={(data) => restore([...data.files])}
      />
      {pending ? (
        <RestorePreview
          backup={pending}
          onCancel={() => setPending(null)}
          onFinished={(done) => {
            setPending(null);
            setMessage(done);
          }}
        />
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
