import { z } from 'zod';
import { questionnaireSchema } from './questionnaire/schema';

/** The published JSON Schema of one file format, generated from its zod schema. */
function fileSchema({
  schema,
  title,
  description,
}: {
  schema: z.ZodType;
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
  };
}
