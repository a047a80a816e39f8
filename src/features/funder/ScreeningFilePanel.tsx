import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Applicant } from '../../domain/screening/applicant';
import type { ScreeningCriteria } from '../../domain/screening/criteria';
import { reverifyApplicant } from '../../domain/screening/reverify-applicant';
import {
  buildScreeningFile,
  maxScreeningFileBytes,
  readScreeningFile,
} from '../../domain/screening/screening-file';
import { deleteScreeningData, importScreening } from '../../storage/device/screening';
import { appGenerator } from '../../ui/app-info';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { downloadJson } from '../../ui/download';
import { useFormatNumber } from '../../ui/useFormatNumber';
import { FileButton } from '../../ui/FileButton';
import { useQuestionnaireRegistry } from '../../ui/registry-context';

type Props = { applicants: readonly Applicant[]; criteria: ScreeningCriteria };
type Message = { kind: 'ok' | 'error'; text: string };

/** The whole screening as one file to keep or move to another device, and "delete all". */
export function ScreeningFilePanel({ applicants, criteria }: Props) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const [message, setMessage] = useState<Message | null>(null);
  const registry = useQuestionnaireRegistry();

  const save = () => {
    const savedAt = new Date().toISOString();
    const file = buildScreeningFile({ applicants, criteria, savedAt, generator: appGenerator });
    downloadJson({
      fileName: `screening-${savedAt.slice(0, 10)}.json`,
      value: file,
    });
  };

  const open = async (file: File) => {
    setMessage(null);
    if (file.size >= maxScreeningFileBytes) {
      setMessage({ kind: 'error', text: t('funder.file.tooLarge', { name: file.name }) });
      return;
    }
    const read = readScreeningFile(await file.text());
    if (!read.ok) {
      const path = read.error.code === 'invalid' ? (read.error.issues[0]?.path ?? '') : '';
      setMessage({
        kind: 'error',
        text: t(`funder.file.errors.${read.error.code}`, { name: file.name, path }),
      });
      return;
    }
    // each result is checked again here, one at a time (each waits on WebCrypto, so the page stays free)
    const applicants: Applicant[] = [];
    for (const applicant of read.file.applicants) {
      applicants.push(await reverifyApplicant({ applicant, registry }));
    }
    const outcome = await importScreening({ ...read.file, applicants });
    const { added, alreadyKept } = outcome;
    setMessage({
      kind: 'ok',
      text: t('funder.file.opened', {
        name: file.name,
        added: t('funder.file.openedAdded', { count: added, added: formatNumber(added) }),
        alreadyKept: t('funder.file.openedKept', {
          count: alreadyKept,
          alreadyKept: formatNumber(alreadyKept),
        }),
      }),
    });
  };

  return (
    <section aria-labelledby="screening-file-title" className="funder-panel">
      <h2 id="screening-file-title">{t('funder.file.title')}</h2>
      <p>{t('funder.file.intro')}</p>
      <div className="file-actions">
        <button type="button" className="button" disabled={applicants.length === 0} onClick={save}>
          {t('funder.file.save')}
        </button>
        <FileButton
          id="open-screening"
          label={t('funder.file.open')}
          accept=".json,application/json"
          onFiles={([chosen]) => {
            if (chosen) void open(chosen);
          }}
        />
      </div>
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'field__error' : 'notice'}
        >
          {message.text}
        </p>
      ) : null}
      <h3>{t('funder.delete.title')}</h3>
      <p>{t('funder.delete.intro')}</p>
      <ConfirmButton
        label={t('funder.delete.button')}
        question={t('funder.delete.question', {
          count: applicants.length,
          applicants: formatNumber(applicants.length),
        })}
        confirmLabel={t('funder.delete.confirm')}
        onConfirm={async () => {
          await deleteScreeningData();
          setMessage({ kind: 'ok', text: t('funder.delete.done') });
        }}
      />
    </section>
  );
}
