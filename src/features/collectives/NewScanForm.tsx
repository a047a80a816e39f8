import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { questionnaireKey } from '../../domain/questionnaire/identity';
import { startScan } from '../../storage/device/scans';
import { FormField } from '../../ui/FormField';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
import { useLocalized } from '../../ui/useLocalized';

type Props = { collectiveId: string; onStarted: (scanId: string) => void; onCancel: () => void };

function defaultLabel(now: Date, season: (month: number) => string): string {
  return `${season(now.getMonth())} ${now.getFullYear()}`;
}

/** Start a scan: choose the questionnaire version and give the round a name. */
export function NewScanForm({ collectiveId, onStarted, onCancel }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const registry = useQuestionnaireRegistry();
  const entries = [...registry.entries].reverse();
  const [choice, setChoice] = useState(entries[0] ? questionnaireKey(entries[0].ref) : '');
  const [label, setLabel] = useState(() =>
    defaultLabel(new Date(), (m) =>
      t(
        `newScan.season.${['winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'winter'][m]}`,
      ),
    ),
  );
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const entry = entries.find((e) => questionnaireKey(e.ref) === choice);
    if (label.trim() === '') {
      setError(t('newScan.labelRequired'));
      return;
    }
    if (!entry) return;
    const scan = await startScan({
      collectiveId,
      questionnaire: entry.ref,
      label: label.trim(),
    });
    onStarted(scan.id);
  }

  return (
    <form
      className="form panel"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="new-scan-title"
    >
      <h3 id="new-scan-title">{t('newScan.title')}</h3>
      <FormField
        id="scan-label"
        label={t('newScan.label')}
        hint={t('newScan.labelHint')}
        error={error}
        required
      >
        {(field) => (
          <input type="text" value={label} onChange={(e) => setLabel(e.target.value)} {...field} />
        )}
      </FormField>
      <FormField id="scan-questionnaire" label={t('newScan.questionnaire')}>
        {(field) => (
          <select value={choice} onChange={(e) => setChoice(e.target.value)} {...field}>
            {entries.map((entry) => (
              <option key={questionnaireKey(entry.ref)} value={questionnaireKey(entry.ref)}>
                {localized(entry.questionnaire.title)} {entry.ref.version}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {choice ? (
        <p>
          <Link href={`/questionnaires/${choice.replace('@', '/')}`}>
            {t('questionnaire.readLink')}
          </Link>
        </p>
      ) : null}
      <p className="actions">
        <button type="submit" className="button button--primary">
          {t('newScan.start')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </p>
    </form>
  );
}
