export { formatVersion, isoDateTimeSchema } from './common';
export { responseFileSchema, buildResponseFile } from './response-file';
export type { ResponseFile } from './response-file';
export { invitationFileSchema, buildInvitationFile } from './invitation-file';
export type { InvitationFile } from './invitation-file';
export {
  generatorSchema,
  resultCollectiveSchema,
  resultFileSchema,
  resultResponseSchema,
  resultScanSchema,
} from './result-file-schema';
export type {
  Generator,
  ResultCollective,
  ResultFile,
  ResultResponse,
  ResultScan,
} from './result-file-schema';
export { buildResultFile, resultDigest } from './result-file';
export { anonymisedResultFileSchema } from './anonymised-result-file';
export type { AnonymisedResultFile } from './anonymised-result-file';
export {
  peekFormat,
  readAnonymisedResultFile,
  readFormattedFile,
  readInvitationFile,
  readResponseFile,
  readResultFile,
} from './read-file';
export type { FileError, FileErrorCode, ReadResult } from './read-file';
export { checkAnswers } from './check-answers';
export { compareScores, scoreTolerance } from './compare-scores';
export { verifyResult } from './verify-result';
export type { Finding, FindingCode } from './findings';
