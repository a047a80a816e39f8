import type { ScreenedFile } from '../domain/screening/screen-status';

/** What the page sends the screening worker: the digests of reports already imported; the files go as the job's items. */
export type ScreenFilesInput = { knownDigests: string[] };
/** Screened files in the batch's order, duplicates marked: the parts' files, then the result's. */
export type ScreenFilesPart = ScreenedFile[];
export type ScreenFilesResult = ScreenedFile[];

/** The whole batch from a finished screening job: its parts, then its result. */
export function screenedFiles({
  parts,
  result,
}: {
  parts: readonly ScreenFilesPart[];
  result: ScreenFilesResult;
}): ScreenedFile[] {
  return [...parts.flat(), ...result];
}
