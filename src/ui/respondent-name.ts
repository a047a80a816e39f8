import type { TFunction } from 'i18next';

/** The name a respondent is shown by: their name on this device, or a short code for one read from a file. */
export function respondentName(t: TFunction, response: { id: string; name: string }): string {
  return response.name || t('respondents.fromFile', { code: response.id.slice(0, 6) });
}
