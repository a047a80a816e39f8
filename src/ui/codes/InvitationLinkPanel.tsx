import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Scan } from '../../domain/collective/schema';
import { encodeInvitationCode } from '../../domain/files/invitation-code';
import { buildInvitationFile } from '../../domain/files/invitation-file';
import { QrCode } from './QrCode';
import { canShareLink, isLoopbackHost, shareData } from '../share';

/** The app's own address with the invitation in the fragment, which browsers never send to a server. */
export function invitationLink({
  scan,
  collectiveName,
  createdAt,
}: {
  scan: Scan;
  collectiveName: string | undefined;
  createdAt: string;
}): string {
  const file = buildInvitationFile({
    questionnaire: scan.questionnaire,
    scanId: scan.id,
    label: scan.label,
    ...(collectiveName === undefined ? {} : { collectiveName }),
    createdAt,
  });
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#/respond?i=${encodeInvitationCode(file)}`;
}

/** The coordinator's invitation as a QR code, a link to share or copy, and the way to scan answers back. */
export function InvitationLinkPanel({
  scan,
  collectiveName,
}: {
  scan: Scan;
  collectiveName: string | undefined;
}) {
  const { t } = useTranslation();
  const [createdAt] = useState(() => new Date().toISOString());
  const link = useMemo(
    () => invitationLink({ scan, collectiveName, createdAt }),
    [scan, collectiveName, createdAt],
  );
  const [status, setStatus] = useState('');
  const host = window.location.hostname;

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t('phones.invite.copied'));
    } catch {
      setStatus(t('phones.invite.copyFailed'));
    }
  }

  async function share() {
    const isShared = await shareData({
      title: scan.label,
      text: t('phones.invite.shareText', { label: scan.label }),
      url: link,
    });
    if (!isShared) setStatus(t('phones.shareFailed'));
  }

  return (
    <div className="panel">
      <h3>{t('phones.invite.title')}</h3>
      <p>{t('phones.invite.help')}</p>
      {isLoopbackHost(host) ? (
        <p className="notice">{t('phones.invite.loopback', { host })}</p>
      ) : null}
      <QrCode text={link} what={t('phones.invite.qrWhat', { label: scan.label })} ecc="L" />
      <label htmlFor="invitation-link">{t('phones.invite.link')}</label>
      <input
        id="invitation-link"
        className="code-text"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="actions">
        {canShareLink() ? (
          <button type="button" className="button button--primary" onClick={() => void share()}>
            {t('phones.share')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void copy()}>
          {t('phones.invite.copy')}
        </button>
        <Link href={`/scans/${scan.id}/codes`} className="button">
          {t('phones.invite.scanCodes')}
        </Link>
      </p>
      <p role="status" className="muted">
        {status}
      </p>
    </div>
  );
}
