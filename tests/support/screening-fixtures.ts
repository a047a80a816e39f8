// Generated files for the screening tests: report PDFs rendered in Node from fixture results, and
// tampered variants of each kind the funder must catch.
import { jsPDF } from 'jspdf';
import { resultDigest, type ResultFile } from '../../src/domain/files';
import { loadNodeFonts } from '../../src/report/pdf/fonts-node';
import { renderReportPdf } from '../../src/report/pdf/render-pdf';
import { buildReportModel, type ReportModel } from '../../src/report/model/report-model';
import { fixtureResult } from './fixture-results';
import { selfScanV1 } from './questionnaires';

export type NamedFile = { name: string; bytes: Uint8Array };

/** The fixture whose report is tampered with, and the collective whose result is swapped in. */
export const baseName = 'oogst-food-path-a.result.json';
export const otherName = 'zonnedael-energy-both-paths.result.json';

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));

/** The same result with its digest made to match its content again. */
export async function resigned(result: ResultFile): Promise<ResultFile> {
  return { ...result, digest: await resultDigest(result) };
}

/** A report PDF as the app makes it; `model` and `result` may be tampered separately. */
export async function reportPdf({
  result,
  model = buildReportModel({ result, questionnaire: selfScanV1, language: 'nl' }),
}: {
  result: ResultFile;
  model?: ReportModel;
}): Promise<Uint8Array> {
  return renderReportPdf({ model, result, fonts: await loadNodeFonts() });
}

/** The model with the first condition's printed score changed (summary and section). */
export function withEditedScore(model: ReportModel): {
  model: ReportModel;
  printed: string;
  id: string;
} {
  const edited = structuredClone(model);
  const row = edited.summary.rows[0];
  const section = edited.conditions.find((candidate) => candidate.id === row?.id);
  if (!row || !section) throw new Error('the model has a first condition');
  const printed = Number(row.scoreText) === 99 ? '98' : '99';
  row.scoreText = printed;
  section.scoreText = printed;
  return { model: edited, printed, id: row.id };
}

/** Every kind of file the screening tests need, by purpose. */
export async function screeningFixtures() {
  const base = fixtureResult(baseName);
  const other = fixtureResult(otherName);
  const model = buildReportModel({ result: base, questionnaire: selfScanV1, language: 'nl' });
  const intactPdf = await reportPdf({ result: base, model });

  const editedAnswers = structuredClone(base);
  const answers = editedAnswers.responses[0]?.answers;
  if (!answers) throw new Error('the fixture has a respondent');
  answers.leadership_1 = answers.leadership_1 === 5 ? 1 : 5;

  const newVersion = await resigned({
    ...base,
    questionnaire: { ...base.questionnaire, version: '9.9.9' },
  });
  const foreign = new jsPDF();
  foreign.text('Begroting 2025', 20, 20);

  return {
    base,
    other,
    edited: withEditedScore(model),
    intactPdf,
    intactJson: json(base),
    printedEdited: await reportPdf({ result: base, model: withEditedScore(model).model }),
    attachmentEdited: await reportPdf({ result: editedAnswers, model }),
    swapped: await reportPdf({ result: other, model }),
    digestEdited: json({ ...base, digest: 'e'.repeat(64) }),
    unknownVersion: json(newVersion),
    unknownVersionPdf: await reportPdf({
      result: newVersion,
      model: buildReportModel({
        result: newVersion,
        questionnaire: { ...selfScanV1, version: '9.9.9' },
        language: 'en',
      }),
    }),
    foreignPdf: new Uint8Array(foreign.output('arraybuffer')),
    truncatedPdf: intactPdf.slice(0, Math.floor(intactPdf.length / 2)),
    responseJson: json({ format: 'ck-response', formatVersion: 1 }),
    brokenJson: new TextEncoder().encode('{"format": "ck-result", '),
  };
}
