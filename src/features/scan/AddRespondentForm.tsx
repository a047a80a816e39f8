import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { addRespondent } from '../../storage/device/scans';
import { FormField } from '../../ui/FormField';
import { useLocalized } from '../../ui/useLocalized';

type Props = {
  scanId: string;
  questionnaire: Questionnaire;
  onAdded: (responseId: string) => void;
};

/** Adds a respondent on this device: a name or alias (kept here only) and a role. */
export function AddRespondentForm({ scanId, questionnaire, onAdded }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | undefined>();
  const roleItem = questionnaire.items.find((i) => i.id === 'role');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('respondents.nameRequired'));
      return;
    }
    const response = await addRespondent({
      scanId,
      name: name.trim(),
      answers: role ? { role } : {},
    });
    setName('');
    setRole('');
    setError(undefined);
    onAdded(response.id);
  }

  return (
    <form
      className="form panel"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="add-respondent-title"
    >
      <h3 id="add-respondent-title">{t('respondents.addTitle')}</h3>
      <FormField
        id="respondent-name"
        label={t('respondents.name')}
        hint={t('respondents.nameHint')}
        error={error}
        required
      >
        {(field) => (
          <input
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            {...field}
          />
        )}
      </FormField>
      {roleItem && roleItem.type === 'single-choice' ? (
        <FormField id="respondent-role" label={localized(roleItem.text)}>
          {(field) => (
            <select value={role} onChange={(e) => setRole(e.target.value)} {...field}>
              <option value="">{t('collectiveForm.notChosen')}</option>
              {roleItem.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {localized(o.label)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <p>
        <button type="submit" className="button button--primary">
          {t('respondents.addAndStart')}
        </button>
      </p>
    </form>
  );
}
