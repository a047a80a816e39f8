import type { TraitsSection } from '../../report/model/report-model-types';
import { ScrollRegion } from '../ScrollRegion';

/** The six community-enterprise traits as a profile: how many respondents said yes, partly or no. */
export function TraitsTable({ traits }: { traits: TraitsSection }) {
  return (
    <section aria-labelledby="traits-title">
      <h2 id="traits-title">{traits.heading}</h2>
      <p>{traits.intro}</p>
      <ScrollRegion label={traits.heading}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{traits.columns.trait}</th>
              <th scope="col">{traits.columns.yes}</th>
              <th scope="col">{traits.columns.partly}</th>
              <th scope="col">{traits.columns.no}</th>
              <th scope="col">{traits.columns.unanswered}</th>
            </tr>
          </thead>
          <tbody>
            {[...traits.rows, traits.total].map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.text}</th>
                <td>{row.yes}</td>
                <td>{row.partly}</td>
                <td>{row.no}</td>
                <td>{row.unanswered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
