import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readStudyFile, studyFileMaxBytes } from '../../domain/research/study/read-study';
import type { StoredStudy } from '../../domain/research/study/stored-study';
import { rememberStudy } from '../../storage/device/studies';
import { useStudies } from '../../storage/hooks/useStudies';
import { FileButton } from '../../ui/FileButton';
import { fileErrorText } from '../../wording/file-error-text';
import { studyProblemText } from '../../wording/study-text';

type Props = {
  chosenId: string | null;
  onChoose: (study: StoredStudy | null) => void;
  /** false for a result without the collective's id: no study can give it a pseudonym */
  canHavePseudonym: boolean;
};

/**
 * Which study the anonymised file is for: one of the studies this device remembers (from an opened
 * invitation), or none. Nobody types a key; an invitation file can be opened here too.
 */
export function StudyChoice({ chosenId, onChoose, canHavePseudonym }: Props) {
  const { t, i18n } = useTranslation();
  const studies = useStudies() ?? [];
  const [status, setStatus] = useState('');

  async function open(file: File | undefined) {
    if (!file) return;
    if (file.size > studyFileMaxBytes) {
      setStatus(
        t('study.problem.file', {
          detail: fileErrorText(
            t,
            {
              code: 'unreadable',
              reason: 'too-large',
              bytes: file.size,
              limit: studyFileMaxBytes,
            },
            i18n.language,
          ),
        }),
      );
      return;
    }
    const read = readStudyFile(await file.text());
    if (!read.ok) {
      setStatus(studyProblemText(read.problem, t, (e) => fileErrorText(t, e, i18n.language)));
      return;
    }
    const { study } = await rememberStudy({ study: read.study, origin: 'invitation' });
    onChoose(study);
    setStatus(t('studyScreen.choice.opened', { name: study.study.name }));
  }

  return (
    <fieldset className="consent__key">
      <legend>{t('studyScreen.choice.legend')}</legend>
      <p className="field__hint">{t('studyScreen.choice.help')}</p>
      {!canHavePseudonym ? <p className="notice">{t('studyScreen.choice.v1')}</p> : null}
      <label className="consent__study">
        <input
          type="radio"
          name="study"
          checked={chosenId === null}
          onChange={() => onChoose(null)}
        />
        <span>{t('studyScreen.choice.noneOption')}</span>
      </label>
      {studies.map((stored) => (
        <label className="consent__study" key={stored.id}>
          <input
            type="radio"
            name="study"
            checked={chosenId === stored.id}
            onChange={() => onChoose(stored)}
          />
          <span>{t('studyScreen.choice.option', { name: stored.study.name })}</span>
        </label>
      ))}
      {studies.length === 0 ? <p className="muted">{t('studyScreen.choice.noStudies')}</p> : null}
      <FileButton
        id="study-file"
        label={t('studyScreen.choice.openFile')}
        accept=".json,application/json"
        onFiles={([file]) => void open(file)}
      />
      <p role="status" className="muted">
        {status}
      </p>
    </fieldset>
  );
}
