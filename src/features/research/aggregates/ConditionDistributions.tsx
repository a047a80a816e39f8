import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResearchAggregate, SplitKey } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';
import { BoxPlot } from './BoxPlot';
import { ConditionHistograms } from './ConditionHistograms';
import { DistributionTable } from './DistributionTable';

const splitKeys: SplitKey[] = ['sector', 'legalForm', 'province'];
type Split = SplitKey | 'none';

/** The distribution of each condition's score, for everyone or split by a profile variable. */
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
  const conditionRows = aggregate.conditionIds.map((id) => ({
    label: format.condition(id),
    distribution: aggregate.conditions[id] ?? null,
  }));

  return (
    <section aria-labelledby="distributions-title" className="research-panel">
      <h2 id="distributions-title">{t('researchScreen.distributions.title')}</h2>
      <p>{t('researchScreen.distributions.help')}</p>
      <div className="field research-split">
        <label htmlFor="research-split">{t('researchScreen.split.label')}</label>
        <select
          id="research-split"
          value={split}
          onChange={(e) => setSplit(splitKeys.find((key) => key === e.target.value) ?? 'none')}
        >
          <option value="none">{t('researchScreen.split.none')}</option>
          {splitKeys.map((key) => (
            <option key={key} value={key}>
              {t(`researchScreen.split.${key}`)}
            </option>
          ))}
        </select>
      </div>
      {split === 'none' ? (
        <>
          <div className="research-pair">
            <BoxPlot
              caption={t('researchScreen.distributions.boxCaption', { n: aggregate.n })}
              rows={conditionRows.map((row) => ({
                label: row.label,
                box: row.distribution,
                n: row.distribution?.n ?? 0,
              }))}
            />
            <DistributionTable
              caption={t('researchScreen.distributions.tableCaption')}
              rowHeader={t('researchScreen.stats.condition')}
              rows={conditionRows}
            />
          </div>
          <h3>{t('researchScreen.histogram.title')}</h3>
          <ConditionHistograms
            conditionIds={aggregate.conditionIds}
            conditions={aggregate.conditions}
            {...(chartWidth ? { width: chartWidth } : {})}
          />
        </>
      ) : (
        aggregate.conditionIds.map((id) => {
          const groups = aggregate.splits[split].map((group) => ({
            label: format.group(split, group.group),
            distribution: group.conditions[id] ?? null,
          }));
          const caption = t('researchScreen.distributions.splitCaption', {
            condition: format.condition(id),
            split: t(`researchScreen.split.${split}`),
          });
          return (
            <div className="research-pair" key={id}>
              <BoxPlot
                caption={caption}
                rows={groups.map((row) => ({
                  label: row.label,
                  box: row.distribution,
                  n: row.distribution?.n ?? 0,
                }))}
              />
              <DistributionTable
                caption={caption}
                rowHeader={t(`researchScreen.split.${split}`)}
                rows={groups}
              />
            </div>
          );
        })
      )}
    </section>
  );
}
