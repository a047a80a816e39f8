import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scan } from '../../domain/collective/schema';
import {
  planResponseImport,
  type ResponseImportPlan,
} from '../../domain/collective/plan-response-import';
import { buildInvitationFile } from '../../domain/files/invitation-file';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { importResponses, listResponses } from '../../storage/device/scans';
import { downloadJson, safeFileName } from '../../ui/download';
import { JsonFilePicker, type PickedFile } from '../../ui/JsonFilePicker';
import { takeHandedOverFiles } from '../../ui/shared-files';
import { refusalText } from '../../wording/refusal-text';

type Props = { scan: Scan; questionnaire: Questionnaire; collectiveName: string | undefined };

/** Respondents on their own devices: send an invitation file, import the response files that come back. */
export function RemoteRespondentsPanel({ scan, questionnaire, collectiveName }: Props) {
  const { t, i18n } = useTranslation();
  const [plan, setPlan] = useState<ResponseImportPlan | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);

  // response files shared to the installed app (src/features/phones/SharedFilePage.tsx) go
  // through the same import as chosen ones
  useEffect(() => {
    const shared = takeHandedOverFiles(scan.id);
    if (shared.length === 0) return;
    panel.current?.scrollIntoView({ block: 'start' });
    void chooseFiles(shared);
  });

  function downloadInvitation() {
    const invitation = buildInvitationFile({
      questionnaire: scan.questionnaire,
      scanId: scan.id,
      label: scan.label,
      ...(collectiveName === undefined ? {} : { collectiveName }),
      createdAt: new Date().toISOString(),
    });
    downloadJson({
      fileName: `uitnodiging-${safeFileName(scan.label)}.json`,
      value: invitation,
    });
  }

  async function chooseFiles(files: PickedFile[]) {
    setOutcome(null);
    if (files.length === 0) return;
    const existing = await listResponses(scan.id);
    const next = planResponseImport({
      scan,
      questionnaire,
      existingResponseIds: existing.map((r) => r.id),
      files,
    });
    if (next.refusals.length === 0 && !next.accepted.some((a) => a.isReimport)) {
      await write(next, false);
    } else {
      setPlan(next);
    }
  }

  async function write(current: ResponseImportPlan, replaceExisting: boolean) {
    const counts = await importResponses({
      scanId: scan.id,
      accepted: current.accepted,
      replaceExisting,
    });
    setPlan(null);
    setOutcome(t('import.done', counts));
  }

  const reimports = plan?.accepted.filter((a) => a.isReimport) ?? [];
  return (
    <div className="panel" ref={panel}>
      <h3>{t('import.title')}</h3>
      <p>{t('import.help')}</p>
      <p className="actions">
        <button type="button" className="button" onClick={downloadInvitation}>
          {t('import.downloadInvitation')}
        </button>
      </p>
      <JsonFilePicker
        id="response-files"
        label={t('import.chooseFiles')}
        isMultiple
        onFiles={(files) => void chooseFiles(files)}
      />
      {plan && plan.refusals.length > 0 ? (
        <div role="alert" className="field__error">
          <p>{t('import.refused', { count: plan.refusals.length })}</p>
          <ul>
            {plan.refusals.map((r, index) => (
              <li key={`${index}-${r.fileName}`}>
                <strong className="file-name">{r.fileName}</strong>:{' '}
                {refusalText(t, r, i18n.language)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {plan && plan.refusals.length === 0 && reimports.length > 0 ? (
        <div role="alertdialog" aria-labelledby="reimport-question" className="notice">
          <p id="reimport-question">
            {t('import.reimportQuestion', {
              count: reimports.length,
              files: reimports.map((a) => a.fileName).join(', '),
            })}
          </p>
          <p className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void write(plan, true)}
            >
              {t('import.replace')}
            </button>
            <button type="button" className="button" onClick={() => void write(plan, false)}>
              {t('import.keep')}
            </button>
          </p>
        </div>
      ) : null}
      {outcome ? (
        <p role="status" className="success">
          {outcome}
        </p>
      ) : null}
    </div>
  );
}
