import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Scan } from '../../domain/collective/schema';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { NotFoundNotice } from '../../ui/NotFoundNotice';
import { PageTitle } from '../../ui/PageTitle';
import { useScanData } from '../../ui/useScanData';
import { expectedAnswers } from '../../domain/collective/member-status';
import { CameraScanner } from './CameraScanner';
import { ExpectedCountForm } from './ExpectedCountForm';
import { PasteCodeForm } from './PasteCodeForm';
import { useCodeImport } from './useCodeImport';
import './phones.css';
import { useSearchParam } from '../../ui/useSearchParam';

/** The coordinator reads answer codes from respondents' phones, with the camera or as text. */
export function ScanCodesPage({ params }: { params: { scanId: string } }) {
  const { t } = useTranslation();
  const data = useScanData(params.scanId);
  if (data === undefined) return null;
  if (data === null) return <NotFoundNotice />;
  const { scan, entry, responses } = data;
  return (
    <section aria-labelledby="page-title">
      <p className="breadcrumb">
        <Link href={`/scans/${scan.id}`}>{t('phones.scanCodes.back')}</Link>
      </p>
      <PageTitle>{t('phones.scanCodes.title')}</PageTitle>
      <p className="muted">{scan.label}</p>
      {scan.status !== 'open' ? (
        <p className="notice">{t('phones.scanCodes.closed')}</p>
      ) : entry ? (
        <CodeReading
          scan={scan}
          questionnaire={entry.questionnaire}
          received={responses.filter((r) => r.source !== 'device').length}
        />
      ) : (
        <p role="alert" className="field__error">
          {data.questionnaireProblem}
        </p>
      )}
    </section>
  );
}

function CodeReading({
  scan,
  questionnaire,
  received,
}: {
  scan: Scan;
  questionnaire: Questionnaire;
  received: number;
}) {
  const { t } = useTranslation();
  const { log, pending, readCode, answer } = useCodeImport({ scan, questionnaire });
  // a code shared to the installed app arrives as `?c=`: read it once, like a pasted one
  const sharedCode = useSearchParam('c');
  const isSharedRead = useRef(false);
  useEffect(() => {
    if (sharedCode === null || isSharedRead.current) return;
    isSharedRead.current = true;
    void readCode(sharedCode, 'text');
  });
  const expected = expectedAnswers(scan);
  return (
    <>
      <p>{t('phones.scanCodes.intro')}</p>
      <p className="received-count" role="status" aria-live="polite">
        {expected > 0
          ? t('phones.scanCodes.count', { received, expected })
          : t('phones.scanCodes.countOnly', { received })}
      </p>
      <div className="code-reading">
        <div>
          <CameraScanner onCode={(text) => void readCode(text, 'camera')} />
          <PasteCodeForm onCode={(text) => readCode(text, 'text')} />
        </div>
        <div>
          {pending ? (
            <div role="alertdialog" aria-labelledby="code-reimport" className="notice">
              <p id="code-reimport">
                {t('phones.scanCodes.reimportQuestion', { name: pending.name })}
              </p>
              <p className="actions">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => void answer(true)}
                >
                  {t('import.replace')}
                </button>
                <button type="button" className="button" onClick={() => void answer(false)}>
                  {t('import.keep')}
                </button>
              </p>
            </div>
          ) : null}
          <h2>{t('phones.scanCodes.log')}</h2>
          <ul className="code-log" aria-live="polite" data-testid="code-log">
            {log.map((entry) => (
              <li key={entry.id} className={entry.isRefused ? 'field__error' : 'success'}>
                {entry.text}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <ExpectedCountForm scan={scan} />
    </>
  );
}
