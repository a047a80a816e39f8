import { z } from '../../domain/zod-mini';

/** Messages are i18n keys, translated where the error is shown. */
export function collectiveFormSchema(currentYear: number) {
  const choice = z.string();
  return z.object({
    name: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'collectiveForm.errors.nameRequired'),
        z.maxLength(120, 'collectiveForm.errors.nameTooLong'),
      ),
    sector: choice,
    legalForm: choice,
    memberBand: choice,
    volunteerBand: choice,
    staffBand: choice,
    ownIncomeShare: choice,
    province: choice,
    municipality: z
      .string()
      .check(z.trim(), z.maxLength(100, 'collectiveForm.errors.municipalityTooLong')),
    foundingYear: z.string().check(
      z.trim(),
      z.refine((v) => v === '' || /^\d{4}$/.test(v), 'collectiveForm.errors.yearFormat'),
      z.refine(
        (v) => v === '' || (Number(v) >= 1900 && Number(v) <= currentYear),
        'collectiveForm.errors.yearRange',
      ),
    ),
  });
}

export type CollectiveFormValues = z.infer<ReturnType<typeof collectiveFormSchema>>;

/** Profile fields that are chosen from the questionnaire's options. */
export const choiceFields = [
  'sector',
  'legalForm',
  'memberBand',
  'volunteerBand',
  'staffBand',
  'ownIncomeShare',
  'province',
] as const;
