import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudyFile } from '../../../domain/research/study/study-file';
import { forgetStudy } from '../../../storage/device/studies';
import { useStudies } from '../../../storage/hooks/useStudies';
import { NewStudyForm } from './NewStudyForm';
import { StudyInvitation } from './StudyInvitation';

/** The research team's studies: make one, and show each one's invitation (link, QR code, file). */
export function StudyPanel() {
  const { t } = useTranslation();
  const studies = useStudies();
  const [shownId, setShownId] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  function created(study: StudyFile) {
    setShownId(study.id);
    setStatus(t('studyScreen.created', { name: study.name }));
  }

  return (
    <section aria-labelledby="study-title" className="study">
      <h2 id="study-title">{t('studyScreen.title')}</h2>
      <p>{t('studyScreen.intro')}</p>
      <NewStudyForm onCreated={created} />
      <p role="status" className="muted">
        {status}
      </p>
      <h3>{t('studyScreen.listTitle')}</h3>
      {studies && studies.length === 0 ? <p className="muted">{t('studyScreen.none')}</p> : null}
      <ul className="study-list">
        {(studies ?? []).map(({ study, origin }) => {
          const isShown = shownId === study.id;
          return (
            <li key={study.id}>
              <p>
                <strong>{study.name}</strong> · k = {study.k} ·{' '}
                <span className="muted">{t(`studyScreen.origin.${origin}`)}</span>
              </p>
              <p className="actions">
                <button
                  type="button"
                  className="button"
                  aria-expanded={isShown}
                  onClick={() => setShownId(isShown ? null : study.id)}
                >
                  {isShown ? t('studyScreen.hideInvitation') : t('studyScreen.showInvitation')}
                </button>
                <button type="button" className="button" onClick={() => void forgetStudy(study.id)}>
                  {t('studyScreen.forget')}
                </button>
              </p>
              {isShown ? <StudyInvitation study={study} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
