import { buildExampleScan } from '../../src/domain/example/example-scan';
import { createSeededRandom } from '../../src/domain/random';
import { scoreScan } from '../../src/domain/scoring';
import { buildResultFile } from '../../src/domain/files/result-file';
import { verifyResult } from '../../src/domain/files/verify-result';
import { buildResponseFile } from '../../src/domain/files/response-file';
import { planResponseImport } from '../../src/domain/collective/plan-response-import';
import { loadQuestionnaireRegistry } from '../lib/load-questionnaires';
import { cliGenerator } from '../lib/generator';
import { measure, type Figure } from './measure';

/** Scoring, result files and response import on the example collective and on a large batch. */
export async function benchDomain(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const registry = await loadQuestionnaireRegistry();
  const entry = registry.latest('ck-selfscan');
  if (!entry) throw new Error('ck-selfscan is not in questionnaires/');
  const { questionnaire, ref } = entry;
  const example = buildExampleScan({ questionnaire, random: createSeededRandom(20270301) });
  const responses = example.respondents.map((r, i) => ({
    respondentId: `r${i}`,
    answers: r.answers,
  }));

  const score = await measure({
    name: 'score',
    runs: 500,
    task: () => scoreScan({ questionnaire, responses }),
  });
  figures.push({
    key: 'domain.scoreScan.ms',
    label: 'scoreScan, example collective (6 respondents), median',
    value: Math.round(score.medianMs * 1000) / 1000,
    unit: 'ms',
  });

  const collective = { ...example.collective };
  const scan = {
    id: 'bench',
    label: example.scanLabel,
    startedAt: '2027-03-01T10:00:00.000Z',
    closedAt: '2027-03-20T10:00:00.000Z',
  };
  const build = () =>
    buildResultFile({ questionnaire, ref, collective, scan, responses, generator: cliGenerator });
  const built = await measure({ name: 'build', runs: 200, task: build });
  figures.push({
    key: 'domain.buildResultFile.ms',
    label: 'buildResultFile (score + canonical JSON + SHA-256), median',
    value: Math.round(built.medianMs * 1000) / 1000,
    unit: 'ms',
  });
  const file = await build();
  const verified = await measure({
    name: 'verify',
    runs: 200,
    task: () => verifyResult({ file, registry }),
  });
  figures.push({
    key: 'domain.verifyResult.ms',
    label: 'verifyResult (digest + re-score), median',
    value: Math.round(verified.medianMs * 1000) / 1000,
    unit: 'ms',
  });

  const random = createSeededRandom(7);
  const files = Array.from({ length: 200 }, (_, i) => {
    const answers = buildExampleScan({ questionnaire, random }).respondents[0]?.answers ?? {};
    const text = JSON.stringify(
      buildResponseFile({
        questionnaire: ref,
        scanId: 'bench',
        respondentId: `resp-${i}`,
        answers,
        submittedAt: '2027-03-02T12:00:00.000Z',
      }),
    );
    return { name: `resp-${i}.json`, text };
  });
  const plan = await measure({
    name: 'plan',
    runs: 20,
    task: () =>
      planResponseImport({
        scan: { id: 'bench', questionnaire: ref },
        questionnaire,
        existingResponseIds: [],
        files,
      }),
  });
  figures.push({
    key: 'domain.checkResponses200.ms',
    label: 'check 200 response files before import, median',
    value: Math.round(plan.medianMs * 1000) / 1000,
    unit: 'ms',
  });
  return figures;
}
