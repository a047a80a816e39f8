import { useTranslation } from 'react-i18next';
import type { Calibration, OutcomeProfileVariable } from '../research-types';

export const outcomeVariables: OutcomeProfileVariable[] = ['age', 'memberBand'];

type Props = {
  variable: OutcomeProfileVariable;
  anchors: Calibration;
  onChange: (next: { variable: OutcomeProfileVariable; anchors: Calibration }) => void;
};

const anchorNames = ['exclusion', 'crossover', 'inclusion'] as const;

/** A profile variable as the outcome, calibrated with the three anchors the researcher states. */
export function ProfileAnchors({ variable, anchors, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="research-anchors">
      <div className="field">
        <label htmlFor="outcome-variable">{t('researchScreen.outcome.variable')}</label>
        <select
          id="outcome-variable"
          value={variable}
          aria-describedby="outcome-variable-hint"
          onChange={(e) =>
            onChange({
              variable: outcomeVariables.find((v) => v === e.target.value) ?? 'age',
              anchors,
            })
          }
        >
          {outcomeVariables.map((id) => (
            <option key={id} value={id}>
              {t(`researchScreen.outcome.variables.${id}`)}
            </option>
          ))}
        </select>
        <p id="outcome-variable-hint" className="field__hint">
          {t(`researchScreen.outcome.variableHint.${variable}`)}
        </p>
      </div>
      <div className="research-anchors__grid">
        {anchorNames.map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`anchor-${name}`}>{t(`researchScreen.outcome.anchors.${name}`)}</label>
            <input
              id={`anchor-${name}`}
              type="number"
              step="any"
              value={anchors[name]}
              onChange={(e) =>
                onChange({ variable, anchors: { ...anchors, [name]: Number(e.target.value) } })
              }
            />
          </div>
        ))}
      </div>
    </div>
  );
}
