import { useTranslation } from 'react-i18next';
import type { ChangeAggregate } from '../../../domain/research';
import { useResearchFormat } from '../useResearchFormat';
import { ScrollRegion } from '../../../ui/ScrollRegion';

// the most frequent ones: with five conditions there can be up to 1,024 kinds of transition
const shown = 20;

/** Transitions between truth-table rows from one scan to the next, most frequent first. */
export function ChangeTransitions({ changes }: { changes: ChangeAggregate }) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  const conditions = (changes.configurationConditions ?? []).map(format.condition).join(', ');
  const transitions = changes.transitions ?? [];
  return (
    <>
      <h3 id="transitions-title">{t('researchScreen.change.transitionsTitle')}</h3>
      <p className="muted">{t('researchScreen.change.transitionsHelp', { conditions })}</p>
      {transitions.length === 0 ? (
        <p className="muted">{t('researchScreen.change.noTransitions')}</p>
      ) : (
        <ScrollRegion label={t('researchScreen.change.transitionsTitle')}>
          <table className="table research-numbers" aria-labelledby="transitions-title">
            <thead>
              <tr>
                <th scope="col">{t('researchScreen.change.from')}</th>
                <th scope="col">{t('researchScreen.change.to')}</th>
                <th scope="col">{t('researchScreen.change.count')}</th>
              </tr>
            </thead>
            <tbody>
              {transitions.slice(0, shown).map((transition) => (
                <tr key={`${transition.from}-${transition.to}`}>
                  <td>
                    <code>{transition.from}</code>
                  </td>
                  <td>
                    <code>{transition.to}</code>
                  </td>
                  <td>{format.number(transition.n, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {transitions.length > shown ? (
        <p className="muted">
          {t('researchScreen.change.moreTransitions', { count: transitions.length - shown })}
        </p>
      ) : null}
      {changes.pairsWithoutConfiguration > 0 ? (
        <p className="muted">
          {t('researchScreen.change.withoutConfiguration', {
            count: changes.pairsWithoutConfiguration,
          })}
        </p>
      ) : null}
    </>
  );
}
