import { useTranslation } from 'react-i18next';
import { questionnaireKey } from '../../../domain/questionnaire/identity';
import type { ResearchAggregate } from '../research-types';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { useResearchFormat } from '../useResearchFormat';

/** How many results per questionnaire version: figures only compare within one version's items. */
export function VersionCounts({ aggregate }: { aggregate: ResearchAggregate }) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  return (
    <section aria-labelledby="versions-title" className="research-panel">
      <h2 id="versions-title">{t('researchScreen.versions.title')}</h2>
      <ScrollRegion label={t('researchScreen.versions.title')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('researchScreen.versions.questionnaire')}</th>
              <th scope="col">{t('researchScreen.stats.n')}</th>
            </tr>
          </thead>
          <tbody>
            {aggregate.byQuestionnaire.map((version) => (
              <tr key={`${questionnaireKey(version)}#${version.sha256}`}>
                <th scope="row">
                  <code>{questionnaireKey(version)}</code>
                </th>
                <td>{format.number(version.n, 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('researchScreen.versions.total')}</th>
              <td>{format.number(aggregate.n, 0)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </section>
  );
}
