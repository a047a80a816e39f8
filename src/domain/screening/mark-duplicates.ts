import type { ScreenedFile, ScreenStatus } from './screen-status';

// Only a file whose digest matches its content can stand for a report; a changed copy keeps its
// status, because that it was changed matters more than that it repeats another.
const countsAsReport = new Set<ScreenStatus>(['intact', 'unknown-questionnaire']);

/**
 * Marks every report seen before as a duplicate: one already imported (by digest) or an earlier file of
 * this batch (named). The first of each digest is kept as it was.
 */
export function markDuplicates({
  files,
  knownDigests = [],
}: {
  files: readonly ScreenedFile[];
  knownDigests?: readonly string[];
}): ScreenedFile[] {
  return files.map(duplicateMarker({ knownDigests }));
}

/** `markDuplicates` one file at a time: call the marker on each file of the batch, in order. */
export function duplicateMarker({
  knownDigests = [],
}: {
  knownDigests?: readonly string[];
}): (file: ScreenedFile) => ScreenedFile {
  const known = new Set(knownDigests);
  const firstOf = new Map<string, string>();
  return (file) => {
    if (file.digest === null || !countsAsReport.has(file.status)) return file;
    if (known.has(file.digest)) {
      return {
        ...file,
        status: 'duplicate',
        reasons: [{ code: 'already-imported', digest: file.digest }],
      };
    }
    const first = firstOf.get(file.digest);
    if (first !== undefined) {
      return { ...file, status: 'duplicate', reasons: [{ code: 'duplicate-of', fileName: first }] };
    }
    firstOf.set(file.digest, file.fileName);
    return file;
  };
}
