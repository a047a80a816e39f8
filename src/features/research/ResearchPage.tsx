import { useTranslation } from 'react-i18next';
import { Route, Switch, useRoute } from 'wouter';
import { lazyComponent } from '../../ui/lazy-component';
import { PageTitle } from '../../ui/PageTitle';
import { LoadPanel } from './LoadPanel';
import { ResearchJobContext } from './research-context';
import { researchSession } from './research-session';
import { ResearchTabs } from './ResearchTabs';
import { RequireResult } from './RequireResult';
import { useResearchJob } from './useResearchJob';
import './research.css';

// the charts (recharts) load only when a researcher opens them, each panel its own chunk
const AggregatePanel = lazyComponent(() =>
  import('./aggregates/AggregatePanel').then((m) => m.AggregatePanel),
);
const FsqcaPanel = lazyComponent(() => import('./fsqca/FsqcaPanel').then((m) => m.FsqcaPanel));
const ExportPanel = lazyComponent(() => import('./exports/ExportPanel').then((m) => m.ExportPanel));
const StudyPanel = lazyComponent(() => import('./study/StudyPanel').then((m) => m.StudyPanel));
const JoinStudyPage = lazyComponent(() =>
  import('./study/JoinStudyPage').then((m) => m.JoinStudyPage),
);

/** The researcher's workspace: load anonymised results, look at the aggregates and fsQCA, export. */
export function ResearchPage() {
  const { t } = useTranslation();
  const run = useResearchJob(researchSession);
  // a collective opening a study invitation sees only the invitation, not the researcher's workspace
  const [isJoining] = useRoute('/join');
  if (isJoining) return <JoinStudyPage />;
  return (
    <ResearchJobContext.Provider value={run}>
      <section aria-labelledby="page-title" className="research">
        <PageTitle>{t('research.title')}</PageTitle>
        <p className="lead">{t('research.intro')}</p>
        <p className="research__memory" role="note">
          {t('researchScreen.memoryNote')}
        </p>
        <ResearchTabs />
        <Switch>
          <Route path="/" component={LoadPanel} />
          <Route path="/overview">
            <RequireResult>{(result) => <AggregatePanel result={result} />}</RequireResult>
          </Route>
          <Route path="/fsqca">
            <RequireResult>{(result) => <FsqcaPanel result={result} />}</RequireResult>
          </Route>
          <Route path="/export">
            <RequireResult>{(result) => <ExportPanel result={result} />}</RequireResult>
          </Route>
          <Route path="/study" component={StudyPanel} />
        </Switch>
      </section>
    </ResearchJobContext.Provider>
  );
}
