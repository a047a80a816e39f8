import { useTranslation } from 'react-i18next';
import type {
  SingleAnonymisationPreview,
  SingleKeepLevels,
} from '../../domain/research/anonymise-single';
import { useProfileValueLabel } from '../../ui/useProfileValueLabel';

type Props = {
  preview: SingleAnonymisationPreview;
  keep: SingleKeepLevels;
  onChange: (keep: SingleKeepLevels) => void;
};

/** Per profile field how much of it to share: nothing (the default), a broad group, or exactly. */
export function ProfileSharing({ preview, keep, onChange }: Props) {
  const { t } = useTranslation();
  const label = useProfileValueLabel();
  return (
    <fieldset className="consent__profile">
      <legend>{t('researchConsent.profileLegend')}</legend>
      <p className="field__hint">{t('researchConsent.profileHelp')}</p>
      {preview.quasiIdentifiers.map((qi) => (
        <div className="field" key={qi.id}>
          <label htmlFor={`share-${qi.id}`}>{t(`researchProfile.fields.${qi.id}`)}</label>
          <select
            id={`share-${qi.id}`}
            value={keep[qi.id] ?? qi.level}
            onChange={(e) => onChange({ ...keep, [qi.id]: Number(e.target.value) })}
          >
            {[...qi.levels]
              .reverse()
              .filter(
                (option, index, all) => all.findIndex((o) => o.value === option.value) === index,
              )
              .map((option) => (
                <option key={option.level} value={option.level}>
                  {label(qi.id, option.value)}
                </option>
              ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
