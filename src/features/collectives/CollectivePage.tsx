import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { deleteCollective, getCollective } from '../../storage/collectives-repository';
import { getDatabase } from '../../storage/db';
import { listScans } from '../../storage/scans-repository';
import { PageTitle } from '../../ui/PageTitle';
import { useFormatDate } from '../../ui/useFormatDate';
import { NotFoundNotice } from '../../ui/NotFoundNotice';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { useLocalized } from '../../ui/useLocalized';
import { useProfileItems } from './useProfileItems';
import { NewScanForm } from './NewScanForm';

/** One collective: its profile, its scans, and starting a new one. */
export function CollectivePage({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [, navigate] = useLocation();
  const localized = useLocalized();
  const profileItems = useProfileItems();
  const [isStarting, setStarting] = useState(false);
  const data = useLiveQuery(async () => {
    const db = getDatabase();
    const collective = await getCollective(db, params.id);
    return collective ? { collective, scans: await listScans(db, params.id) } : null;
  }, [params.id]);
  if (data === undefined) return null;
  if (data === null) return <NotFoundNotice />;
  const { collective, scans } = data;

  const profileRows = profileItems.flatMap((item) => {
    const value = collective[item.id as keyof typeof collective];
    if (value === null || value === undefined || value === '') return [];
    const shown =
      item.type === 'single-choice'
        ? localized(
            item.options.find((o) => o.value === value)?.label ?? {
              nl: String(value),
              en: String(value),
            },
          )
        : String(value);
    return [{ id: item.id, label: localized(item.text), value: shown }];
  });

  return (
    <section aria-labelledby="page-title">
      <p className="breadcrumb">
        <Link href="/collectives">{t('collectives.title')}</Link>
      </p>
      <PageTitle>{collective.name}</PageTitle>
      {collective.isExample ? <p className="notice">{t('collectives.exampleNotice')}</p> : null}

      <h2>{t('collective.scansTitle')}</h2>
      {scans.length === 0 ? <p>{t('collective.noScans')}</p> : null}
      <ul className="card-list">
        {scans.map((scan) => (
          <li key={scan.id} className="card">
            <h3 className="card__title">
              <Link href={`/scans/${scan.id}`}>{scan.label}</Link>
            </h3>
            <p className="muted">
              {t(`scan.status.${scan.status}`)} · {scan.questionnaire.id}@
              {scan.questionnaire.version} · {formatDate(scan.startedAt)}
            </p>
          </li>
        ))}
      </ul>
      {isStarting ? (
        <NewScanForm
          collectiveId={collective.id}
          onCancel={() => setStarting(false)}
          onStarted={(scanId) => navigate(`/scans/${scanId}`)}
        />
      ) : (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => setStarting(true)}
          >
            {t('collective.startScan')}
          </button>
        </p>
      )}

      <h2>{t('collective.profileTitle')}</h2>
      <dl className="profile">
        {profileRows.map((row) => (
          <div key={row.id}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <p className="actions">
        <Link href={`/collectives/${collective.id}/edit`} className="button">
          {t('collective.edit')}
        </Link>
        <ConfirmButton
          label={t('collective.delete')}
          question={t('collective.deleteQuestion', { name: collective.name, count: scans.length })}
          confirmLabel={t('collective.deleteConfirm')}
          onConfirm={async () => {
            await deleteCollective(getDatabase(), collective.id);
            navigate('/collectives');
          }}
        />
      </p>
    </section>
  );
}
