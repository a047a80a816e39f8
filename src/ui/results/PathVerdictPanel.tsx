import type { PathVerdict } from '../../report/model/report-model-types';
import { ScrollRegion } from '../ScrollRegion';

/** Which route to durability the collective fits, how close it is to the other, and what holds it back. */
export function PathVerdictPanel({ verdict }: { verdict: PathVerdict }) {
  return (
    <section aria-labelledby="verdict-title" className="panel verdict">
      <h2 id="verdict-title">{verdict.heading}</h2>
      <p className="verdict__headline">{verdict.headline}</p>
      {verdict.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <ScrollRegion label={verdict.heading}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{verdict.columns.path}</th>
              <th scope="col">{verdict.columns.membership}</th>
              <th scope="col">{verdict.columns.fits}</th>
              <th scope="col">{verdict.columns.bottleneck}</th>
            </tr>
          </thead>
          <tbody>
            {verdict.paths.map((path) => (
              <tr key={path.id}>
                <th scope="row">{path.title}</th>
                <td>{path.membershipText}</td>
                <td>{path.fitsText}</td>
                <td>{path.bottleneckTitle}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
