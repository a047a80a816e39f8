import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseChoices, type CaseChoice } from '../../domain/research';
import { useResearchJobHandle } from './research-context';

/** Which scan of each collective is its case; applying it recomputes from what is loaded. */
export function CaseSettings() {
  const { t } = useTranslation();
  const { session, run, job } = useResearchJobHandle();
  const [choice, setChoice] = useState<CaseChoice>(session.cases);
  function submit(event: FormEvent) {
    event.preventDefault();
    run({ cases: choice });
  }
  return (
    <form className="research-settings research-cases" onSubmit={submit}>
      <fieldset>
        <legend>{t('researchScreen.cases.legend')}</legend>
        {caseChoices.map((option) => (
          <div className="choice-line" key={option}>
            <input
              id={`cases-${option}`}
              type="radio"
              name="cases"
              checked={choice === option}
              onChange={() => setChoice(option)}
            />
            <label htmlFor={`cases-${option}`}>{t(`researchScreen.cases.${option}`)}</label>
          </div>
        ))}
      </fieldset>
      <p className="actions">
        <button
          type="submit"
          className="button"
          disabled={job.state === 'running' || choice === session.cases}
        >
          {t('researchScreen.cases.apply')}
        </button>
      </p>
    </form>
  );
}
