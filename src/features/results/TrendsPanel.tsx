import { TrendsView } from './TrendsView';
import type { TrendCharts } from './trend-charts';
import { useTrendCharts } from './useTrendCharts';

/** With two or more closed scans: one small chart per condition, scored on the newest questionnaire version. */
export function TrendsPanel({
  collectiveId,
  trends,
}: {
  collectiveId: string;
  /** the charts when the caller has them already (the results page shares them with the PDF) */
  trends?: TrendCharts | null;
}) {
  return trends === undefined ? (
    <LoadedTrends collectiveId={collectiveId} />
  ) : trends ? (
    <TrendsView trends={trends} />
  ) : null;
}

function LoadedTrends({ collectiveId }: { collectiveId: string }) {
  const trends = useTrendCharts(collectiveId);
  return trends ? <TrendsView trends={trends} /> : null;
}
