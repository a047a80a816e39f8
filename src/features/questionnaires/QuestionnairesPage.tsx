import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { questionnaireKey } from '../../domain/questionnaire/identity';
import { PageTitle } from '../../ui/PageTitle';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
import { useLocalized } from '../../ui/useLocalized';

/** Every questionnaire version this app carries, each linking to its read-only view. */
export function QuestionnairesPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const registry = useQuestionnaireRegistry();
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('questionnaire.all')}</PageTitle>
      <p>{t('questionnaire.allHelp')}</p>
      <ul className="card-list">
        {[...registry.entries].reverse().map(({ questionnaire, ref }) => (
          <li key={questionnaireKey(ref)} className="card">
            <h2 className="card__title">
              <Link href={`/questionnaires/${ref.id}/${ref.version}`}>
                {localized(questionnaire.title)} {ref.version}
              </Link>
            </h2>
            <p className="muted">{localized(questionnaire.description)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
