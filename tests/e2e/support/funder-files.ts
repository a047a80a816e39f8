import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResultFile } from '../../../src/domain/files';
import { fixtureNames, fixtureResult } from '../../support/fixture-results';
import { reportPdf, resigned, screeningFixtures } from '../../support/screening-fixtures';
import { buildReportModel } from '../../../src/report/model/report-model';
import { selfScanV1 } from '../../support/questionnaires';

/** Towns per province, so that a generated applicant's municipality lies in its province. */
const towns: Record<string, string[]> = {
  overijssel: ['Zwolle', 'Deventer', 'Enschede'],
  utrecht: ['Amersfoort', 'Utrecht', 'Houten'],
  noordBrabant: ['Tilburg', 'Eindhoven', 'Breda'],
  gelderland: ['Nijmegen', 'Arnhem', 'Zutphen'],
  noordHolland: ['Amsterdam', 'Haarlem', 'Alkmaar'],
  friesland: ['Leeuwarden', 'Sneek', 'Heerenveen'],
  zeeland: ['Veere', 'Middelburg', 'Goes'],
};

/** Result number `index`: a fixture, renamed and re-signed, so every applicant has its own digest. */
export async function distinctResult(index: number): Promise<ResultFile> {
  const base = fixtureResult(fixtureNames[index % fixtureNames.length]!);
  const inProvince = towns[base.collective.province ?? ''] ?? [base.collective.municipality];
  const town = inProvince[Math.floor(index / fixtureNames.length) % inProvince.length] ?? null;
  return resigned({
    ...base,
    collective: {
      ...base.collective,
      name: `${base.collective.name} ${index + 1}`,
      municipality: town,
    },
    scan: { ...base.scan, id: `${base.scan.id}-${index + 1}` },
  });
}

export type FunderBatch = {
  dir: string;
  /** every file of the batch: 20 PDFs, 5 result files, 4 bad ones and the 3 of issue 23 */
  paths: string[];
  results: ResultFile[];
  bad: { printedEdited: string; foreign: string; truncated: string; unknownVersion: string };
  /** a stored score edited and the digest made again; a PDF carrying aanvraag-02's result; a copy */
  forged: {
    scoreEdited: string;
    /** the result before its culture score was set to 85 */
    scoreEditedOriginal: ResultFile;
    swapped: string;
    /** the collective the swapped PDF prints, whose own result it does not carry */
    swappedPrinted: ResultFile;
    copy: string;
  };
};

/**
 * Writes the e2e batch of 32 files: 20 report PDFs and 5 result files made by the app, 4 bad files,
 * and issue 23's three: a result whose stored culture score was set to 85 and its digest made again,
 * a PDF printing one collective with aanvraag-02's result attached, and a byte copy of aanvraag-01.
 */
export async function writeFunderBatch(dir: string): Promise<FunderBatch> {
  mkdirSync(dir, { recursive: true });
  const results = await Promise.all(Array.from({ length: 25 }, (_, i) => distinctResult(i)));
  const paths: string[] = [];
  for (const [index, result] of results.entries()) {
    const stem = `aanvraag-${String(index + 1).padStart(2, '0')}`;
    const path = index < 20 ? join(dir, `${stem}.pdf`) : join(dir, `${stem}.result.json`);
    writeFileSync(
      path,
      index < 20 ? await reportPdf({ result }) : `${JSON.stringify(result, null, 2)}\n`,
    );
    paths.push(path);
  }
  const fixtures = await screeningFixtures();
  const bad = {
    printedEdited: join(dir, 'score-aangepast.pdf'),
    foreign: join(dir, 'begroting.pdf'),
    truncated: join(dir, 'half-verstuurd.pdf'),
    unknownVersion: join(dir, 'nieuwe-versie.result.json'),
  };
  writeFileSync(bad.printedEdited, fixtures.printedEdited);
  writeFileSync(bad.foreign, fixtures.foreignPdf);
  writeFileSync(bad.truncated, fixtures.truncatedPdf);
  writeFileSync(bad.unknownVersion, fixtures.unknownVersion);
  const original = await distinctResult(25);
  const culture = original.scores.conditions.culture!;
  const scoreEdited = await resigned({
    ...original,
    scores: {
      ...original.scores,
      conditions: { ...original.scores.conditions, culture: { ...culture, score: 85 } },
    },
  });
  const printed = await distinctResult(26);
  const forged = {
    scoreEdited: join(dir, 'score-bewerkt.result.json'),
    swapped: join(dir, 'bijlage-verwisseld.pdf'),
    copy: join(dir, 'aanvraag-01 (kopie).pdf'),
  };
  writeFileSync(forged.scoreEdited, `${JSON.stringify(scoreEdited, null, 2)}\n`);
  writeFileSync(
    forged.swapped,
    await reportPdf({
      result: results[1]!,
      model: buildReportModel({ result: printed, questionnaire: selfScanV1, language: 'nl' }),
    }),
  );
  writeFileSync(forged.copy, readFileSync(paths[0]!));
  return {
    dir,
    paths: [...paths, ...Object.values(bad), ...Object.values(forged)],
    results,
    bad,
    forged: {
      ...forged,
      scoreEditedOriginal: original,
      swappedPrinted: printed,
    },
  };
}
