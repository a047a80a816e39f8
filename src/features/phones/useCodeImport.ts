import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scan } from '../../domain/collective/schema';
import {
  planResponseImport,
  type AcceptedResponse,
} from '../../domain/collective/plan-response-import';
import {
  decodeResponseCode,
  normaliseCode,
  type ResponseCodeError,
} from '../../domain/files/response-code';
import { canonicalJson } from '../../domain/hash';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { getScan, importResponses, listResponses } from '../../storage/device/scans';
import { ScanClosedError } from '../../storage/responses-repository';
import { respondentName } from '../../ui/respondent-name';

/** The message key of a refused code: a located typo has one per kind of slip. */
const reasonKey = (error: ResponseCodeError) =>
  error.code === 'code-typo' ? (`code-typo-${error.kind}` as const) : error.code;

export type CodeOutcome = { id: number; isRefused: boolean; text: string };
export type PendingReimport = { accepted: AcceptedResponse; name: string };

/**
 * Reads response codes into a scan one at a time: decoded, then the same plan and write as a
 * response file, so the checks, duplicate handling and refusals are the file import's.
 */
export function useCodeImport({
  scan,
  questionnaire,
}: {
  scan: Scan;
  questionnaire: Questionnaire;
}) {
  const { t } = useTranslation();
  const [log, setLog] = useState<CodeOutcome[]>([]);
  const [pending, setPending] = useState<PendingReimport | null>(null);
  const handled = useRef(new Set<string>());
  const isBusy = useRef(false);

  const note = (isRefused: boolean, text: string) =>
    setLog((earlier) => [{ id: earlier.length + 1, isRefused, text }, ...earlier]);

  async function write(accepted: AcceptedResponse, replaceExisting: boolean, name: string) {
    const counts = await importResponses({
      scanId: scan.id,
      accepted: [accepted],
      replaceExisting,
      via: 'code',
    });
    note(
      false,
      t(
        counts.replaced
          ? 'phones.scanCodes.replaced'
          : counts.kept
            ? 'phones.scanCodes.kept'
            : 'phones.scanCodes.accepted',
        { name },
      ),
    );
  }

  /** Reads one code; true when it was taken (or is waiting for the re-import question), false when refused. */
  async function readCode(raw: string, from: 'camera' | 'text'): Promise<boolean> {
    const text = normaliseCode(raw);
    // a code stays in front of the camera for many frames: read each one once
    if (isBusy.current || pending || (from === 'camera' && handled.current.has(text))) return false;
    isBusy.current = true;
    handled.current.add(text);
    try {
      const decoded = decodeResponseCode({ text, scan, questionnaire });
      if (!decoded.ok) {
        const error = decoded.error;
        // a code of another scan on this device: say which, so the coordinator can go there
        const other = error.code === 'other-scan' ? await getScan(error.found) : undefined;
        note(
          true,
          other
            ? t('phones.scanCodes.otherScanNamed', { label: other.label })
            : t(`phones.scanCodes.reason.${reasonKey(error)}`, error),
        );
        return false;
      }
      const file = decoded.file;
      const existing = await listResponses(scan.id);
      const plan = planResponseImport({
        scan,
        questionnaire,
        existingResponseIds: existing.map((r) => r.id),
        files: [{ name: file.respondentId, text: JSON.stringify(file) }],
      });
      const [refusal] = plan.refusals;
      const [accepted] = plan.accepted;
      if (refusal || !accepted) {
        note(true, t(`import.reason.${refusal?.code ?? 'invalid'}`));
        return false;
      }
      const earlier = existing.find((r) => r.id === file.respondentId);
      const invited = scan.invitees?.find((i) => i.respondentId === file.respondentId)?.name;
      const given = earlier?.name || invited || file.respondentName || '';
      const name = respondentName(t, { id: file.respondentId, name: given });
      // new, or the same answers again: written without asking (a second arrival is counted)
      if (!earlier || canonicalJson(earlier.answers) === canonicalJson(file.answers)) {
        await write(accepted, false, name);
        return true;
      }
      setPending({ accepted, name });
      return true;
    } catch (error) {
      // the code may be read again; and the coordinator hears of it instead of seeing nothing happen
      handled.current.delete(text);
      if (error instanceof ScanClosedError) note(true, t('phones.scanCodes.closed'));
      else {
        note(true, t('phones.scanCodes.failed'));
        console.error(error);
      }
      return false;
    } finally {
      isBusy.current = false;
    }
  }

  async function answer(replaceExisting: boolean) {
    if (!pending) return;
    setPending(null);
    await write(pending.accepted, replaceExisting, pending.name);
  }

  return { log, pending, readCode, answer };
}
