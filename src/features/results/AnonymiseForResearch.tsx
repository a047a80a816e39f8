import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collectiveIdOf, type ResultFile } from '../../domain/files/result-file-schema';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import {
  anonymiseSingleResult,
  previewSingleAnonymisation,
  type SingleKeepLevels,
} from '../../domain/research/anonymise-single';
import type { StoredStudy } from '../../domain/research/study/stored-study';
import { downloadJson } from '../../ui/download';
import { ConsentLists } from './ConsentLists';
import { ProfileSharing } from './ProfileSharing';
import { StudyChoice } from './StudyChoice';
import './consent.css';

type Props = {
  /** the scan's result as the app builds it (version 2): it carries the collective's permanent id */
  result: ResultFile;
  questionnaire: Questionnaire;
};

// fresh ids in the file must not be guessable from the clock or a seed
const cryptoRandom = () =>
  (globalThis.crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32;

/**
 * "Share anonymously for research": a consent step that lists what goes and what stays, then the file.
 * Choosing a study the device remembers gives the file that study's pseudonym (HMAC-SHA-256 of the
 * collective's id under the study key) and sets the profile sharing to what the study asks.
 */
export function AnonymiseForResearch({ result, questionnaire }: Props) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [keep, setKeep] = useState<SingleKeepLevels>({});
  const [study, setStudy] = useState<StoredStudy | null>(null);
  const [status, setStatus] = useState<'idle' | 'busy' | 'done' | 'error'>('idle');
  const studyKey = study?.study.key;
  const hasStudyKey = studyKey !== undefined;

  function choose(chosen: StoredStudy | null) {
    setStudy(chosen);
    setKeep(chosen ? { ...chosen.study.collects } : {});
  }
  const preview = useMemo(
    () => previewSingleAnonymisation({ result, questionnaire, keep, hasStudyKey }),
    [result, questionnaire, keep, hasStudyKey],
  );

  async function download() {
    setStatus('busy');
    try {
      const { file } = await anonymiseSingleResult({
        result,
        questionnaire,
        keep,
        ...(studyKey === undefined ? {} : { studyKey }),
        random: cryptoRandom,
      });
      downloadJson({
        fileName: `anoniem-resultaat-${file.scan.id.slice(0, 8)}.json`,
        value: file,
      });
      setStatus('done');
    } catch {
      setStatus('error');
    }
  }

  return (
    <div className="consent">
      <p className="actions">
        <button
          type="button"
          className="button"
          aria-expanded={isOpen}
          aria-controls="consent-step"
          onClick={() => setIsOpen(!isOpen)}
        >
          {t('researchConsent.open')}
        </button>
      </p>
      {isOpen ? (
        <section id="consent-step" aria-labelledby="consent-title" className="consent__step">
          <h3 id="consent-title">{t('researchConsent.title')}</h3>
          <p>{t('researchConsent.intro')}</p>
          <ConsentLists preview={preview} />
          <StudyChoice
            chosenId={study?.id ?? null}
            onChoose={choose}
            canHavePseudonym={collectiveIdOf(result) !== null}
          />
          <ProfileSharing preview={preview} keep={keep} onChange={setKeep} />
          <p className="actions">
            <button
              type="button"
              className="button button--primary"
              disabled={status === 'busy'}
              onClick={() => void download()}
            >
              {t('researchConsent.download')}
            </button>
            <button type="button" className="button" onClick={() => setIsOpen(false)}>
              {t('researchConsent.close')}
            </button>
          </p>
          <p role="status" className={status === 'error' ? 'field__error' : 'muted'}>
            {status === 'done'
              ? t('researchConsent.done')
              : status === 'error'
                ? t('researchConsent.failed')
                : ''}
          </p>
        </section>
      ) : null}
    </div>
  );
}
