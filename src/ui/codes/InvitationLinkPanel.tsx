import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitee, Scan } from '../../domain/collective/schema';
import { encodeInvitationCode } from '../../domain/files/invitation-code';
import { buildInvitationFile } from '../../domain/files/invitation-file';
import { QrCode } from './QrCode';
import { canShareLink, isLoopbackHost, shareData } from '../share';
import { LinkField } from './LinkField';

/** The app's own address with the invitation in the fragment, which browsers never send to a server. */
export function invitationLink({
  scan,
  collectiveName,
  invitee,
  createdAt,
}: {
  scan: Scan;
  collectiveName: string | undefined;
  /** a member invited by name: their own link; without one, the link for everyone */
  invitee?: Invitee | undefined;
  createdAt: string;
}): string {
  const file = buildInvitationFile({
    questionnaire: scan.questionnaire,
    scanId: scan.id,
    label: scan.label,
    ...(collectiveName === undefined ? {} : { collectiveName }),
    ...(invitee === undefined
      ? {}
      : { respondentId: invitee.respondentId, respondentName: invitee.name }),
    createdAt,
  });
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#/respond?i=${encodeInvitationCode(file)}`;
}

/** The coordinator's invitation, for everyone or for one member, as a QR code and a link to share or copy. */
export function InvitationLinkPanel({
  scan,
  collectiveName,
  invitee,
}: {
  scan: Scan;
  collectiveName: string | undefined;
  invitee?: Invitee | undefined;
}) {
  const { t } = useTranslation();
  const [createdAt] = useState(() => new Date().toISOString());
  const link = useMemo(
    () => invitationLink({ scan, collectiveName, invitee, createdAt }),
    [scan, collectiveName, invitee, createdAt],
  );
  const fieldId = `invitation-link${invitee ? `-${invitee.respondentId}` : ''}`;
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
      <h3>
        {invitee
          ? t('phones.invite.memberTitle', { name: invitee.name })
          : t('phones.invite.everyoneTitle')}
      </h3>
      <p>
        {invitee
          ? t('phones.invite.memberHelp', { name: invitee.name })
          : `${t('phones.invite.help')} ${t('phones.invite.everyoneHelp')}`}
      </p>
      {isLoopbackHost(host) ? (
        <p className="notice">{t('phones.invite.loopback', { host })}</p>
      ) : null}
      <QrCode
        text={link}
        what={
          invitee
            ? t('phones.invite.memberQrWhat', { name: invitee.name })
            : t('phones.invite.qrWhat', { label: scan.label })
        }
        ecc="L"
      />
      <LinkField id={fieldId} label={t('phones.invite.link')} link={link} />
      <p className="actions">
        {canShareLink() ? (
          <button type="button" className="button button--primary" onClick={() => void share()}>
            {t('phones.share')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void copy()}>
          {t('phones.invite.copy')}
        </button>
      </p>
      <p role="status" className="muted">
        {status}
      </p>
    </div>
  );
}
