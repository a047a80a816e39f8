// What a report PDF prints must match its attached result: the scores, the collective's name, and the
// footer (digest prefix and questionnaire) on every page. Pure: the text comes from pdftotext in Node
// and from read-pdf-text.ts (pdf-lib and page-text/) in the browser, one array of lines-joined text
// per page.
import type { ResultFile } from '../../domain/files/result-file-schema';
import { questionnaireKey } from '../../domain/questionnaire/identity';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { displayScore } from '../../domain/scoring/display';
import type { PrintedFinding } from '../../domain/screening/printed-findings';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every score printed after a condition title ("Gedeeld leiderschap   68"), in either language. */
export function printedScores({
  text,
  titles,
}: {
  text: string;
  titles: readonly string[];
}): string[] {
  const pattern = new RegExp(
    `^\\s*(?:${titles.map(escapeRegExp).join('|')})\\s{2,}(\\d{1,3}|–)(?=\\s|$)`,
  );
  return text
    .split('\n')
    .map((line) => pattern.exec(line)?.[1])
    .filter((value): value is string => value !== undefined);
}

/** The digest prefix a page prints in its footer ("resultaat 0123456789ab"), or null. */
const footerDigest = (pageText: string) =>
  /(?:resultaat|result) ([0-9a-f]{12})\b/.exec(pageText)?.[1] ?? null;

/** Every place where the printed text of a report disagrees with the attached result; none when it matches. */
export function printedFindings({
  pages,
  result,
  questionnaire,
}: {
  pages: readonly string[];
  result: ResultFile;
  /** null when the questionnaire is unknown: the scores cannot be located, the rest is still checked */
  questionnaire: Questionnaire | null;
}): PrintedFinding[] {
  const findings: PrintedFinding[] = [];
  const text = pages.join('\n');
  for (const condition of questionnaire?.conditions ?? []) {
    const shown = displayScore(result.scores.conditions[condition.id]?.score ?? null);
    const attached = shown === null ? '–' : String(shown);
    const printed = printedScores({ text, titles: [condition.title.nl, condition.title.en] });
    if (printed.length === 0) {
      findings.push({
        code: 'printed-score-differs',
        condition: condition.id,
        printed: null,
        attached,
      });
    }
    for (const value of new Set(printed.filter((value) => value !== attached))) {
      findings.push({
        code: 'printed-score-differs',
        condition: condition.id,
        printed: value,
        attached,
      });
    }
  }
  const name = result.collective.name;
  if (name !== null && !squash(text).includes(squash(name))) {
    findings.push({ code: 'printed-name-missing', attached: name });
  }
  const prefix = result.digest.slice(0, 12);
  const ref = questionnaireKey(result.questionnaire);
  pages.forEach((pageText, index) => {
    const printed = footerDigest(pageText);
    if (printed !== prefix) {
      findings.push({
        code: 'printed-digest-differs',
        page: index + 1,
        printed,
        attached: result.digest,
      });
    }
    if (!pageText.includes(ref)) {
      findings.push({ code: 'printed-questionnaire-missing', page: index + 1, questionnaire: ref });
    }
  });
  return findings;
}
