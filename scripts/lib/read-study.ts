// A study invitation file for the command line: size checked before reading, the same checks as the app.
import { readStudyFile, studyFileMaxBytes, type StudyRead } from '../../src/domain/research/study';
import { describeFileError } from '../../src/wording/describe-file-problem';
import { englishTranslate } from '../../src/wording/english';
import { studyProblemText } from '../../src/wording/study-text';
import { readTextFile } from './read-file';

/** Reads a `ck-study` file; on failure, the sentence that says why. */
export async function readStudyPath(
  path: string,
): Promise<
  { ok: true; study: Extract<StudyRead, { ok: true }>['study'] } | { ok: false; message: string }
> {
  const read = await readTextFile(path, studyFileMaxBytes);
  if (!read.ok) return { ok: false, message: describeFileError(read.error) };
  const study = readStudyFile(read.text);
  if (study.ok) return study;
  return {
    ok: false,
    message: studyProblemText(study.problem, englishTranslate, (error) => describeFileError(error)),
  };
}
