import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { fillInProgress, firstUnanswered, respondentPages } from '../../domain/questionnaire/pages';
import type { Answers, AnswerValue, Questionnaire } from '../../domain/questionnaire/schema';
import { useLocalized } from '../../ui/useLocalized';
import { ProgressBar } from '../../ui/ProgressBar';
import { Question } from './Question';
import { ReviewPanel } from './ReviewPanel';
import { SaveStatusLine } from './SaveStatusLine';
import { useAnswerSaver } from './useAnswerSaver';
import { PersistenceNotice } from './PersistenceNotice';
import { usePersistenceRequest } from './usePersistenceRequest';

type Props = {
  questionnaire: Questionnaire;
  answers: Answers;
  /** the page to show: a page id, `review`, or undefined to resume at the first unanswered item */
  pageId: string | undefined;
  /** an item to bring into view and focus on that page */
  itemId: string | undefined;
  /** links are `${basePath}/${pageId}` */
  basePath: string;
  isReadOnly: boolean;
  write: (itemId: string, value: AnswerValue | undefined) => Promise<void>;
  onDownloadUnsaved: (answers: Answers) => void;
  /** what the review page offers once the respondent is done */
  finish: ReactNode;
};

/** The fill-in flow: one page per section or condition, progress, previous / next, and a review page. */
export function FillIn({
  questionnaire,
  answers: stored,
  pageId,
  itemId,
  basePath,
  isReadOnly,
  write,
  onDownloadUnsaved,
  finish,
}: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [location, navigate] = useLocation();
  const pages = useMemo(() => respondentPages(questionnaire), [questionnaire]);
  const saver = useAnswerSaver(write);
  const persistence = usePersistenceRequest(saver.status);
  const answers = saver.merge(stored);
  const progress = fillInProgress({ pages, answers });

  // resume: without a page in the address, go to the first unanswered item (or the review); the
  // answers may arrive after the person already chose a page, and then their choice stands
  const isAtBase = location.replace(/\/+$/, '') === basePath;
  useEffect(() => {
    if (pageId || !isAtBase) return;
    const next = firstUnanswered({ pages, answers: stored });
    navigate(next ? `${basePath}/${next.pageId}/${next.itemId}` : `${basePath}/review`, {
      replace: true,
    });
  }, [pageId, isAtBase, pages, stored, basePath, navigate]);

  // after navigation, bring the wanted item into view and focus it, or else the page heading
  useEffect(() => {
    if (!pageId) return;
    const element = itemId ? document.getElementById(`item-${itemId}`) : null;
    if (element) {
      element.scrollIntoView?.({ block: 'center' });
      const checked = element.querySelector<HTMLInputElement>('input:checked');
      (checked ?? element.querySelector<HTMLInputElement>('input, textarea'))?.focus({
        preventScroll: true,
      });
    } else {
      document.getElementById('page-heading')?.focus();
      window.scrollTo?.(0, 0);
    }
  }, [pageId, itemId]);

  if (!pageId) return null;
  const index = pages.findIndex((p) => p.id === pageId);
  const page = pages[index];
  const isReview = pageId === 'review';
  if (!page && !isReview) return <p role="alert">{t('fillIn.unknownPage')}</p>;
  const previous = isReview ? pages[pages.length - 1] : pages[index - 1];
  const next = pages[index + 1];

  return (
    <div className="fill-in">
      <div className="fill-in__status">
        <ProgressBar
          label={t('fillIn.progressOverall', progress.overall)}
          value={progress.overall.answered}
          max={progress.overall.total}
        />
        <SaveStatusLine
          status={saver.status}
          hasUnsaved={Object.keys(saver.unsaved).length > 0}
          onDownload={() => onDownloadUnsaved(answers)}
          isReadOnly={isReadOnly}
        />
      </div>
      <nav aria-label={t('fillIn.sectionsLabel')} className="fill-in__nav">
        <ol>
          {pages.map((p) => {
            const pageProgress = progress.pages[p.id] ?? { answered: 0, total: 0 };
            return (
              <li key={p.id}>
                <Link
                  href={`${basePath}/${p.id}`}
                  aria-current={p.id === pageId ? 'step' : undefined}
                >
                  <span>{localized(p.title)}</span>{' '}
                  <span className="muted">{t('fillIn.pageProgress', pageProgress)}</span>
                </Link>
              </li>
            );
          })}
          <li>
            <Link href={`${basePath}/review`} aria-current={isReview ? 'step' : undefined}>
              {t('fillIn.review')}
            </Link>
          </li>
        </ol>
      </nav>
      <div className="fill-in__page">
        {/* on the review step what the person came for (sending the answers) comes first */}
        {isReview ? null : <PersistenceNotice request={persistence} />}
        {isReview ? (
          <ReviewPanel pages={pages} answers={answers} basePath={basePath} finish={finish} />
        ) : page ? (
          <>
            <h2 id="page-heading" tabIndex={-1}>
              {localized(page.title)}
            </h2>
            <p className="page-intro">{localized(page.intro)}</p>
            {isReadOnly ? <p className="notice">{t('fillIn.readOnly')}</p> : null}
            {page.items.map((item) => (
              <Question
                key={item.id}
                item={item}
                questionnaire={questionnaire}
                value={answers[item.id]}
                isReadOnly={isReadOnly}
                onAnswer={(value) => void saver.save(item.id, value)}
              />
            ))}
          </>
        ) : null}
        <p className="pager">
          {previous ? (
            <Link href={`${basePath}/${previous.id}`} className="button">
              {t('fillIn.previous')}
            </Link>
          ) : (
            <span />
          )}
          {isReview ? null : (
            <Link
              href={next ? `${basePath}/${next.id}` : `${basePath}/review`}
              className="button button--primary"
            >
              {next ? t('fillIn.next') : t('fillIn.toReview')}
            </Link>
          )}
        </p>
        {isReview ? <PersistenceNotice request={persistence} /> : null}
      </div>
    </div>
  );
}
