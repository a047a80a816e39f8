import { describe, expect, it } from 'vitest';
import { buildInvitationFile } from './invitation-file';
import { buildResponseFile } from './response-file';
import { readSharedFile } from './shared-file';

const ref = { id: 'test', version: '1.0.0', sha256: 'a'.repeat(64) };
const response = buildResponseFile({
  questionnaire: ref,
  scanId: 'scan-1',
  respondentId: 'r-7',
  answers: { leadership_1: 4, leadership_2: null },
  submittedAt: '2025-03-02T10:00:00.000Z',
});
const invitation = buildInvitationFile({
  questionnaire: ref,
  scanId: 'scan-1',
  createdAt: '2025-03-01T09:00:00.000Z',
});
const text = (value: unknown) => JSON.stringify(value);

describe('a file shared to the app', () => {
  it('is read as the invitation or response file it claims to be', () => {
    expect(readSharedFile(text(invitation))).toEqual({ kind: 'invitation', file: invitation });
    expect(readSharedFile(text(response))).toEqual({ kind: 'response', file: response });
  });

  it('a damaged response file is refused with the reader’s own error', () => {
    const read = readSharedFile(text({ ...response, scanId: 42 }));
    expect(read).toMatchObject({
      kind: 'refused',
      error: { code: 'invalid', format: 'ck-response' },
    });
    expect(readSharedFile(text({ ...invitation, formatVersion: 9 }))).toMatchObject({
      kind: 'refused',
      error: { code: 'unsupported-version', format: 'ck-invitation' },
    });
  });

  it('text that is no JSON is refused as unreadable', () => {
    expect(readSharedFile(text(response).slice(0, 40))).toMatchObject({
      kind: 'refused',
      error: { code: 'unreadable' },
    });
  });

  it.each([
    ['a result file', text({ format: 'ck-result' }), 'ck-result'],
    ['JSON without a format', text({ answers: {} }), undefined],
    ['a JSON list', '[1, 2]', undefined],
  ])('%s is neither', (_case, shared, format) => {
    expect(readSharedFile(shared)).toEqual({ kind: 'unknown', format });
  });
});
