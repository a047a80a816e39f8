import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportModel } from '../../report/model/report-model-types';
import { ConditionCard } from './ConditionCard';
import { ConditionRadar } from './ConditionRadar';
import { PathVerdictPanel } from './PathVerdictPanel';
import { TraitsTable } from './TraitsTable';
import { ScrollRegion } from '../ScrollRegion';

type Props = {
  model: ReportModel;
  /** shown between the traits and the respondents (the collective's own trends) */
  afterTraits?: ReactNode;
};

/**
 * The body of a result, read-only, drawn from the report model only: radar, scores, routes, one card
 * per condition, traits, respondents per role and the method. The collective's results page and the
 * funder's detail view both show this.
 */
export function ResultsView({ model, afterTraits }: Props) {
  const { t } = useTranslation();
  const hasSpread = model.summary.radar.hasSpread;

  return (
    <>
      <div className="results__summary">
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">{model.summary.heading}</h2>
          <p>{model.summary.intro}</p>
          {/* the radar shows what the report model says, the same as the PDF's radar */}
          <ConditionRadar radar={model.summary.radar} legend={model.summary.radarLegend} />
          {hasSpread ? <p className="muted">{model.summary.spreadNote}</p> : null}
        </section>
        <section aria-labelledby="scores-title">
          <h2 id="scores-title">{t('results.scoresTitle')}</h2>
          <ScrollRegion label={t('results.scoresTitle')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('results.columns.condition')}</th>
                  <th scope="col">{t('results.columns.score')}</th>
                  <th scope="col">{t('results.columns.band')}</th>
                  <th scope="col">{t('results.columns.spread')}</th>
                </tr>
              </thead>
              <tbody>
                {model.summary.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.title}</th>
                    <td>{row.scoreText}</td>
                    <td>{row.bandLabel}</td>
                    <td>{row.iqrText}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      </div>

      <PathVerdictPanel verdict={model.verdict} />

      <section aria-labelledby="conditions-title">
        <h2 id="conditions-title">{model.conditionsHeading}</h2>
        <p>{model.conditionsIntro}</p>
        <div className="condition-grid">
          {model.conditions.map((section) => (
            <ConditionCard key={section.id} section={section} />
          ))}
        </div>
      </section>

      <TraitsTable traits={model.traits} />

      {afterTraits}

      <section aria-labelledby="respondents-title">
        <h2 id="respondents-title">{model.appendix.respondentsHeading}</h2>
        <p>{model.appendix.respondentsIntro}</p>
        <ul>
          {model.appendix.roles.map((role) => (
            <li key={role.label}>
              {role.label}: {role.count}
              {role.names.length > 0 ? ` (${role.names.join(', ')})` : ''}
            </li>
          ))}
        </ul>
      </section>

      <details className="method">
        <summary>{model.method.heading}</summary>
        {model.method.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p className="muted">{model.method.anchorsNote}</p>
        {model.method.references.map((reference) => (
          <p key={reference} className="muted">
            {reference}
          </p>
        ))}
      </details>
    </>
  );
}
