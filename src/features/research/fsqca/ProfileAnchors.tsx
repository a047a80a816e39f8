import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { RegistryContext } from '../../../ui/registry-context';
import { useResearchFormat } from '../useResearchFormat';

export const outcomeVariables = ['memberBand', 'sector', 'legalForm', 'province'] as const;

type Props = {
  variable: string;
  anchors: Record<string, number>;
  onChange: (next: { variable: string; anchors: Record<string, number> }) => void;
};

/** A profile variable as the outcome: the researcher states each value's membership (0–1). */
export function ProfileAnchors({ variable, anchors, onChange }: Props) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  const registry = useContext(RegistryContext);
  const item = registry?.latest('ck-selfscan')?.questionnaire.items.find((i) => i.id === variable);
  const values = item && 'options' in item ? item.options.map((option) => option.value) : [];
  return (
    <div className="research-anchors">
      <div className="field">
        <label htmlFor="outcome-variable">{t('researchScreen.outcome.variable')}</label>
        <select
          id="outcome-variable"
          value={variable}
          onChange={(e) => onChange({ variable: e.target.value, anchors: {} })}
        >
          {outcomeVariables.map((id) => (
            <option key={id} value={id}>
              {t(`researchScreen.split.${id}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="field__hint">{t('researchScreen.outcome.anchorsHelp')}</p>
      <div className="research-anchors__grid">
        {values.map((value) => (
          <div className="field" key={value}>
            <label htmlFor={`anchor-${value}`}>{format.group(variable, value)}</label>
            <input
              id={`anchor-${value}`}
              type="number"
              min={0}
              max={1}
              step={0.05}
              value={anchors[value] ?? ''}
              onChange={(e) => {
                const next = { ...anchors };
                if (e.target.value === '') delete next[value];
                else next[value] = Math.min(1, Math.max(0, Number(e.target.value)));
                onChange({ variable, anchors: next });
              }}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
