import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Item, Questionnaire } from '../../domain/questionnaire/schema';
import { PageTitle } from '../../ui/PageTitle';
import { NotFoundNotice } from '../../ui/NotFoundNotice';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
import { useLocalized } from '../../ui/useLocalized';

function ItemAnswers({ item, questionnaire }: { item: Item; questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  switch (item.type) {
    case 'likert5':
      return (
        <p className="muted">
          {[...questionnaire.scale.labels.map((label, i) => `${i + 1} ${localized(label)}`), localized(questionnaire.scale.dontKnow)].join(' · ')}
          {item.reverse ? ` · ${t('questionnaire.reverse')}` : ''}
        </p>
      );
    case 'single-choice':
    case 'multi-choice':
      return (
        <p className="muted">
          {t(item.type === 'single-choice' ? 'questionnaire.chooseOne' : 'questionnaire.chooseMany')}:{' '}
          {item.options.map((o) => localized(o.label)).join(' · ')}
        </p>
      );
    default:
      return <p className="muted">{t(`questionnaire.type.${item.type}`)}</p>;
  }
}

/** Read-only, printable view of a questionnaire version, so a coordinator can read the scan before starting it. */
export function QuestionnairePage({ params }: { params: { id: string; version: string } }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const registry = useQuestionnaireRegistry();
  const entry = registry.find(params.id, params.version);
  if (!entry) return <NotFoundNotice />;
  const { questionnaire, ref } = entry;
  const collectiveItems = questionnaire.items.filter((i) => i.scope === 'collective');
  const pages = questionnaire.pageOrder.map((pageId) => ({
    pageId,
    items: questionnaire.items.filter((i) => i.scope === 'respondent' && (i.condition ?? i.section) === pageId),
  }));
  // items are numbered straight through the pages
  const firstNumber = pages.map((_, index) => 1 + pages.slice(0, index).reduce((sum, p) => sum + p.items.length, 0));

  return (
    <article aria-labelledby="page-title" className="questionnaire-view">
      <p className="breadcrumb no-print">
        <Link href="/questionnaires">{t('questionnaire.all')}</Link>
      </p>
      <PageTitle>{localized(questionnaire.title)}</PageTitle>
      <p className="muted">
        {t('questionnaire.version', { version: ref.version })} · sha256 <code>{ref.sha256.slice(0, 12)}</code>
      </p>
      <p className="lead">{localized(questionnaire.description)}</p>
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('questionnaire.print')}
        </button>
      </p>
      {collectiveItems.length > 0 ? (
        <section aria-labelledby="collective-items">
          <h2 id="collective-items">{t('questionnaire.collectiveItems')}</h2>
          <p>{t('questionnaire.collectiveItemsHelp')}</p>
          <ol className="item-list">
            {collectiveItems.map((item) => (
              <li key={item.id}>
                <p className="question__text">{localized(item.text)}</p>
                <ItemAnswers item={item} questionnaire={questionnaire} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {pages.map(({ pageId, items }, pageIndex) => {
        const condition = questionnaire.conditions.find((c) => c.id === pageId);
        const section = questionnaire.sections.find((s) => s.id === pageId);
        if (items.length === 0) return null;
        const title = condition?.title ?? section?.title;
        const intro = condition?.explanation ?? section?.intro;
        return (
          <section key={pageId} aria-labelledby={`page-${pageId}`} className="questionnaire-view__section">
            <h2 id={`page-${pageId}`}>{title ? localized(title) : pageId}</h2>
            {intro ? <p>{localized(intro)}</p> : null}
            <ol className="item-list" start={firstNumber[pageIndex]}>
              {items.map((item) => (
                <li key={item.id}>
                  <p className="question__text">{localized(item.text)}</p>
                  {item.help ? <p className="field__hint">{localized(item.help)}</p> : null}
                  <ItemAnswers item={item} questionnaire={questionnaire} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      <section aria-labelledby="paths-title">
        <h2 id="paths-title">{t('questionnaire.pathsTitle')}</h2>
        <p>{t('questionnaire.pathsHelp')}</p>
        <ul>
          {questionnaire.paths.map((path) => (
            <li key={path.id}>{localized(path.title)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
