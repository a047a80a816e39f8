import { useTranslation } from 'react-i18next';
import { topLevel, type QuasiIdentifierId } from '../../../domain/research/quasi-identifiers';

/** Words a study's level for a profile field: exactly (0), as a broad group, or not at all (the top). */
export function useShareLevelText(): (id: QuasiIdentifierId, level: number | undefined) => string {
  const { t } = useTranslation();
  return (id, level) => {
    const shown = level ?? topLevel(id);
    const word = shown === 0 ? 'exact' : shown >= topLevel(id) ? 'none' : 'group';
    return t('studyScreen.share', {
      field: t(`researchProfile.fields.${id}`),
      level: t(`studyScreen.levels.${word}`),
    });
  };
}
