import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inviteMember } from '../../storage/device/invitees';
import { FormField } from '../../ui/FormField';

/** Adds a member by name or role, to be invited to answer on their own phone. */
export function InviteMemberForm({ scanId }: { scanId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('members.nameRequired'));
      return;
    }
    await inviteMember({ scanId, name: name.trim() });
    setName('');
    setError(undefined);
  }

  return (
    <form className="form inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormField
        id="member-name"
        label={t('members.name')}
        hint={t('members.nameHint')}
        error={error}
        required
      >
        {(field) => (
          <input
            type="text"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            {...field}
          />
        )}
      </FormField>
      <p>
        <button type="submit" className="button button--primary">
          {t('members.add')}
        </button>
      </p>
    </form>
  );
}
