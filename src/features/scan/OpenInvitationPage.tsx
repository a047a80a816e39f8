import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { decodeInvitationCode } from '../../domain/files/invitation-code';
import type { InvitationFile } from '../../domain/files/invitation-file';
import type { Invitation, StoredResponse } from '../../domain/collective/schema';
import { fillInProgress, respondentPages } from '../../domain/questionnaire/pages';
import { openInvitation } from '../../storage/device/scans';
import { useInvitations } from '../../storage/hooks/useInvitations';
import { PageTitle } from '../../ui/PageTitle';
import { lazyWithTexts } from '../../ui/lazy-with-texts';
import { useFormatDate } from '../../ui/useFormatDate';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
import { resolveFailureText } from '../../wording/resolve-failure-text';
import { useSearchParam } from '../../ui/useSearchParam';
import { invitationFileTexts } from './invitation-file-texts';

// a member who taps an invitation link never picks a file: the picker loads only when it shows
const InvitationFilePicker = lazyWithTexts(
  () => import('./InvitationFilePicker').then((m) => m.InvitationFilePicker),
  invitationFileTexts,
);

/** A respondent on their own device opens the invitation file the coordinator sent. */
export function OpenInvitationPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [, navigate] = useLocation();
  const registry = useQuestionnaireRegistry();
  // why the file was refused, in the app's language
  const [error, setError] = useState<string | null>(null);
  const invitations = useInvitations();
  const linkCode = useSearchParam('i');
  const handledCode = useRef<string | null>(null);

  async function start(file: InvitationFile) {
    const resolved = registry.resolve(file.questionnaire);
    if (!resolved.ok) {
      setError(`${resolveFailureText(t, resolved)} ${t('invitation.unknownQuestionnaire')}`);
      return;
    }
    const invitation = await openInvitation(file);
    navigate(`/respond/${invitation.scanId}`, { replace: true });
  }

  // an invitation link (`#/respond?i=…`) opens the scan at once, like the file would
  const linkRead = linkCode === null ? null : decodeInvitationCode(linkCode);
  const linkFile = linkRead?.ok ? linkRead.file : null;
  useEffect(() => {
    if (linkFile === null || handledCode.current === linkCode) return;
    handledCode.current = linkCode;
    void start(linkFile);
  });
  const linkError =
    linkRead && !linkRead.ok ? t(`phones.openLink.reason.${linkRead.error.code}`) : null;
  const shownError = error ?? linkError;

  function progressText(invitation: Invitation, response: StoredResponse | undefined): string {
    const resolved = registry.resolve(invitation.questionnaire);
    if (!resolved.ok || !response) return '';
    const pages = respondentPages(resolved.entry.questionnaire);
    const { answered, total } = fillInProgress({ pages, answers: response.answers }).overall;
    return answered === total
      ? t('respondStatus.done')
      : t('respondStatus.progress', { answered, total });
  }

  /** Whether this device's answers were sent (code shown or file saved), when, and whether they changed since. */
  function sentText(invitation: Invitation, response: StoredResponse | undefined): string {
    if (!invitation.sentAt || !invitation.sentAs) return t('sentStatus.notSent');
    const sent = t(`sentStatus.${invitation.sentAs}`, { when: formatDate(invitation.sentAt) });
    return response && response.updatedAt > invitation.sentAt
      ? `${sent}, ${t('sentStatus.changedSince')}`
      : sent;
  }

  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('invitation.title')}</PageTitle>
      <p>{t('openInvitation.intro')}</p>
      {linkFile !== null && error === null ? null : (
        <InvitationFilePicker
          describedBy={shownError ? 'invitation-error' : undefined}
          onInvitation={(file) => void start(file)}
          onError={setError}
        />
      )}
      {shownError ? (
        <p id="invitation-error" role="alert" className="field__error">
          {shownError}
        </p>
      ) : null}
      {invitations && invitations.length > 0 ? (
        <>
          <h2>{t('invitation.openedTitle')}</h2>
          <ul className="card-list">
            {invitations.map(({ invitation, response }) => (
              <li key={invitation.scanId} className="card">
                <Link href={`/respond/${invitation.scanId}`}>
                  {invitation.label ?? t('invitation.untitled')}
                </Link>
                <p className="muted">
                  {invitation.collectiveName ? `${invitation.collectiveName} · ` : ''}
                  {formatDate(invitation.openedAt)}
                  {' · '}
                  {progressText(invitation, response)}
                  {' · '}
                  {sentText(invitation, response)}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
