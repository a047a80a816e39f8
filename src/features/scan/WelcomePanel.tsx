import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** how many questions a member answers (the questionnaire's summary) */
  questionCount: number;
  collectiveName: string | undefined;
  /** the name the invitation or an earlier visit gave */
  name: string;
  onStart: (name: string) => Promise<void>;
};

// about twelve seconds a question, as the members in the trial took
const secondsPerQuestion = 12;

/** A member's first screen: whose scan, how long, that answers stay on the phone, and their name. */
export function WelcomePanel({
  questionCount: count,
  collectiveName,
  name: given,
  onStart,
}: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(given);
  const minutes = Math.max(1, Math.round((count * secondsPerQuestion) / 60));

  function start(event: FormEvent) {
    event.preventDefault();
    void onStart(name.trim());
  }

  return (
    <form className="panel welcome" onSubmit={start} aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('welcome.title')}</h2>
      {collectiveName ? <p>{t('welcome.whose', { collective: collectiveName })}</p> : null}
      <p>{t('welcome.time', { count, minutes: t('welcome.minutes', { count: minutes }) })}</p>
      <p>{t('welcome.private')}</p>
      <div className="field">
        <label htmlFor="own-name">{t('welcome.nameLabel')}</label>
        <p id="own-name-hint" className="muted">
          {t('welcome.nameHint')}
        </p>
        <input
          id="own-name"
          type="text"
          maxLength={80}
          autoComplete="name"
          aria-describedby="own-name-hint"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <p>
        <button type="submit" className="button button--primary">
          {t('welcome.start')}
        </button>
      </p>
    </form>
  );
}
