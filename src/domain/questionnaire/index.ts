export * from './schema';
export { parseQuestionnaire, parseQuestionnaireText } from './parse';
export type { ParseResult, QuestionnaireError } from './parse';
export { formatPath } from './issue-paths';
export { crossCheckQuestionnaire } from './cross-checks';
export { compareVersions, formatRef, questionnaireKey, questionnaireRef } from './identity';
export { createRegistry, resolveReasons } from './registry';
export { registryFromRawFiles } from './registry-from-files';
export type {
  QuestionnaireRegistry,
  RegistryEntry,
  ResolveReason,
  ResolveResult,
} from './registry';
export { itemMapping, mapAnswers, mapAnswersAlong, migrationChain } from './migrate';
