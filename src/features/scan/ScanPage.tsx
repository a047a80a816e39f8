import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { questionnaireKey } from '../../domain/questionnaire/identity';
import { fillInProgress, respondentPages } from '../../domain/questionnaire/pages';
import { deleteRespondent, setScanStatus } from '../../storage/device/scans';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { BackupReminder } from '../../ui/BackupReminder';
import { NotFoundNotice } from '../../ui/NotFoundNotice';
import { PageTitle } from '../../ui/PageTitle';
import { respondentName } from '../../ui/respondent-name';
import { AddRespondentForm } from './AddRespondentForm';
import { InvitationLinkPanel } from '../../ui/codes/InvitationLinkPanel';
import { RemoteRespondentsPanel } from './RemoteRespondentsPanel';
import { MembersPanel } from './MembersPanel';
import { arrivalOf } from '../../domain/collective/member-status';
import { useScanData } from '../../ui/useScanData';

/** A scan: its respondents and their progress, adding respondents, invitations, import, closing. */
export function ScanPage({ params }: { params: { scanId: string } }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const data = useScanData(params.scanId);
  if (data === undefined) return null;
  if (data === null) return <NotFoundNotice />;
  const { scan, collective, responses, entry } = data;
  const isOpen = scan.status === 'open';
  const pages = entry ? respondentPages(entry.questionnaire) : [];

  return (
    <section aria-labelledby="page-title">
      <p className="breadcrumb">
        <Link href="/collectives">{t('collectives.title')}</Link>
        {collective ? (
          <>
            {' › '}
            <Link href={`/collectives/${collective.id}`}>{collective.name}</Link>
          </>
        ) : null}
      </p>
      <PageTitle>{scan.label}</PageTitle>
      <p className="muted">
        {t(`scan.status.${scan.status}`)} · {t('scan.questionnaire')}:{' '}
        <Link
          href={`/questionnaires/${scan.questionnaire.id}/${scan.questionnaire.version}`}
          className="inline-target"
        >
          {questionnaireKey(scan.questionnaire)}
        </Link>
      </p>
      {data.questionnaireProblem ? (
        <p role="alert" className="field__error">
          {data.questionnaireProblem}
        </p>
      ) : null}

      <h2>{t('respondents.title')}</h2>
      {responses.length === 0 ? <p>{t('respondents.none')}</p> : null}
      <ul className="card-list">
        {responses.map((response) => {
          const progress = fillInProgress({ pages, answers: response.answers }).overall;
          // respondents from a response file have no name on this device
          const shownName = respondentName(t, response);
          return (
            <li key={response.id} className="card card--row">
              <div>
                <h3 className="card__title">{shownName}</h3>
                <p className="muted">
                  {t('respondents.progress', progress)}
                  {` · ${t(`members.via.${arrivalOf(response)}`)}`}
                </p>
              </div>
              <div className="actions">
                <Link
                  href={`/scans/${scan.id}/respond/${response.id}`}
                  className="button"
                  aria-label={t(isOpen ? 'respondents.fillInFor' : 'respondents.viewFor', {
                    name: shownName,
                  })}
                >
                  {isOpen ? t('respondents.fillIn') : t('respondents.view')}
                </Link>
                {isOpen ? (
                  <ConfirmButton
                    label={t('respondents.remove')}
                    question={t('respondents.removeQuestion', { name: shownName })}
                    confirmLabel={t('respondents.removeConfirm')}
                    onConfirm={() => deleteRespondent(response.id)}
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>

      <MembersPanel scan={scan} responses={responses} collectiveName={collective?.name} />

      {isOpen && entry ? (
        <>
          <AddRespondentForm
            scanId={scan.id}
            questionnaire={entry.questionnaire}
            onAdded={(id) => navigate(`/scans/${scan.id}/respond/${id}`)}
          />
          <InvitationLinkPanel scan={scan} collectiveName={collective?.name} />
          <RemoteRespondentsPanel
            scan={scan}
            questionnaire={entry.questionnaire}
            collectiveName={collective?.name}
          />
        </>
      ) : null}

      <h2>{isOpen ? t('scan.closeTitle') : t('scan.closedTitle')}</h2>
      {isOpen ? (
        <>
          <p>{t('scan.closeHelp')}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void setScanStatus({ scanId: scan.id, status: 'closed' })}
            disabled={responses.length === 0}
          >
            {t('scan.close')}
          </button>
        </>
      ) : (
        <>
          <p>{t('scan.closedHelp')}</p>
          <BackupReminder closedAt={scan.closedAt} />
          <p className="actions">
            <Link href={`/scans/${scan.id}/results`} className="button button--primary">
              {t('scan.viewResults')}
            </Link>
            <ConfirmButton
              label={t('scan.reopen')}
              question={t('scan.reopenQuestion')}
              confirmLabel={t('scan.reopenConfirm')}
              onConfirm={() =>
                setScanStatus({ scanId: scan.id, status: 'open' }).then(() => undefined)
              }
            />
          </p>
        </>
      )}
    </section>
  );
}
