import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ScreeningCriteria } from '../../domain/screening/criteria';
import { FormField } from '../../ui/FormField';
import {
  criteriaFormSchema,
  fromCriteriaForm,
  toCriteriaForm,
  type CriteriaFormValues,
} from './criteria-form-schema';

type Props = {
  criteria: ScreeningCriteria;
  /** condition ids with their titles, in the questionnaire's order */
  conditions: { id: string; title: string }[];
  /** known questionnaire versions as `id@version` */
  versions: string[];
  onSave: (criteria: ScreeningCriteria) => Promise<void>;
};

/** The funder's criteria: a minimum per condition, routes, respondents, versions, intact only. */
export function CriteriaForm({ criteria, conditions, versions, onSave }: Props) {
  const { t } = useTranslation();
  const [isSaved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CriteriaFormValues>({
    resolver: zodResolver(criteriaFormSchema),
    defaultValues: toCriteriaForm({ criteria, conditions: conditions.map((c) => c.id), versions }),
    shouldFocusError: true,
  });
  const errorText = (key?: string) => (key ? t(key) : undefined);
  const submit = handleSubmit(async (values) => {
    await onSave(fromCriteriaForm({ values, versions }));
    setSaved(true);
  });

  return (
    <form noValidate onSubmit={submit} onChange={() => setSaved(false)} className="criteria-form">
      <fieldset>
        <legend>{t('funder.criteria.minScoreLegend')}</legend>
        <p className="field__hint">{t('funder.criteria.minScoreHint')}</p>
        <div className="criteria-form__scores">
          {conditions.map((condition) => (
            <FormField
              key={condition.id}
              id={`min-${condition.id}`}
              label={condition.title}
              error={errorText(errors.minScore?.[condition.id]?.message)}
            >
              {(field) => (
                <input
                  type="text"
                  inputMode="numeric"
                  {...field}
                  {...register(`minScore.${condition.id}`)}
                />
              )}
            </FormField>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('funder.criteria.otherLegend')}</legend>
        <label className="check">
          <input type="checkbox" {...register('mustFitRoute')} />{' '}
          {t('funder.criteria.mustFitRoute')}
        </label>
        <label className="check">
          <input type="checkbox" {...register('necessaryMet')} />{' '}
          {t('funder.criteria.necessaryMet')}
        </label>
        <label className="check">
          <input type="checkbox" {...register('onlyIntact')} /> {t('funder.criteria.onlyIntact')}
        </label>
        <FormField
          id="min-respondents"
          label={t('funder.criteria.minRespondents')}
          error={errorText(errors.minRespondents?.message)}
        >
          {(field) => (
            <input type="text" inputMode="numeric" {...field} {...register('minRespondents')} />
          )}
        </FormField>
      </fieldset>
      <fieldset>
        <legend>{t('funder.criteria.versionsLegend')}</legend>
        {versions.map((key, index) => (
          <label key={key} className="check">
            <input type="checkbox" {...register(`versions.${index}`)} /> {key}
          </label>
        ))}
      </fieldset>
      <p className="criteria-form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {t('funder.criteria.save')}
        </button>{' '}
        {isSaved ? <span role="status">{t('funder.criteria.saved')}</span> : null}
      </p>
    </form>
  );
}
