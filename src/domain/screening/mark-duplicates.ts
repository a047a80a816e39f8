import type { ScreenedFile, ScreenStatus } from './screen-status';

/** What the screening already holds of one kept file: enough to know it again and to name it. */
export type KeptReport = {
  /** null for an applicant kept before files were known by their bytes */
  fileSha256: string | null;
  digest: string;
  fileName: string;
  collective: string | null;
  status: ScreenStatus;
};

type Owner = { fileName: string; collective: string | null; fileSha256: string | null };

const isReadableReport = (file: ScreenedFile): file is ScreenedFile & { digest: string } =>
  file.digest !== null &&
  file.result !== null &&
  (file.status === 'intact' ||
    file.status === 'changed' ||
    file.status === 'unknown-questionnaire' ||
    file.status === 'newer-questionnaire');

/**
 * Marks a batch against itself and against what the screening keeps. Only a byte-for-byte copy of an
 * earlier file of the batch is a duplicate. A file already kept (same bytes; for applicants kept
 * before bytes were known, the same digest) keeps its status and is marked as already imported. Any
 * other file carrying a result that another file also carries stays a file of its own, with a reason
 * naming the file the result belongs to: a kept one, else the first intact one, else the first.
 */
export function markDuplicates({
  files,
  kept = [],
}: {
  files: readonly ScreenedFile[];
  kept?: readonly KeptReport[];
}): ScreenedFile[] {
  const keptBytes = new Set(kept.flatMap((report) => report.fileSha256 ?? []));
  const keptLegacyDigests = new Set(
    kept.filter((report) => report.fileSha256 === null).map((report) => report.digest),
  );
  const firstByBytes = new Map<string, string>();
  const marked = files.map((file): ScreenedFile => {
    if (file.fileSha256 === undefined) return file;
    if (
      keptBytes.has(file.fileSha256) ||
      (file.digest !== null && keptLegacyDigests.has(file.digest))
    ) {
      return { ...file, isAlreadyImported: true };
    }
    const first = firstByBytes.get(file.fileSha256);
    if (first !== undefined) {
      return { ...file, status: 'duplicate', reasons: [{ code: 'duplicate-of', fileName: first }] };
    }
    firstByBytes.set(file.fileSha256, file.fileName);
    return file;
  });
  const owners = resultOwners({ files: marked, kept });
  return marked.map((file) => {
    if (!isReadableReport(file)) return file;
    const owner = owners.get(file.digest);
    // a file read before is still named as carrying another's result, never as carrying its own
    const isOwn =
      owner?.file === file ||
      (file.isAlreadyImported === true &&
        (owner?.fileSha256 === null || owner?.fileSha256 === file.fileSha256));
    if (!owner || isOwn) return file;
    return {
      ...file,
      reasons: [
        ...file.reasons,
        { code: 'same-result-as', fileName: owner.fileName, collective: owner.collective },
      ],
    };
  });
}

/** Per digest, the file its result belongs to: a kept one first, then the batch's first intact one. */
function resultOwners({
  files,
  kept,
}: {
  files: readonly ScreenedFile[];
  kept: readonly KeptReport[];
}): Map<string, Owner & { file?: ScreenedFile }> {
  const owners = new Map<string, Owner & { file?: ScreenedFile }>();
  const byPreference = <T extends { status: ScreenStatus }>(list: readonly T[]) => [
    ...list.filter((item) => item.status === 'intact'),
    ...list.filter((item) => item.status !== 'intact'),
  ];
  for (const report of byPreference(kept)) {
    if (!owners.has(report.digest)) {
      owners.set(report.digest, {
        fileName: report.fileName,
        collective: report.collective,
        fileSha256: report.fileSha256,
      });
    }
  }
  const candidates = files.filter(
    (file): file is ScreenedFile & { digest: string } =>
      isReadableReport(file) && !file.isAlreadyImported,
  );
  for (const file of byPreference(candidates)) {
    if (!owners.has(file.digest)) {
      owners.set(file.digest, {
        fileName: file.fileName,
        collective: file.result?.collective.name ?? null,
        fileSha256: file.fileSha256 ?? null,
        file,
      });
    }
  }
  return owners;
}
