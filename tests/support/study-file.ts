import { buildStudyFile } from '../../src/domain/research/study/new-study';

/**
 * A study as an invitation brings it, with a fixed key (32 bytes of 7) and date so that pseudonyms
 * are the same in every run; `id` and `name` tell two studies apart.
 */
export function testStudyFile(
  id = '5d3c2b1a-0f9e-4d8c-b7a6-958473625140',
  name = 'Levend lab',
): ReturnType<typeof buildStudyFile> {
  return buildStudyFile({
    name,
    k: 5,
    collects: {},
    id,
    keyBytes: new Uint8Array(32).fill(7),
    createdAt: '2027-02-01T10:00:00.000Z',
  });
}
