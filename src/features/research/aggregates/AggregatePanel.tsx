import type { ResearchJobResult } from '../research-types';
import { CasesNote } from '../CasesNote';
import { ChangeTable } from './ChangeTable';
import { ConditionDistributions } from './ConditionDistributions';
import { CorrelationMatrix } from './CorrelationMatrix';
import { RouteShares } from './RouteShares';
import { VersionCounts } from './VersionCounts';

/** Everything the loaded results say together: versions, distributions, routes, correlations, change. */
export function AggregatePanel({
  result,
  chartWidth,
}: {
  result: ResearchJobResult;
  chartWidth?: number;
}) {
  const { aggregate } = result;
  return (
    <div className="research-grid">
      <CasesNote cases={result.cases} />
      <VersionCounts aggregate={aggregate} />
      <RouteShares aggregate={aggregate} />
      <ConditionDistributions aggregate={aggregate} {...(chartWidth ? { chartWidth } : {})} />
      <CorrelationMatrix aggregate={aggregate} />
      <ChangeTable aggregate={aggregate} />
    </div>
  );
}
