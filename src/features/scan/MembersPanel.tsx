import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  expectedAnswers,
  memberStatuses,
  type MemberStatus,
} from '../../domain/collective/member-status';
import type { Scan, StoredResponse } from '../../domain/collective/schema';
import { forgetInvitee } from '../../storage/device/invitees';
import { InvitationLinkPanel } from '../../ui/codes/InvitationLinkPanel';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { useFormatDate } from '../../ui/useFormatDate';
import { InviteMemberForm } from './InviteMemberForm';

type Props = {
  scan: Scan;
  responses: readonly StoredResponse[];
  collectiveName: string | undefined;
};

/** Members on their own phones: who is invited by name, who has answered (when, and how), and inviting more. */
export function MembersPanel({ scan, responses, collectiveName }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const isOpen = scan.status === 'open';
  const members = memberStatuses({ invitees: scan.invitees ?? [], responses });
  const received = members.filter((m) => m.state !== 'pending').length;
  const expected = expectedAnswers(scan);

  function stateText(member: MemberStatus): string {
    const via = member.arrival ? t(`members.via.${member.arrival}`) : '';
    if (member.state === 'pending')
      return t('members.pending', { when: formatDate(member.invitedAt ?? '') });
    const when = formatDate(member.receivedAt ?? '');
    return t(member.state === 'answered' ? 'members.answered' : 'members.answeredAgain', {
      when,
      via,
    });
  }

  return (
    <section className="panel" aria-labelledby="members-title">
      <h3 id="members-title">{t('members.title')}</h3>
      <p className="received-count" role="status">
        {expected > 0
          ? t('members.count', { received, expected })
          : t('members.countOnly', { received })}
      </p>
      {isOpen ? (
        <p className="actions">
          <Link href={`/scans/${scan.id}/codes`} className="button button--primary">
            {t('members.scanCodes')}
          </Link>
        </p>
      ) : null}
      {members.length === 0 ? <p>{t('members.none')}</p> : null}
      <ul className="card-list member-list">
        {members.map((member) => {
          const name = member.name || t('members.unnamed');
          const invitee = scan.invitees?.find((i) => i.respondentId === member.respondentId);
          return (
            <li key={member.respondentId} className="card" data-state={member.state}>
              <h4 className="card__title">{name}</h4>
              <p className={member.state === 'pending' ? 'muted' : 'success'}>
                {stateText(member)}
              </p>
              {invitee && isOpen && member.state === 'pending' ? (
                <>
                  <details>
                    <summary>{t('members.showInvitation', { name })}</summary>
                    <InvitationLinkPanel
                      scan={scan}
                      collectiveName={collectiveName}
                      invitee={invitee}
                    />
                  </details>
                  <ConfirmButton
                    label={t('members.forget')}
                    question={t('members.forgetQuestion', { name })}
                    confirmLabel={t('members.forgetConfirm')}
                    onConfirm={() =>
                      forgetInvitee({ scanId: scan.id, respondentId: invitee.respondentId })
                    }
                  />
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {isOpen ? (
        <>
          <p>{t('members.help')}</p>
          <InviteMemberForm scanId={scan.id} />
        </>
      ) : null}
    </section>
  );
}
