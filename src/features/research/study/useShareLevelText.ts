import { useTranslation } from 'react-i18next';
import { topLevel, type QuasiIdentifierId } from '../../../domain/research/quasi-identifiers';

/** The word for a level: exactly (0), as a broad group, or not shared (the top, the default). */
export function shareLevelWord(
  id: QuasiIdentifierId,
  level: number | undefined,
): 'exact' | 'group' | 'none' {
  const shown = level ?? topLevel(id);
  return shown === 0 ? 'exact' : shown >= topLevel(id) ? 'none' : 'group';
}

/** Words a study's level for a profile field, as "Province (as a broad group)". */
export function useShareLevelText(): (id: QuasiIdentifierId, level: number | undefined) => string {
  const { t } = useTranslation();
  return (id, level) =>
    t('studyScreen.share', {
      field: t(`researchProfile.fields.${id}`),
      level: t(`studyScreen.levels.${shareLevelWord(id, level)}`),
    });
}
