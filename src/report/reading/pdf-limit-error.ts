import type { PdfLimitProblem } from '../../domain/files/pdf-error';

/** A PDF refused by one of its limits while it was read; `problem` says which, with its values. */
export class PdfLimitError extends Error {
  readonly problem: PdfLimitProblem;
  constructor(problem: PdfLimitProblem) {
    super(problem.code);
    this.name = 'pdf-limit';
    this.problem = problem;
  }
}
