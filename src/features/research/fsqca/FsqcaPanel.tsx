import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildMembershipTable, fsqcaConditionOrder } from '../../../domain/research';
import { CasesNote } from '../CasesNote';
import { ResearchJobStatus } from '../ResearchJobStatus';
import { useResearchJobHandle } from '../research-context';
import type { ResearchJobResult } from '../research-types';
import { unpackTable } from '../../../workers/table-parcel';
import { useResearchFormat } from '../useResearchFormat';
import { FsqcaFigures } from './FsqcaFigures';
import { OutcomeCheckNotes } from './OutcomeCheckNotes';
import { OutcomeSettings } from './OutcomeSettings';

/** fsQCA on the loaded results: outcome and thresholds, then the figures when there is an outcome. */
export function FsqcaPanel({ result }: { result: ResearchJobResult }) {
  const { t } = useTranslation();
  const { session } = useResearchJobHandle();
  const format = useResearchFormat();
  const outcome = session.resultOutcome;
  // the worker returns the table's columns; the memberships of one page are read from them here
  const membershipTable = useMemo(
    () =>
      result.table && outcome
        ? buildMembershipTable({
            table: unpackTable(result.table),
            outcome,
            conditionIds: fsqcaConditionOrder(result.table.conditionIds, format.necessary),
          })
        : null,
    [result.table, outcome, format.necessary],
  );
  return (
    <section aria-labelledby="fsqca-title">
      <h2 id="fsqca-title">{t('researchScreen.fsqca.title')}</h2>
      <p>{t('researchScreen.fsqca.help')}</p>
      <OutcomeSettings />
      <ResearchJobStatus />
      {result.outcomeCheck ? <OutcomeCheckNotes check={result.outcomeCheck} /> : null}
      {result.fsqca ? (
        <>
          <CasesNote cases={result.cases} />
          {result.fsqca.excluded.missingMembership > 0 ? (
            <p className="notice" role="note">
              {t('researchScreen.fsqca.insufficient', {
                count: result.fsqca.excluded.missingMembership,
              })}
            </p>
          ) : null}
          <FsqcaFigures fsqca={result.fsqca} membershipTable={membershipTable} />
        </>
      ) : result.outcomeCheck?.matched === 0 ? null : (
        <p className="notice">{t('researchScreen.fsqca.noOutcome')}</p>
      )}
    </section>
  );
}
