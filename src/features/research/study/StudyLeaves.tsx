import { useTranslation } from 'react-i18next';
import { quasiIdentifierIds } from '../../../domain/research/quasi-identifiers';
import type { StudyFile } from '../../../domain/research/study/study-file';
import { shareLevelWord, useShareLevelText } from './useShareLevelText';

/** What leaves a collective's device for this study, and what never does, in plain words. */
export function StudyLeaves({ study }: { study: StudyFile }) {
  const { t } = useTranslation();
  const levelText = useShareLevelText();
  const isShared = (id: (typeof quasiIdentifierIds)[number]) =>
    shareLevelWord(id, study.collects[id]) !== 'none';
  const notShared = quasiIdentifierIds.filter((id) => !isShared(id));
  return (
    <>
      <h3>{t('studyScreen.join.leavesTitle')}</h3>
      <ul>
        <li>{t('studyScreen.join.leaves.scores')}</li>
        <li>{t('studyScreen.join.leaves.answers')}</li>
        <li>{t('studyScreen.join.leaves.year')}</li>
        <li>{t('studyScreen.join.leaves.pseudonym')}</li>
        {quasiIdentifierIds.filter(isShared).map((id) => (
          <li key={id}>{levelText(id, study.collects[id])}</li>
        ))}
      </ul>
      <h3>{t('studyScreen.join.neverTitle')}</h3>
      <p>{t('studyScreen.join.never')}</p>
      {notShared.length > 0 ? (
        <p>
          {t('studyScreen.join.notShared', {
            fields: notShared
              .map((id) => t(`researchProfile.fields.${id}`).toLowerCase())
              .join(', '),
          })}
        </p>
      ) : null}
      <p>{t('studyScreen.join.k', { k: study.k })}</p>
    </>
  );
}
