import { z } from '../../domain/zod-mini';
import type { ScreeningCriteria } from '../../domain/screening/criteria';

const optionalWhole = (max: number, message: string) =>
  z.string().check(
    z.trim(),
    z.refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) <= max), message),
  );

/** Messages are i18n keys, translated where the error is shown. */
export const criteriaFormSchema = z.object({
  minScore: z.record(z.string(), optionalWhole(100, 'funder.criteria.errors.score')),
  mustFitRoute: z.boolean(),
  necessaryMet: z.boolean(),
  minRespondents: optionalWhole(1000, 'funder.criteria.errors.respondents'),
  /** one tick per known questionnaire version, in the registry's order */
  versions: z.array(z.boolean()),
  onlyIntact: z.boolean(),
});
export type CriteriaFormValues = z.infer<typeof criteriaFormSchema>;

/** The form's values for saved criteria; every version is ticked when any version is allowed. */
export function toCriteriaForm({
  criteria,
  conditions,
  versions,
}: {
  criteria: ScreeningCriteria;
  conditions: readonly string[];
  versions: readonly string[];
}): CriteriaFormValues {
  return {
    minScore: Object.fromEntries(
      conditions.map((id) => [id, criteria.minScore[id]?.toString() ?? '']),
    ),
    mustFitRoute: criteria.mustFitRoute,
    necessaryMet: criteria.necessaryMet,
    minRespondents: criteria.minRespondents?.toString() ?? '',
    versions: versions.map(
      (key) =>
        criteria.questionnaireVersions === null || criteria.questionnaireVersions.includes(key),
    ),
    onlyIntact: criteria.onlyIntact,
  };
}

/** The criteria of the form's values; all versions ticked means any version (also future ones). */
export function fromCriteriaForm({
  values,
  versions,
}: {
  values: CriteriaFormValues;
  versions: readonly string[];
}): ScreeningCriteria {
  const minScore: Record<string, number> = {};
  for (const [id, value] of Object.entries(values.minScore)) {
    if (value.trim() !== '') minScore[id] = Number(value);
  }
  const allowed = versions.filter((_, index) => values.versions[index]);
  return {
    minScore,
    mustFitRoute: values.mustFitRoute,
    necessaryMet: values.necessaryMet,
    minRespondents: values.minRespondents.trim() === '' ? null : Number(values.minRespondents),
    questionnaireVersions: allowed.length === versions.length ? null : allowed,
    onlyIntact: values.onlyIntact,
  };
}
