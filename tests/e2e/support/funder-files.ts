import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResultFile } from '../../../src/domain/files';
import { fixtureNames, fixtureResult } from '../../support/fixture-results';
import { reportPdf, resigned, screeningFixtures } from '../../support/screening-fixtures';

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
  /** every file of the batch, 20 PDFs, 5 result files and 4 bad ones */
  paths: string[];
  results: ResultFile[];
  bad: { printedEdited: string; foreign: string; truncated: string; unknownVersion: string };
};

/** Writes the e2e batch: 20 report PDFs and 5 result files made by the app, plus 4 bad files. */
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
  return { dir, paths: [...paths, ...Object.values(bad)], results, bad };
}
