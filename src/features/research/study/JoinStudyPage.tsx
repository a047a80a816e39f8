import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { decodeStudyCode, studyCodeFromSearch } from '../../../domain/research/study/read-study';
import { rememberStudy } from '../../../storage/device/studies';
import { PageTitle } from '../../../ui/PageTitle';
import { useFailureText } from '../../../ui/useFailureText';
import { fileErrorText } from '../../../wording/file-error-text';
import { studyProblemText } from '../../../wording/study-text';
import { StudyLeaves } from './StudyLeaves';

/**
 * What a collective sees when it opens a study invitation link: the study's name and what will leave
 * its device; on "take part" the device remembers the study (nothing is sent anywhere).
 */
export function JoinStudyPage() {
  const { t, i18n } = useTranslation();
  const failureText = useFailureText();
  const code = studyCodeFromSearch(useSearch());
  const read = useMemo(() => (code === null ? null : decodeStudyCode(code)), [code]);
  const [joined, setJoined] = useState<'new' | 'known' | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState('');

  async function accept() {
    if (!read?.ok) return;
    setIsBusy(true);
    try {
      const { isNew } = await rememberStudy({ study: read.study, origin: 'invitation' });
      setJoined(isNew ? 'new' : 'known');
    } catch (failure) {
      setError(failureText(failure));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section aria-labelledby="page-title" className="study-join">
      <PageTitle>{t('studyScreen.join.title')}</PageTitle>
      {read === null ? (
        <p role="alert">{t('studyScreen.join.missing')}</p>
      ) : !read.ok ? (
        <p role="alert">
          {studyProblemText(read.problem, t, (e) => fileErrorText(t, e, i18n.language))}
        </p>
      ) : (
        <>
          <h2>{read.study.name}</h2>
          <p className="lead">{t('studyScreen.join.intro', { name: read.study.name })}</p>
          <StudyLeaves study={read.study} />
          {joined === null ? (
            <p className="actions">
              <button
                type="button"
                className="button button--primary"
                disabled={isBusy}
                onClick={() => void accept()}
              >
                {t('studyScreen.join.accept')}
              </button>
            </p>
          ) : (
            <p role="status">
              {joined === 'new' ? t('studyScreen.join.joined') : t('studyScreen.join.already')}
            </p>
          )}
          {error ? <p role="alert">{error}</p> : null}
          <p>
            <Link href="~/collectives">{t('studyScreen.join.toCollectives')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
