import type { ScreenedFile } from '../domain/screening/screen-status';

/**
 * What the page sends the screening worker besides the files (the job's items): the time limit per
 * file, when lower than screenTimeLimitMs (the Financier page's test route `?fileTimeLimitMs=`).
 */
export type ScreenFilesInput = { timeLimitMs?: number };
/** Screened files in the batch's order, duplicates not yet marked: the parts' files, then the result's. */
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
