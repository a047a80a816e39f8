import { useTranslation } from 'react-i18next';
import { useClosedScans } from '../../storage/hooks/useClosedScans';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
import { useLocalized } from '../../ui/useLocalized';
import { buildTrendCharts } from './trend-charts';
import { TrendsView } from './TrendsView';

/** With two or more closed scans: one small chart per condition, scored on the newest questionnaire version. */
export function TrendsPanel({ collectiveId }: { collectiveId: string }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const registry = useQuestionnaireRegistry();
  const closedScans = useClosedScans(collectiveId);
  const trends = closedScans ? buildTrendCharts({ closedScans, registry, localize, t }) : null;
  return trends ? <TrendsView trends={trends} /> : null;
}
