import { resultFileSchema, type ResultFile } from '../../src/domain/files/result-file-schema';
import type { ScreenedFile } from '../../src/domain/screening/screen-status';

const rawResults = import.meta.glob<unknown>('../fixtures/results/*.result.json', {
  eager: true,
  import: 'default',
});

/** The made-up result files in tests/fixtures/results, by slug, in file-name order. */
export const fixtureResults: { slug: string; result: ResultFile }[] = Object.entries(rawResults)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, raw]) => ({
    slug: path.replace(/^.*\//, '').replace('.result.json', ''),
    result: resultFileSchema.parse(raw),
  }));

export function fixtureResult(slug: string): ResultFile {
  const found = fixtureResults.find((f) => f.slug === slug);
  if (!found) throw new Error(`no fixture result "${slug}"`);
  return found.result;
}

/** A screened file as the worker reports it for a readable result. */
export function screenedResult(
  result: ResultFile,
  overrides: Partial<ScreenedFile> = {},
): ScreenedFile {
  return {
    fileName: `${result.collective.name ?? 'result'}.pdf`,
    kind: 'pdf',
    bytes: 12_345,
    status: 'intact',
    reasons: [],
    digest: result.digest,
    result,
    ...overrides,
  };
}

/** A screened file that could not be read. */
export function refusedFile(overrides: Partial<ScreenedFile> = {}): ScreenedFile {
  return {
    fileName: 'kapot.pdf',
    kind: 'pdf',
    bytes: 100,
    status: 'unreadable',
    reasons: [{ code: 'damaged-pdf' }],
    digest: null,
    result: null,
    ...overrides,
  };
}
