import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { summarise } from '../../domain/questionnaire/summary';
import { buildResponseFile } from '../../domain/files/response-file';
import type { Answers, AnswerValue } from '../../domain/questionnaire/schema';
import { markInvitationSent, saveAnswer, setRespondentName } from '../../storage/device/scans';
import { useOpenedInvitation } from '../../storage/hooks/useResponse';
import { downloadJson, safeFileName } from '../../ui/download';
import { NotFoundNotice } from '../../ui/NotFoundNotice';
import { resolveFailureText } from '../../wording/resolve-failure-text';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
import { lazyComponent } from '../../ui/lazy-component';
import { FillIn } from './FillIn';
import { InvitationHeading } from './InvitationHeading';
import { WelcomePanel } from './WelcomePanel';

// the answer code and its QR are drawn only on the review step: their code loads then, which keeps
// a member's first screen within its byte budget
const AnswerCodePanel = lazyComponent(() =>
  import('../../ui/codes/AnswerCodePanel').then((m) => m.AnswerCodePanel),
);

type Params = { scanId: string; pageId?: string; itemId?: string };

/** A respondent filling in on their own device, ending with a response file to send back. */
export function RespondPage({ params }: { params: Params }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const registry = useQuestionnaireRegistry();
  const data = useOpenedInvitation(params.scanId);
  const responseId = data?.response.id;
  const write = useCallback(
    (itemId: string, value: AnswerValue | undefined) =>
      responseId
        ? saveAnswer({ responseId, itemId, value })
        : Promise.reject(new Error('no response')),
    [responseId],
  );
  // the QR code on the review step is how most members send: "Eerder geopende uitnodigingen" says so
  const noteCodeShown = useCallback(
    () => void markInvitationSent({ scanId: params.scanId, as: 'code' }),
    [params.scanId],
  );
  if (data === undefined) return null;
  if (data === null) return <NotFoundNotice />;
  const resolved = registry.resolve(data.invitation.questionnaire);
  if (!resolved.ok) {
    return (
      <p role="alert" className="field__error">
        {resolveFailureText(t, resolved)}
      </p>
    );
  }
  const { invitation, response } = data;
  const summary = summarise(resolved.entry);
  const fileName = `antwoorden-${safeFileName(invitation.label ?? 'zelfscan')}-${response.id.slice(0, 8)}.json`;

  function buildFile(answers: Answers, submittedAt: string) {
    return buildResponseFile({
      questionnaire: invitation.questionnaire,
      scanId: invitation.scanId,
      respondentId: response.id,
      ...(invitation.label ? { label: invitation.label } : {}),
      ...(response.name ? { respondentName: response.name } : {}),
      answers,
      submittedAt,
    });
  }

  function saveResponseFile(answers: Answers) {
    const file = buildFile(answers, new Date().toISOString());
    downloadJson({ fileName, value: file });
    void markInvitationSent({ scanId: invitation.scanId, as: 'file' });
  }

  return (
    <section aria-labelledby="page-title">
      <InvitationHeading label={invitation.label} collectiveName={invitation.collectiveName} />
      {params.pageId === undefined && Object.keys(response.answers).length === 0 ? (
        <WelcomePanel
          questionCount={summary.respondentQuestions}
          collectiveName={invitation.collectiveName}
          name={response.name}
          onStart={async (name) => {
            if (name !== response.name) await setRespondentName({ responseId: response.id, name });
            navigate(`/respond/${invitation.scanId}/${summary.firstPageId ?? 'review'}`);
          }}
        />
      ) : (
        <FillIn
          questionnaire={resolved.entry.questionnaire}
          answers={response.answers}
          pageId={params.pageId}
          itemId={params.itemId}
          basePath={`/respond/${invitation.scanId}`}
          isReadOnly={false}
          write={write}
          onDownloadUnsaved={saveResponseFile}
          finish={
            <>
              <h3>{t('invitation.sendTitle')}</h3>
              <AnswerCodePanel
                questionnaire={resolved.entry.questionnaire}
                answers={response.answers}
                buildFile={buildFile}
                fileName={fileName}
                onDownload={() => saveResponseFile(response.answers)}
                onCodeShown={noteCodeShown}
              />
              <p className="muted">{t('invitation.sendHelp')}</p>
            </>
          }
        />
      )}
    </section>
  );
}
