// The command line's file errors: the domain's codes plus what only Node meets (poppler missing).
import { describeFileError } from '../../src/wording/describe-file-problem';
import type { FileError } from '../../src/domain/files/file-error';
import type { PdfResultError } from '../../src/domain/files/pdf-error';

export type CliFileError = FileError | PdfResultError | { code: 'no-pdftotext' };

/** The code for an exception nobody expected while reading one file. */
export const unexpected = { code: 'unreadable', reason: 'unexpected' } as const satisfies FileError;

/** A file error in English for the terminal, from the one formatter the CLI shares. */
export function describeCliError(error: CliFileError): string {
  return error.code === 'no-pdftotext'
    ? 'cannot read the PDF text (is pdftotext from poppler-utils installed?)'
    : describeFileError(error);
}
