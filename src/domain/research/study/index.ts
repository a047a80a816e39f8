export { studyFileSchema, studyKeyBytes } from './study-file';
export { storedStudySchema } from './stored-study';
export type { StoredStudy } from './stored-study';
export type { StudyCollects, StudyFile } from './study-file';
export { studyKeyFrom, studyKeyLength } from './study-key';
export { buildStudyFile } from './new-study';
export {
  decodeStudyCode,
  encodeStudyCode,
  readStudyFile,
  studyCodeFromSearch,
  studyFileMaxBytes,
} from './read-study';
export type { StudyProblem, StudyRead } from './read-study';
