import { createSeededRandom } from '../domain/random';
import { buildExampleScan } from '../domain/example/example-scan';
import { collectiveSchema, scanSchema, storedResponseSchema } from '../domain/collective/schema';
import type { Questionnaire, QuestionnaireRef } from '../domain/questionnaire/schema';
import type { SelfScanDatabase } from './db';
import { defaultRuntime, type Runtime } from './runtime';

export const exampleSeed = 20270301;

/** The example collective if it is already on this device. */
export async function findExampleCollectiveId(db: SelfScanDatabase): Promise<string | undefined> {
  const all = await db.collectives.toArray();
  return all.find((c) => c.isExample)?.id;
}

/** Writes the example collective with its closed scan and six respondents, in one transaction. */
export async function addExampleCollective(
  db: SelfScanDatabase,
  input: { questionnaire: Questionnaire; ref: QuestionnaireRef },
  runtime: Runtime = defaultRuntime,
): Promise<string> {
  const example = buildExampleScan({
    questionnaire: input.questionnaire,
    random: createSeededRandom(exampleSeed),
  });
  const now = runtime.now();
  const collective = collectiveSchema.parse({
    ...example.collective,
    id: runtime.newId(),
    isExample: true,
    createdAt: now,
    updatedAt: now,
  });
  const scan = scanSchema.parse({
    id: runtime.newId(),
    collectiveId: collective.id,
    questionnaire: input.ref,
    label: example.scanLabel,
    status: 'closed',
    startedAt: example.startedAt,
    closedAt: example.closedAt,
  });
  // one millisecond apart, so respondents keep the example's order
  const at = (index: number) => new Date(Date.parse(now) + index).toISOString();
  const responses = example.respondents.map((respondent, index) =>
    storedResponseSchema.parse({
      id: runtime.newId(),
      scanId: scan.id,
      name: respondent.name,
      answers: respondent.answers,
      source: 'device',
      createdAt: at(index),
      updatedAt: at(index),
    }),
  );
  await db.transaction('rw', db.collectives, db.scans, db.responses, async () => {
    await db.collectives.add(collective);
    await db.scans.add(scan);
    await db.responses.bulkAdd(responses);
  });
  return collective.id;
}
