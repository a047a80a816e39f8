import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultK } from '../../../domain/research/anonymise';
import {
  quasiIdentifierIds,
  topLevel,
  type QuasiIdentifierId,
} from '../../../domain/research/quasi-identifiers';
import { buildStudyFile } from '../../../domain/research/study/new-study';
import type { StudyCollects, StudyFile } from '../../../domain/research/study/study-file';
import { rememberStudy } from '../../../storage/device/studies';
import { shareLevelWord } from './useShareLevelText';

const levelsOf = (id: QuasiIdentifierId) => Array.from({ length: topLevel(id) + 1 }, (_, l) => l);

/** A new study from WebCrypto: a fresh id and 256 random bits for its key; nothing leaves the device. */
function newStudy(input: { name: string; k: number; collects: StudyCollects }): StudyFile {
  return buildStudyFile({
    ...input,
    id: globalThis.crypto.randomUUID(),
    keyBytes: globalThis.crypto.getRandomValues(new Uint8Array(32)),
    createdAt: new Date().toISOString(),
  });
}

/** The research team's form for a new study: name, k and what collectives share of their profile. */
export function NewStudyForm({ onCreated }: { onCreated: (study: StudyFile) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [k, setK] = useState(defaultK);
  const [collects, setCollects] = useState<StudyCollects>({});
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 120) {
      setError(t('studyScreen.nameRequired'));
      return;
    }
    setError('');
    setIsBusy(true);
    try {
      const study = newStudy({ name: trimmed, k, collects });
      await rememberStudy({ study, origin: 'created' });
      setName('');
      onCreated(study);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form className="panel study-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('studyScreen.newTitle')}</h3>
      <div className="field">
        <label htmlFor="study-name">{t('studyScreen.name')}</label>
        <input
          id="study-name"
          value={name}
          maxLength={120}
          aria-describedby="study-name-help study-name-error"
          aria-invalid={error !== ''}
          onChange={(e) => setName(e.target.value)}
        />
        <p id="study-name-help" className="field__hint">
          {t('studyScreen.nameHelp')}
        </p>
        <p id="study-name-error" className="field__error" role="alert">
          {error}
        </p>
      </div>
      <div className="field">
        <label htmlFor="study-k">{t('studyScreen.k')}</label>
        <input
          id="study-k"
          type="number"
          min={1}
          max={1000}
          step={1}
          value={k}
          aria-describedby="study-k-help"
          onChange={(e) =>
            setK(Math.min(1000, Math.max(1, Math.trunc(Number(e.target.value)) || 1)))
          }
        />
        <p id="study-k-help" className="field__hint">
          {t('studyScreen.kHelp')}
        </p>
      </div>
      <fieldset>
        <legend>{t('studyScreen.shareLegend')}</legend>
        <p className="field__hint">{t('studyScreen.shareHelp')}</p>
        {quasiIdentifierIds.map((id) => (
          <div className="field" key={id}>
            <label htmlFor={`study-share-${id}`}>{t(`researchProfile.fields.${id}`)}</label>
            <select
              id={`study-share-${id}`}
              value={collects[id] ?? topLevel(id)}
              onChange={(e) => setCollects({ ...collects, [id]: Number(e.target.value) })}
            >
              {levelsOf(id)
                .reverse()
                .map((level) => (
                  <option key={level} value={level}>
                    {t(`studyScreen.levels.${shareLevelWord(id, level)}`)}
                  </option>
                ))}
            </select>
          </div>
        ))}
      </fieldset>
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={isBusy}>
          {isBusy ? t('studyScreen.creating') : t('studyScreen.create')}
        </button>
      </p>
    </form>
  );
}
