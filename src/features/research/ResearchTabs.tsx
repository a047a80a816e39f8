import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import { useResearchJobHandle } from './research-context';

const tabs = [
  { href: '/', key: 'load' },
  { href: '/overview', key: 'overview' },
  { href: '/fsqca', key: 'fsqca' },
  { href: '/export', key: 'export' },
  { href: '/study', key: 'study' },
] as const;

function Tab({ href, label, isReady }: { href: string; label: string; isReady: boolean }) {
  const [isActive] = useRoute(href);
  return (
    <li>
      <Link
        href={href}
        aria-current={isActive ? 'page' : undefined}
        className={isReady ? undefined : 'research-tabs__waiting'}
      >
        {label}
      </Link>
    </li>
  );
}

/** The four steps of the workspace, as links inside /research. */
export function ResearchTabs() {
  const { t } = useTranslation();
  const { session } = useResearchJobHandle();
  return (
    <nav aria-label={t('researchScreen.tabs.label')} className="research-tabs">
      <ol>
        {tabs.map((tab) => (
          <Tab
            key={tab.key}
            href={tab.href}
            label={t(`researchScreen.tabs.${tab.key}`)}
            isReady={tab.key === 'load' || tab.key === 'study' || session.result !== null}
          />
        ))}
      </ol>
    </nav>
  );
}
