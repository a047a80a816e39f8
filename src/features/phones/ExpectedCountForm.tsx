import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scan } from '../../domain/collective/schema';
import { setExpectedCount } from '../../storage/device/invitees';

/** How many answers the coordinator expects from members' own phones, kept with the scan. */
export function ExpectedCountForm({ scan }: { scan: Scan }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(scan.expectedCount?.toString() ?? '');
  const [status, setStatus] = useState('');

  async function save(event: FormEvent) {
    event.preventDefault();
    const count = Number.parseInt(value, 10);
    await setExpectedCount({ scanId: scan.id, count: count > 0 ? Math.min(count, 9999) : null });
    setStatus(t('phones.scanCodes.expectedSaved'));
  }

  return (
    <form className="field" onSubmit={(e) => void save(e)}>
      <label htmlFor="expected-count">{t('phones.scanCodes.expected')}</label>
      <p id="expected-count-hint" className="muted">
        {t('phones.scanCodes.expectedHint')}
      </p>
      <p className="actions">
        <input
          id="expected-count"
          type="number"
          inputMode="numeric"
          min={1}
          max={9999}
          aria-describedby="expected-count-hint"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="button">
          {t('phones.scanCodes.saveExpected')}
        </button>
      </p>
      <p role="status" className="muted">
        {status}
      </p>
    </form>
  );
}
