import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { decodeInvitationCode } from '../../domain/files/invitation-code';
import type { InvitationFile } from '../../domain/files/invitation-file';
import type { Invitation, StoredResponse } from '../../domain/collective/schema';
import { fillInProgress, respondentPages } from '../../domain/questionnaire/pages';
import { readInvitationFile } from '../../domain/files/read-file';
import { openInvitation } from '../../storage/device/scans';
import { useInvitations } from '../../storage/hooks/useInvitations';
import { PageTitle } from '../../ui/PageTitle';
import { JsonFilePicker, type PickedFile } from '../../ui/JsonFilePicker';
import { useFormatDate } from '../../ui/useFormatDate';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
import { resolveFailureText } from '../../wording/file-error-text';
import { useFileErrorText } from '../../ui/useFileErrorText';
import { useSearchParam } from '../../ui/useSearchParam';

/** A respondent on their own device opens the invitation file the coordinator sent. */
export function OpenInvitationPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [, navigate] = useLocation();
  const registry = useQuestionnaireRegistry();
  const fileErrorText = useFileErrorText();
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

  async function open(file: PickedFile | undefined) {
    setError(null);
    if (!file) return;
    const read =
      'error' in file ? { ok: false as const, error: file.error } : readInvitationFile(file.text);
    if (!read.ok) {
      setError(`${fileErrorText(read.error)} ${t('invitation.nothingChanged')}`);
      return;
    }
    await start(read.file);
  }

  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('invitation.title')}</PageTitle>
      <p>{t('openInvitation.intro')}</p>
      <JsonFilePicker
        id="invitation-file"
        label={t('invitation.choose')}
        describedBy={shownError ? 'invitation-error' : undefined}
        onFiles={(files) => void open(files[0])}
      />
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
