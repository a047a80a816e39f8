import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudyFile } from '../../../domain/research/study/study-file';
import { QrCode } from '../../../ui/codes/QrCode';
import { downloadJson } from '../../../ui/download';
import { isLoopbackHost } from '../../../ui/share';
import { studyFileName, studyLink } from './study-link';
import { LinkField } from '../../../ui/codes/LinkField';

/** A study's invitation as a link, a QR code and a file, for the research team to hand out. */
export function StudyInvitation({ study }: { study: StudyFile }) {
  const { t } = useTranslation();
  const link = useMemo(() => studyLink(study), [study]);
  const [status, setStatus] = useState('');
  const host = window.location.hostname;
  const inputId = `study-link-${study.id}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t('studyScreen.copied'));
    } catch {
      setStatus(t('studyScreen.copyFailed'));
    }
  }

  return (
    <div className="panel study-invitation">
      <h4>{t('studyScreen.invitationTitle', { name: study.name })}</h4>
      <p>{t('studyScreen.invitationHelp')}</p>
      {isLoopbackHost(host) ? (
        <p className="notice">{t('studyScreen.localOnly', { host })}</p>
      ) : null}
      <QrCode text={link} what={t('studyScreen.qr', { name: study.name })} ecc="L" />
      <LinkField id={inputId} label={t('studyScreen.linkLabel')} link={link} />
      <p className="actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('studyScreen.copy')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => downloadJson({ fileName: studyFileName(study), value: study })}
        >
          {t('studyScreen.download')}
        </button>
      </p>
      <p role="status" className="muted">
        {status}
      </p>
    </div>
  );
}
