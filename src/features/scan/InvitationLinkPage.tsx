import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { decodeInvitationCode } from '../../domain/files/invitation-code';
import { afterPaint } from '../../ui/after-paint';
import { bundledSummary } from '../../storage/bundled-summaries';
import { InvitationHeading } from './InvitationHeading';
import { WelcomePanel } from './WelcomePanel';

type Props = {
  /** the invitation code from the link (`#/respond?i=…`) */
  code: string;
  /** resolves once the database is checked and open: nothing is written before */
  whenStorageReady: () => Promise<void>;
  /** called once the welcome shows: the app then opens the database and loads the next pages */
  onShown: () => void;
  /** what a link that cannot be read (or names a questionnaire the app lacks) gets: the full page */
  fallback: ReactNode;
};

/**
 * A member's welcome drawn from the invitation link alone, on a device that never held anything of
 * the app (early-open.ts in the app decides that): the same welcome RespondPage shows, without
 * waiting for the database. Nothing is stored until the member starts; then the invitation is
 * opened as OpenInvitationPage would open it, with the name given, and the first question follows.
 */
export function InvitationLinkPage({ code, whenStorageReady, onShown, fallback }: Props) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [hasFailed, setHasFailed] = useState(false);
  const read = useMemo(() => decodeInvitationCode(code), [code]);
  const file = read.ok ? read.file : null;
  // the build's summary of the questionnaire is all the welcome needs; the questionnaires
  // themselves load with the fill-in, after the welcome is painted
  const summary = file ? (bundledSummary(file.questionnaire) ?? null) : null;
  const isShown = summary !== null;
  // after the welcome is painted: what the app starts then (the database check, the next pages'
  // code) took a phone's first frame some 30 ms when it ran in the same task as the commit
  useEffect(() => (isShown ? afterPaint(onShown) : undefined), [isShown, onShown]);
  if (file === null || summary === null) return fallback;

  async function start(name: string) {
    if (file === null || summary === null) return;
    setHasFailed(false);
    try {
      await whenStorageReady();
      const { openInvitation, setRespondentName } = await import('../../storage/device/scans');
      const invitation = await openInvitation(file);
      if (name !== (file.respondentName ?? '')) {
        await setRespondentName({ responseId: invitation.responseId, name });
      }
      navigate(`/respond/${invitation.scanId}/${summary.firstPageId ?? 'review'}`, {
        replace: true,
      });
    } catch {
      setHasFailed(true);
    }
  }

  return (
    <section aria-labelledby="page-title">
      <InvitationHeading label={file.label} collectiveName={file.collectiveName} />
      <WelcomePanel
        questionCount={summary.respondentQuestions}
        collectiveName={file.collectiveName}
        name={file.respondentName ?? ''}
        onStart={start}
      />
      {hasFailed ? (
        <p role="alert" className="field__error">
          {t('welcome.startFailed')}
        </p>
      ) : null}
    </section>
  );
}
