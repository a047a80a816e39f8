import { useTranslation } from 'react-i18next';
import type { ResearchRefusal } from './research-types';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { researchRefusalText } from '../../wording/research-text';

// a batch with thousands of bad files still shows quickly; the count says how many more there are
const shown = 200;

/** The files that were not used, each with its reason in the UI language. */
export function RefusedFiles({ refused, count }: { refused: ResearchRefusal[]; count: number }) {
  const { t } = useTranslation();
  if (refused.length === 0) return null;
  return (
    <section aria-labelledby="refused-title">
      <h4 id="refused-title">{t('researchScreen.refused.title')}</h4>
      <ScrollRegion label={t('researchScreen.refused.title')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('researchScreen.refused.file')}</th>
              <th scope="col">{t('researchScreen.refused.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {refused.slice(0, shown).map((file, index) => (
              <tr key={`${file.source}-${index}`}>
                <th scope="row" className="research-file-name">
                  {file.source}
                </th>
                <td>{researchRefusalText(file, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {count > shown ? (
        <p className="muted">
          {t('researchScreen.refused.more', { count: count - Math.min(shown, refused.length) })}
        </p>
      ) : null}
    </section>
  );
}
