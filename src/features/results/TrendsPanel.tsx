import { lazyComponent } from '../../ui/lazy-component';
import type { TrendCharts } from './trend-charts';
import { useTrendCharts } from './useTrendCharts';

// the line charts (recharts' cartesian half) load after the radar, and only when there are trends
const TrendsView = lazyComponent(() => import('./TrendsView').then((m) => m.TrendsView));

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
