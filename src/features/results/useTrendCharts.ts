import { useTranslation } from 'react-i18next';
import { useClosedScans } from '../../storage/hooks/useClosedScans';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
import { useLocalized } from '../../ui/useLocalized';
import { buildTrendCharts, type TrendCharts } from './trend-charts';

/** A collective's trend charts, for the screen and the PDF alike; null below two closed scans or while loading. */
export function useTrendCharts(collectiveId: string): TrendCharts | null {
  const { t } = useTranslation();
  const localize = useLocalized();
  const registry = useQuestionnaireRegistry();
  const closedScans = useClosedScans(collectiveId);
  return closedScans ? buildTrendCharts({ closedScans, registry, localize, t }) : null;
}
