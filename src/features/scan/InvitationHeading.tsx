import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageTitle } from '../../ui/PageTitle';

type Props = { label: string | null | undefined; collectiveName: string | undefined };

/** The top of a member's invitation pages: back to their invitations, the scan's name, whose it is. */
export function InvitationHeading({ label, collectiveName }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/respond">{t('invitation.title')}</Link>
      </p>
      <PageTitle>{label ?? t('invitation.untitled')}</PageTitle>
      {collectiveName ? (
        <p className="muted">{t('phones.respondFor', { collective: collectiveName })}</p>
      ) : null}
    </>
  );
}
