import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { selfScanV1 } from '../../../tests/support/questionnaires';
import { collectiveInput, exampleRef } from '../../../tests/support/fixtures';
import type { Scan } from '../../domain/collective/schema';
import { encodeResponseCode } from '../../domain/files/response-code';
import { buildResponseFile } from '../../domain/files/response-file';
import { chooseLanguage, initI18n } from '../../i18n';
import { createCollective } from '../../storage/collectives-repository';
import { getDatabase, resetDatabaseForTests } from '../../storage/db';
import { listResponses } from '../../storage/responses-repository';
import { startScan } from '../../storage/scans-repository';
import { useCodeImport } from './useCodeImport';

let scan: Scan;

beforeEach(async () => {
  await resetDatabaseForTests();
  initI18n('nl');
  await chooseLanguage('nl');
  const db = getDatabase();
  const collective = await createCollective(db, collectiveInput());
  scan = await startScan(db, {
    collectiveId: collective.id,
    questionnaire: exampleRef,
    label: 'x',
  });
});

const codeOf = (respondentId: string, answers: Record<string, number>) =>
  encodeResponseCode({
    file: buildResponseFile({
      questionnaire: exampleRef,
      scanId: scan.id,
      respondentId,
      answers,
      submittedAt: '2026-12-04T12:00:00.000Z',
    }),
    questionnaire: selfScanV1,
  });

describe('reading answer codes into a scan', () => {
  it('says so when a code could not be saved, and takes the same code from the camera again', async () => {
    const { result } = renderHook(() => useCodeImport({ scan, questionnaire: selfScanV1 }));
    const code = codeOf('resp-1', { culture_1: 4 });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    // the database goes away under the page (another tab deleted everything, say)
    getDatabase().close();
    await act(() => result.current.readCode(code, 'camera'));
    expect(result.current.log.map((entry) => [entry.isRefused, entry.text])).toEqual([
      [
        true,
        'Deze code kon niet worden opgeslagen. Probeer hem opnieuw in te lezen; lukt het dan nog niet, laad de app opnieuw.',
      ],
    ]);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    await getDatabase().open();
    // the same code still in front of the camera is read again, not skipped as done
    await act(() => result.current.readCode(code, 'camera'));
    await waitFor(() => expect(result.current.log[0]?.isRefused).toBe(false));
    expect(result.current.log[0]?.text).toMatch(/^Ontvangen: /);
    expect((await listResponses(getDatabase(), scan.id)).map((r) => r.id)).toEqual(['resp-1']);
  });

  it('reads a code held before the camera once', async () => {
    const { result } = renderHook(() => useCodeImport({ scan, questionnaire: selfScanV1 }));
    const code = codeOf('resp-2', { culture_1: 2 });
    await act(() => result.current.readCode(code, 'camera'));
    await act(() => result.current.readCode(code, 'camera'));
    expect(result.current.log).toHaveLength(1);
  });

  it('counts the same code arriving a second time: answers kept, the member answered twice', async () => {
    const { result } = renderHook(() => useCodeImport({ scan, questionnaire: selfScanV1 }));
    const code = codeOf('resp-3', { culture_1: 5 });
    await act(() => result.current.readCode(code, 'text'));
    await act(() => result.current.readCode(code, 'text'));
    expect(result.current.log.map((entry) => entry.isRefused)).toEqual([false, false]);
    expect(result.current.log[0]?.text).toMatch(/: deze antwoorden waren al ontvangen\.$/);
    expect(result.current.log[1]?.text).toMatch(/^Ontvangen: /);
    const [stored] = await listResponses(getDatabase(), scan.id);
    expect(stored).toMatchObject({ id: 'resp-3', answers: { culture_1: 5 }, timesReceived: 2 });
    expect(stored?.lastArrivalAt).toBeDefined();
  });

  it('says in which block and place a typed code most likely has its one typo', async () => {
    const { result } = renderHook(() => useCodeImport({ scan, questionnaire: selfScanV1 }));
    const code = codeOf('resp-4', { culture_1: 3 });
    const at = 'CKR2:'.length + 17; // the 18th character: block 4, place 3
    const typo = code.slice(0, at) + (code[at] === '7' ? '8' : '7') + code.slice(at + 1);
    await act(() => result.current.readCode(typo, 'text'));
    expect(result.current.log[0]).toMatchObject({
      isRefused: true,
      text: `Het controlegetal klopt niet: waarschijnlijk is teken 3 van blok 4 verkeerd overgetypt (‘${code[at]}’ zou passen). Vergelijk dat blok met de telefoon.`,
    });
    expect(await listResponses(getDatabase(), scan.id)).toEqual([]);
  });
});
