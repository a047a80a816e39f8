import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { Collective } from '../../domain/collective/schema';
import type { Item } from '../../domain/questionnaire/schema';
import type { CollectiveInput } from '../../storage/collectives-repository';
import { useLocalized } from '../../ui/useLocalized';
import { FormField } from '../../ui/FormField';
import {
  choiceFields,
  collectiveFormSchema,
  type CollectiveFormValues,
} from './collective-form-schema';

type Props = {
  /** the collective-level items of the newest questionnaire: labels and options of the profile fields */
  profileItems: Item[];
  initial?: Collective;
  submitLabel: string;
  onSubmit: (input: CollectiveInput) => Promise<void>;
};

function toFormValues(collective?: Collective): CollectiveFormValues {
  return {
    name: collective?.name ?? '',
    sector: collective?.sector ?? '',
    legalForm: collective?.legalForm ?? '',
    memberBand: collective?.memberBand ?? '',
    volunteerBand: collective?.volunteerBand ?? '',
    staffBand: collective?.staffBand ?? '',
    ownIncomeShare: collective?.ownIncomeShare ?? '',
    province: collective?.province ?? '',
    municipality: collective?.municipality ?? '',
    foundingYear: collective?.foundingYear ? String(collective.foundingYear) : '',
  };
}

function toInput(values: CollectiveFormValues): CollectiveInput {
  const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
  return {
    name: values.name.trim(),
    sector: orNull(values.sector),
    legalForm: orNull(values.legalForm),
    memberBand: orNull(values.memberBand),
    volunteerBand: orNull(values.volunteerBand),
    staffBand: orNull(values.staffBand),
    ownIncomeShare: orNull(values.ownIncomeShare),
    province: orNull(values.province),
    municipality: orNull(values.municipality),
    foundingYear: values.foundingYear.trim() === '' ? null : Number(values.foundingYear),
  };
}

/** Create or edit a collective's profile; Dutch inline errors, usable with the keyboard alone. */
export function CollectiveForm({ profileItems, initial, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CollectiveFormValues>({
    resolver: zodResolver(collectiveFormSchema(new Date().getFullYear())),
    defaultValues: toFormValues(initial),
    shouldFocusError: true,
  });
  const itemById = new Map(profileItems.map((item) => [item.id, item]));
  const errorText = (key?: string) => (key ? t(key) : undefined);

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => onSubmit(toInput(values)))}
      className="form"
    >
      <FormField
        id="name"
        label={t('collectiveForm.name')}
        hint={t('collectiveForm.nameHint')}
        error={errorText(errors.name?.message)}
        required
      >
        {(field) => (
          <input type="text" autoComplete="organization" {...field} {...register('name')} />
        )}
      </FormField>
      {choiceFields.map((name) => {
        const item = itemById.get(name);
        if (!item || item.type !== 'single-choice') return null;
        return (
          <FormField
            key={name}
            id={name}
            label={localized(item.text)}
            hint={item.help ? localized(item.help) : undefined}
          >
            {(field) => (
              <select {...field} {...register(name)}>
                <option value="">{t('collectiveForm.notChosen')}</option>
                {item.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {localized(option.label)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        );
      })}
      <FormField
        id="municipality"
        label={t('collectiveForm.municipality')}
        error={errorText(errors.municipality?.message)}
      >
        {(field) => (
          <input
            type="text"
            autoComplete="address-level2"
            {...field}
            {...register('municipality')}
          />
        )}
      </FormField>
      <FormField
        id="foundingYear"
        label={t('collectiveForm.foundingYear')}
        hint={t('collectiveForm.foundingYearHint')}
        error={errorText(errors.foundingYear?.message)}
      >
        {(field) => (
          <input type="text" inputMode="numeric" {...field} {...register('foundingYear')} />
        )}
      </FormField>
      <p>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {submitLabel}
        </button>
      </p>
    </form>
  );
}
