import type { ConditionSection } from '../../report/model/report-model-types';

/** One condition: score and band, spread, where respondents disagree, and next steps. */
export function ConditionCard({ section }: { section: ConditionSection }) {
  return (
    <article
      aria-labelledby={`condition-${section.id}`}
      className={section.isBottleneck ? 'card condition condition--bottleneck' : 'card condition'}
    >
      <header className="condition__header">
        <h3 id={`condition-${section.id}`}>{section.title}</h3>
        <p className="condition__score">
          <span className="condition__number">{section.scoreText}</span>{' '}
          <span className={`band band--${section.band ?? 'none'}`}>{section.bandLabel}</span>
        </p>
      </header>
      {section.badges.length > 0 ? (
        <p className="badges">
          {section.badges.map((badge) => (
            <span key={badge} className="tag">
              {badge}
            </span>
          ))}
        </p>
      ) : null}
      <ul className="facts">
        {section.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <h4>{section.discussionHeading}</h4>
      {section.discussionPoints.length === 0 ? (
        <p className="muted">{section.emptyDiscussion}</p>
      ) : (
        <>
          <p>{section.discussionIntro}</p>
          <ul>
            {section.discussionPoints.map((point) => (
              <li key={point.itemId}>
                {point.text} <span className="muted">({point.rangeText})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{section.recommendationsHeading}</h4>
      {section.recommendations.length === 0 ? (
        <p className="muted">{section.emptyRecommendations}</p>
      ) : (
        <ul className="recommendations">
          {section.recommendations.map((recommendation) => (
            <li key={recommendation.text}>
              <p>{recommendation.text}</p>
              <p className="muted">{recommendation.partnerText}</p>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
