import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResearchAggregate, SplitVariable } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';
import { BoxPlot } from './BoxPlot';
import { ConditionHistograms } from './ConditionHistograms';
import { DistributionTable, type DistributionRow } from './DistributionTable';

const splitVariables: SplitVariable[] = ['sector', 'legalForm', 'province'];
type Split = SplitVariable | 'none';

function Pair({
  caption,
  rowHeader,
  rows,
}: {
  caption: string;
  rowHeader: string;
  rows: DistributionRow[];
}) {
  return (
    <div className="research-pair">
      <BoxPlot caption={caption} rows={rows} />
      <DistributionTable caption={caption} rowHeader={rowHeader} rows={rows} />
    </div>
  );
}

/** The distribution of each condition's collective mean, for everyone or split by a profile variable. */
export function ConditionDistributions({
  aggregate,
  chartWidth,
}: {
  aggregate: ResearchAggregate;
  chartWidth?: number;
}) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  const [split, setSplit] = useState<Split>('none');
  return (
    <section aria-labelledby="distributions-title" className="research-panel">
      <h2 id="distributions-title">{t('researchScreen.distributions.title')}</h2>
      <p>{t('researchScreen.distributions.help')}</p>
      <div className="field research-split">
        <label htmlFor="research-split">{t('researchScreen.split.label')}</label>
        <select
          id="research-split"
          value={split}
          onChange={(e) => setSplit(splitVariables.find((key) => key === e.target.value) ?? 'none')}
        >
          <option value="none">{t('researchScreen.split.none')}</option>
          {splitVariables.map((key) => (
            <option key={key} value={key}>
              {t(`researchScreen.split.${key}`)}
            </option>
          ))}
        </select>
      </div>
      {split === 'none' ? (
        <>
          <Pair
            caption={t('researchScreen.distributions.caption', { n: aggregate.n })}
            rowHeader={t('researchScreen.stats.condition')}
            rows={aggregate.conditionIds.map((id) => ({
              label: format.condition(id),
              summary: aggregate.conditions[id]?.summary ?? null,
            }))}
          />
          <h3>{t('researchScreen.histogram.title')}</h3>
          <ConditionHistograms
            conditionIds={aggregate.conditionIds}
            conditions={aggregate.conditions}
            {...(chartWidth ? { width: chartWidth } : {})}
          />
        </>
      ) : (
        aggregate.conditionIds.map((id) => (
          <Pair
            key={id}
            caption={t('researchScreen.distributions.splitCaption', {
              condition: format.condition(id),
              split: t(`researchScreen.split.in.${split}`),
            })}
            rowHeader={t(`researchScreen.split.${split}`)}
            rows={aggregate.splits[split].map((group) => ({
              label: format.group(split, group.value),
              summary: group.conditions[id] ?? null,
            }))}
          />
        ))
      )}
    </section>
  );
}
