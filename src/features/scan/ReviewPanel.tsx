import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { unansweredItems, type FillInPage } from '../../domain/questionnaire/pages';
import type { Answers } from '../../domain/questionnaire/schema';
import { useLocalized } from '../../ui/useLocalized';

type Props = { pages: FillInPage[]; answers: Answers; basePath: string; finish: ReactNode };

/** Lists what is still open, each with a link straight to the question. */
export function ReviewPanel({ pages, answers, basePath, finish }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const open = unansweredItems({ pages, answers });
  const titleOf = new Map(pages.map((p) => [p.id, localized(p.title)]));
  return (
    <>
      <h2 id="page-heading" tabIndex={-1}>
        {t('fillIn.review')}
      </h2>
      {open.length === 0 ? (
        <p className="success">{t('fillIn.allAnswered')}</p>
      ) : (
        <>
          <p>{t('fillIn.openCount', { count: open.length })}</p>
          <ul className="review-list" aria-label={t('fillIn.openListLabel')}>
            {open.map(({ pageId, item }) => (
              <li key={item.id}>
                <Link href={`${basePath}/${pageId}/${item.id}`}>{localized(item.text)}</Link>{' '}
                <span className="muted">({titleOf.get(pageId)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {finish}
    </>
  );
}
