import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../../ui/FileButton';
import { useResearchJobHandle } from '../research-context';
import type { FsqcaThresholds, OutcomeChoice, OutcomeProfileVariable } from '../research-types';
import { ProfileAnchors } from './ProfileAnchors';

type Kind = OutcomeChoice['kind'];
// years since founding: out at 2, crossover at 5, in at 10 (the researcher changes them)
const defaultAgeAnchors = { exclusion: 2, crossover: 5, inclusion: 10 };
const kinds: Kind[] = ['none', 'csv', 'profile'];

/** The outcome (a CSV of the researcher's own follow-up, or a profile variable with anchors) and thresholds. */
export function OutcomeSettings() {
  const { t } = useTranslation();
  const { session, run, job } = useResearchJobHandle();
  const [kind, setKind] = useState<Kind>(session.outcome.kind);
  const [csv, setCsv] = useState(session.outcome.kind === 'csv' ? session.outcome : null);
  const [profile, setProfile] = useState(
    session.outcome.kind === 'profile'
      ? session.outcome
      : { variable: 'age' as OutcomeProfileVariable, anchors: defaultAgeAnchors },
  );
  const [thresholds, setThresholds] = useState<FsqcaThresholds>(session.thresholds);

  function submit(event: FormEvent) {
    event.preventDefault();
    const outcome: OutcomeChoice =
      kind === 'csv' && csv
        ? csv
        : kind === 'profile'
          ? { kind: 'profile', ...profile }
          : { kind: 'none' };
    run({ outcome, thresholds });
  }

  return (
    <form className="research-panel research-settings" onSubmit={submit}>
      <h3>{t('researchScreen.outcome.title')}</h3>
      <fieldset>
        <legend>{t('researchScreen.outcome.legend')}</legend>
        {kinds.map((option) => (
          <div className="choice-line" key={option}>
            <input
              id={`outcome-kind-${option}`}
              type="radio"
              name="outcome"
              checked={kind === option}
              onChange={() => setKind(option)}
            />
            <label htmlFor={`outcome-kind-${option}`}>
              {t(`researchScreen.outcome.${option}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {kind === 'csv' ? (
        <div>
          <FileButton
            id="outcome-csv"
            label={t('researchScreen.outcome.csvFile')}
            accept=".csv,text/csv"
            describedBy="outcome-csv-hint"
            onFiles={([file]) => {
              if (file)
                void file.text().then((text) => setCsv({ kind: 'csv', fileName: file.name, text }));
            }}
          />
          <p id="outcome-csv-hint" className="field__hint">
            {csv
              ? t('researchScreen.outcome.csvChosen', { name: csv.fileName })
              : t('researchScreen.outcome.csvHint')}
          </p>
        </div>
      ) : null}
      {kind === 'profile' ? <ProfileAnchors {...profile} onChange={setProfile} /> : null}
      <fieldset>
        <legend>{t('researchScreen.thresholds.legend')}</legend>
        <div className="research-anchors__grid">
          <div className="field">
            <label htmlFor="threshold-frequency">{t('researchScreen.thresholds.frequency')}</label>
            <input
              id="threshold-frequency"
              type="number"
              min={1}
              step={1}
              value={thresholds.frequency}
              onChange={(e) =>
                setThresholds({
                  ...thresholds,
                  frequency: Math.max(1, Math.round(Number(e.target.value) || 1)),
                })
              }
            />
          </div>
          <div className="field">
            <label htmlFor="threshold-consistency">
              {t('researchScreen.thresholds.consistency')}
            </label>
            <input
              id="threshold-consistency"
              type="number"
              min={0}
              max={1}
              step={0.01}
              value={thresholds.consistency}
              onChange={(e) =>
                setThresholds({
                  ...thresholds,
                  consistency: Math.min(1, Math.max(0, Number(e.target.value) || 0)),
                })
              }
            />
          </div>
        </div>
      </fieldset>
      <p className="actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={job.state === 'running' || (kind === 'csv' && !csv)}
        >
          {t('researchScreen.outcome.apply')}
        </button>
      </p>
    </form>
  );
}
