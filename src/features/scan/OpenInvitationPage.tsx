import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { decodeInvitationCode } from '../../domain/files/invitation-code';
import type { InvitationFile } from '../../domain/files/invitation-file';
import { readInvitationFile } from '../../domain/files/read-file';
import { getDatabase } from '../../storage/db';
import { listInvitations, openInvitation } from '../../storage/invitations-repository';
import { PageTitle } from '../../ui/PageTitle';
import { JsonFilePicker, type PickedFile } from '../../ui/JsonFilePicker';
import { useFormatDate } from '../../ui/useFormatDate';
import { useQuestionnaireRegistry } from '../../ui/registry-context';

/** A respondent on their own device opens the invitation file the coordinator sent. */
export function OpenInvitationPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [, navigate] = useLocation();
  const registry = useQuestionnaireRegistry();
  // the explanation in the app's language, the technical detail (English) apart
  const [error, setError] = useState<{ text: string; detail: string } | null>(null);
  const invitations = useLiveQuery(() => listInvitations(getDatabase()), []);
  const linkCode = new URLSearchParams(useSearch()).get('i');
  const handledCode = useRef<string | null>(null);

  async function start(file: InvitationFile) {
    const resolved = registry.resolve(file.questionnaire);
    if (!resolved.ok) {
      setError({ text: t('invitation.unknownQuestionnaire'), detail: resolved.message });
      return;
    }
    const invitation = await openInvitation(getDatabase(), file);
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
    linkRead && !linkRead.ok
      ? { text: t(`phones.openLink.reason.${linkRead.error.code}`), detail: linkRead.error.code }
      : null;
  const shownError = error ?? linkError;

  async function open(file: PickedFile | undefined) {
    setError(null);
    if (!file) return;
    const read = readInvitationFile(file.text);
    if (!read.ok) {
      setError({ text: t(`invitation.reason.${read.error.code}`), detail: read.error.message });
      return;
    }
    await start(read.file);
  }

  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('invitation.title')}</PageTitle>
      <p>{t('invitation.intro')}</p>
      <JsonFilePicker
        id="invitation-file"
        label={t('invitation.choose')}
        describedBy={shownError ? 'invitation-error' : undefined}
        onFiles={(files) => void open(files[0])}
      />
      {shownError ? (
        <p id="invitation-error" role="alert" className="field__error">
          {shownError.text} <span lang="en">({shownError.detail})</span>
        </p>
      ) : null}
      {invitations && invitations.length > 0 ? (
        <>
          <h2>{t('invitation.openedTitle')}</h2>
          <ul className="card-list">
            {invitations.map((invitation) => (
              <li key={invitation.scanId} className="card">
                <Link href={`/respond/${invitation.scanId}`}>
                  {invitation.label ?? t('invitation.untitled')}
                </Link>
                <p className="muted">{formatDate(invitation.openedAt)}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
