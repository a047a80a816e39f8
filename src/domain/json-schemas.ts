import { z } from './zod-mini';
import { questionnaireSchema } from './questionnaire/schema';
import { responseFileSchema } from './files/response-file';
import { invitationFileSchema } from './files/invitation-file';
import { resultFileSchema } from './files/result-file-schema';
import { studyFileSchema } from './research/study/study-file';
import { anonymisedResultFileSchema } from './files/anonymised-result-file';
import { scanScoresSchema } from './scoring/scan-scores-schema';
import { screeningFileSchema } from './screening/screening-file';

/** The published JSON Schema of one file format, generated from its zod schema. */
function fileSchema({
  schema,
  title,
  description,
}: {
  schema: z.core.$ZodType;
  title: string;
  description: string;
}): object {
  // io 'input' describes the file as written: fields with a default may be left out.
  const { $schema, ...generated } = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
  });
  return { $schema, title, description, ...generated };
}

/** Every JSON Schema published under public/schemas/, keyed by file name. */
export function jsonSchemas(): Record<string, object> {
  return {
    'ck-questionnaire.schema.json': fileSchema({
      schema: questionnaireSchema,
      title: 'CollectieveKracht questionnaire definition',
      description:
        'A versioned questionnaire (format "ck-questionnaire", formatVersion 1), as in questionnaires/<id>/<version>.json. Cross-checks such as unique ids and known conditions are not expressed here; run `npm run selfscan -- validate <file>` for those.',
    }),
    'ck-response.schema.json': fileSchema({
      schema: responseFileSchema,
      title: 'CollectieveKracht response file',
      description:
        'One respondent\'s answers from their own device (format "ck-response", formatVersion 1).',
    }),
    'ck-invitation.schema.json': fileSchema({
      schema: invitationFileSchema,
      title: 'CollectieveKracht invitation file',
      description:
        'What a coordinator sends to respondents who answer on their own device (format "ck-invitation", formatVersion 1).',
    }),
    'ck-result.schema.json': fileSchema({
      schema: resultFileSchema,
      title: 'CollectieveKracht result file',
      description:
        'A scan\'s result with its scores (format "ck-result", formatVersion 1 or 2; version 2 adds `collective.id`, the collective\'s permanent UUID v4). `digest` is the SHA-256 of the RFC 8785 canonical form of every other field; run `npm run selfscan -- verify <file>` to check it and re-score.',
    }),
    'ck-study.schema.json': fileSchema({
      schema: studyFileSchema,
      title: 'CollectieveKracht study invitation',
      description:
        'What a research team hands the collectives of one study (format "ck-study", formatVersion 1): name, key (256 random bits as base64url; the pseudonym is HMAC-SHA-256 keyed with its UTF-8 bytes over the collective\'s id), k, and the level each profile field is shared at.',
    }),
    'ck-result-anonymised.schema.json': fileSchema({
      schema: anonymisedResultFileSchema,
      title: 'CollectieveKracht anonymised result file',
      description:
        'A result without anything identifying, for research (format "ck-result-anonymised", formatVersion 1).',
    }),
    'ck-scores.schema.json': fileSchema({
      schema: scanScoresSchema,
      title: 'CollectieveKracht scorer output',
      description:
        'The `scores` of a result file and the output of `selfscan score --json` (DESIGN.md, scoring rule 8).',
    }),
    'ck-screening.schema.json': fileSchema({
      schema: screeningFileSchema,
      title: 'CollectieveKracht saved screening',
      description:
        "A funder's whole screening (format \"ck-screening\", formatVersion 1): each applicant's result file with its screening status, reasons and note, and the funder's criteria. A digest occurs at most once.",
    }),
  };
}
