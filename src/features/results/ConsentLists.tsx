import { useTranslation } from 'react-i18next';
import type { SingleAnonymisationPreview } from '../../domain/research/anonymise-single';

type Removed = SingleAnonymisationPreview['removed'];

// the order a person reads them in: who you are first, then what you wrote
const removedOrder: (keyof Removed)[] = [
  'name',
  'municipality',
  'comments',
  'textAnswers',
  'respondentIds',
  'roles',
  'foundingYear',
  'scanLabel',
  'exactDates',
  'scanId',
  'profileAnswers',
  'otherBands',
];

/** What leaves the file and what stays, with counts from the actual result. */
export function ConsentLists({ preview }: { preview: SingleAnonymisationPreview }) {
  const { t } = useTranslation();
  return (
    <div className="consent__lists">
      <section aria-labelledby="consent-removed">
        <h4 id="consent-removed">{t('researchConsent.removedTitle')}</h4>
        <ul>
          {removedOrder.map((code) => (
            <li key={code}>
              {t(`researchConsent.removed.${code}`)}
              {preview.removed[code] > 1 ? ` (${preview.removed[code]})` : ''}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="consent-kept">
        <h4 id="consent-kept">{t('researchConsent.keptTitle')}</h4>
        <ul>
          <li>{t('researchConsent.kept.scores')}</li>
          <li>{t('researchConsent.kept.answers', { count: preview.kept.respondents })}</li>
          <li>{t('researchConsent.kept.traits')}</li>
          <li>{t('researchConsent.kept.year')}</li>
          <li>{t('researchConsent.kept.profile')}</li>
          {preview.hasPseudonym ? <li>{t('researchConsent.kept.pseudonym')}</li> : null}
        </ul>
      </section>
    </div>
  );
}
