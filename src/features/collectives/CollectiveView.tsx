import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { PageTitle } from '../../ui/PageTitle';
import { useFormatDate } from '../../ui/useFormatDate';
import type { CollectiveOverview } from './collective-overview';
import { NewScanForm } from './NewScanForm';

type Props = {
  overview: CollectiveOverview;
  onScanStarted: (scanId: string) => void;
  onDelete: () => Promise<void>;
};

/** Draws one collective as assembled: its scans, starting a new one, its profile, edit and delete. */
export function CollectiveView({ overview, onScanStarted, onDelete }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [isStarting, setStarting] = useState(false);
  const { collective, scans, profile } = overview;

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
              {t(`scan.status.${scan.status}`)} · {scan.questionnaire} ·{' '}
              {formatDate(scan.startedAt)}
            </p>
          </li>
        ))}
      </ul>
      {isStarting ? (
        <NewScanForm
          collectiveId={collective.id}
          onCancel={() => setStarting(false)}
          onStarted={onScanStarted}
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
        {profile.map((row) => (
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
          onConfirm={onDelete}
        />
      </p>
    </section>
  );
}
