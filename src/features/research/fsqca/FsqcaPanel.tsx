import { useTranslation } from 'react-i18next';
import { JobProgress } from '../JobProgress';
import type { ResearchJobResult } from '../research-types';
import { FitTables } from './FitTables';
import { MembershipTable } from './MembershipTable';
import { OutcomeSettings } from './OutcomeSettings';
import { TruthTable } from './TruthTable';

/** fsQCA on the loaded results: outcome and thresholds, memberships, truth table, routes, necessity. */
export function FsqcaPanel({ result }: { result: ResearchJobResult }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="fsqca-title">
      <h2 id="fsqca-title">{t('researchScreen.fsqca.title')}</h2>
      <p>{t('researchScreen.fsqca.help')}</p>
      <OutcomeSettings />
      <JobProgress />
      {result.fsqca ? (
        <>
          <TruthTable fsqca={result.fsqca.result} />
          <FitTables fsqca={result.fsqca.result} />
          <MembershipTable table={result.fsqca.membershipTable} />
        </>
      ) : (
        <p className="notice">{t('researchScreen.fsqca.noOutcome')}</p>
      )}
    </section>
  );
}
