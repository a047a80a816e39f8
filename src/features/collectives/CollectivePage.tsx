import { useLocation } from 'wouter';
import { deleteCollective } from '../../storage/device/collectives';
import { useCollectiveWithScans } from '../../storage/hooks/useCollectiveWithScans';
import { NotFoundNotice } from '../../ui/NotFoundNotice';
import { useLocalized } from '../../ui/useLocalized';
import { buildCollectiveOverview } from './collective-overview';
import { CollectiveView } from './CollectiveView';
import { useProfileItems } from './useProfileItems';

/** One collective: its profile, its scans, and starting a new one. */
export function CollectivePage({ params }: { params: { id: string } }) {
  const [, navigate] = useLocation();
  const localize = useLocalized();
  const profileItems = useProfileItems();
  const data = useCollectiveWithScans(params.id);
  if (data === undefined) return null;
  if (data === null) return <NotFoundNotice />;

  return (
    <CollectiveView
      overview={buildCollectiveOverview({ ...data, profileItems, localize })}
      onScanStarted={(scanId) => navigate(`/scans/${scanId}`)}
      onDelete={async () => {
        await deleteCollective(data.collective.id);
        navigate('/collectives');
      }}
    />
  );
}
