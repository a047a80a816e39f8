import { studyFileSchema, type StudyCollects, type StudyFile } from './study-file';
import { studyKeyFrom } from './study-key';

/** A new study with `format` and `formatVersion` first; the caller passes random bytes, id and time. */
export function buildStudyFile(input: {
  name: string;
  k: number;
  collects: StudyCollects;
  id: string;
  keyBytes: Uint8Array;
  createdAt: string;
}): StudyFile {
  return studyFileSchema.parse({
    format: 'ck-study',
    formatVersion: 1,
    id: input.id,
    name: input.name,
    key: studyKeyFrom(input.keyBytes),
    k: input.k,
    collects: input.collects,
    createdAt: input.createdAt,
  });
}
