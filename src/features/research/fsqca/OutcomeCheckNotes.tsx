import { useTranslation } from 'react-i18next';
import type { OutcomeCheck } from '../../../domain/research';
import { outcomeProblemText } from '../../../wording/research-text';
import { ScrollRegion } from '../../../ui/ScrollRegion';

/** A list of pseudonyms, shortened, with how many more there are. */
function Pseudonyms({ listed, count }: { listed: string[]; count: number }) {
  const { t } = useTranslation();
  return (
    <ul className="research-pseudonyms">
      {listed.map((pseudonym) => (
        <li key={pseudonym}>
          <code title={pseudonym}>{pseudonym.slice(0, 16)}…</code>
        </li>
      ))}
      {count > listed.length ? (
        <li>{t('researchScreen.outcomeCheck.more', { count: count - listed.length })}</li>
      ) : null}
    </ul>
  );
}

/**
 * Everything the outcome file did not give: refused lines with their numbers, cases without an
 * outcome, outcomes without a loaded result; and, when nothing matched, why there are no figures.
 */
export function OutcomeCheckNotes({ check }: { check: OutcomeCheck }) {
  const { t } = useTranslation();
  const { problems, withoutOutcome, withoutResult } = check;
  return (
    <section aria-labelledby="outcome-check-title" className="research-panel">
      <h3 id="outcome-check-title">{t('researchScreen.outcomeCheck.title')}</h3>
      {check.matched === 0 ? (
        <p role="alert" className="notice">
          {t('researchScreen.outcomeCheck.noMatch')}
        </p>
      ) : (
        <p>{t('researchScreen.outcomeCheck.matched', { count: check.matched })}</p>
      )}
      {problems.length > 0 ? (
        <>
          <h4>{t('researchScreen.outcomeCheck.problems')}</h4>
          <ScrollRegion label={t('researchScreen.outcomeCheck.problems')}>
            <ul>
              {problems.map((problem) => (
                <li key={`${problem.line}-${problem.code}`}>{outcomeProblemText(problem, t)}</li>
              ))}
            </ul>
          </ScrollRegion>
        </>
      ) : null}
      {withoutOutcome.count > 0 ? (
        <>
          <p>{t('researchScreen.outcomeCheck.withoutOutcome', { count: withoutOutcome.count })}</p>
          <Pseudonyms listed={withoutOutcome.pseudonyms} count={withoutOutcome.count} />
        </>
      ) : null}
      {withoutResult.count > 0 ? (
        <>
          <p>{t('researchScreen.outcomeCheck.withoutResult', { count: withoutResult.count })}</p>
          <Pseudonyms listed={withoutResult.pseudonyms} count={withoutResult.count} />
        </>
      ) : null}
    </section>
  );
}
