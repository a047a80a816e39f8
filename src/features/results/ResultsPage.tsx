import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguage } from '../../i18n/ui-language';
import { NotFoundNotice } from '../../ui/NotFoundNotice';
import { respondentName } from '../../ui/respondent-name';
import { buildResultsPageModel } from './results-page-model';
import { ResultsPageView } from './ResultsPageView';
import { useScanResult } from './useScanResult';

/** The result of a scan: radar, routes to durability, one card per condition, traits, and the report. */
export function ResultsPage({ params }: { params: { scanId: string } }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n);
  const state = useScanResult(params.scanId);
  const [withNames, setWithNames] = useState(false);
  const ready = state.state === 'ready' ? state : null;
  const page = useMemo(
    () =>
      ready
        ? buildResultsPageModel({
            result: ready.result,
            questionnaire: ready.entry.questionnaire,
            language,
            scan: ready.bundle.scan,
            responses: ready.bundle.responses,
            withNames,
            nameOf: (response) => respondentName(t, response),
          })
        : null,
    [ready, language, withNames, t],
  );

  if (state.state === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.state === 'missing') return <NotFoundNotice />;
  if (state.state === 'problem' || !page) {
    return (
      <p role="alert" className="field__error">
        {state.state === 'problem' ? state.message : ''}
      </p>
    );
  }
  return <ResultsPageView page={page} withNames={withNames} onWithNamesChange={setWithNames} />;
}
