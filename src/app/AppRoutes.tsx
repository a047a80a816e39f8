import { useContext } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { useSearchParam } from '../ui/useSearchParam';
import { EarlyOpenContext } from './early-open-context';
import { lazyPage } from './lazy-section';
import { RegistrySourceContext } from './registry-source';
import { sectionLoaders } from './section-loaders';
import { NotFoundPage } from './NotFoundPage';
import { SectionBoundary } from './SectionBoundary';

const {
  home,
  collectives,
  fillIn,
  invitationLink,
  results,
  questionnaires,
  codes,
  settings,
  funder,
  research,
} = sectionLoaders;

const withRegistry = { registry: true };
const withoutRegistry = { registry: false };

const HomePage = lazyPage(() => home().then((m) => m.HomePage), withoutRegistry);
const ExamplePage = lazyPage(() => collectives().then((m) => m.ExamplePage), withRegistry);
const CollectivesPage = lazyPage(() => collectives().then((m) => m.CollectivesPage), withRegistry);
const NewCollectivePage = lazyPage(
  () => collectives().then((m) => m.NewCollectivePage),
  withRegistry,
);
const EditCollectivePage = lazyPage(
  () => collectives().then((m) => m.EditCollectivePage),
  withRegistry,
);
const CollectivePage = lazyPage(() => collectives().then((m) => m.CollectivePage), withRegistry);
const ScanPage = lazyPage(() => collectives().then((m) => m.ScanPage), withRegistry);
const ResultsPage = lazyPage(() => results().then((m) => m.ResultsPage), withRegistry);
const FillInRoutePage = lazyPage(() => fillIn().then((m) => m.FillInRoutePage), withRegistry);
const OpenInvitationPage = lazyPage(() => fillIn().then((m) => m.OpenInvitationPage), withRegistry);
const RespondPage = lazyPage(() => fillIn().then((m) => m.RespondPage), withRegistry);
// the welcome needs only the build's summaries of the questionnaires, not the registry
const InvitationLinkPage = lazyPage(() => invitationLink().then((m) => m.InvitationLinkPage), {
  registry: false,
});

/**
 * `/respond`: the member's invitations, or an invitation link opened. On a device that never held
 * anything (StartGate opened early) a link's welcome comes from the link alone; the fill-in
 * section, with storage, loads once it shows.
 */
function OpenInvitationRoute() {
  const early = useContext(EarlyOpenContext);
  const registrySource = useContext(RegistrySourceContext);
  const code = useSearchParam('i');
  if (early === null || code === null) return <OpenInvitationPage />;
  return (
    <InvitationLinkPage
      code={code}
      whenStorageReady={early.whenStorageReady}
      onShown={() => {
        early.onShown();
        // what the first question needs, once the welcome is painted
        fillIn().catch(() => undefined);
        registrySource.load().catch(() => undefined);
      }}
      fallback={<OpenInvitationPage />}
    />
  );
}
const QuestionnairesPage = lazyPage(
  () => questionnaires().then((m) => m.QuestionnairesPage),
  withRegistry,
);
const QuestionnairePage = lazyPage(
  () => questionnaires().then((m) => m.QuestionnairePage),
  withRegistry,
);
const FunderPage = lazyPage(() => funder().then((m) => m.FunderPage), withRegistry);
const ResearchPage = lazyPage(() => research().then((m) => m.ResearchPage), withRegistry);
const ScanCodesPage = lazyPage(() => codes().then((m) => m.ScanCodesPage), withRegistry);
const SharedFilePage = lazyPage(() => codes().then((m) => m.SharedFilePage), withRegistry);
const SettingsPage = lazyPage(() => settings().then((m) => m.SettingsPage), withoutRegistry);

export function AppRoutes() {
  const [location] = useLocation();
  return (
    <SectionBoundary resetKey={location}>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/example" component={ExamplePage} />
        <Route path="/collectives" component={CollectivesPage} />
        <Route path="/collectives/new" component={NewCollectivePage} />
        <Route path="/collectives/:id/edit" component={EditCollectivePage} />
        <Route path="/collectives/:id" component={CollectivePage} />
        <Route path="/scans/:scanId" component={ScanPage} />
        <Route path="/scans/:scanId/results" component={ResultsPage} />
        <Route path="/scans/:scanId/codes" component={ScanCodesPage} />
        <Route
          path="/scans/:scanId/respond/:responseId/:pageId?/:itemId?"
          component={FillInRoutePage}
        />
        <Route path="/respond" component={OpenInvitationRoute} />
        <Route path="/respond/:scanId/:pageId?/:itemId?" component={RespondPage} />
        <Route path="/questionnaires" component={QuestionnairesPage} />
        <Route path="/questionnaires/:id/:version" component={QuestionnairePage} />
        <Route path="/funder" nest component={FunderPage} />
        <Route path="/research" nest component={ResearchPage} />
        <Route path="/settings" component={SettingsPage} />
        <Route path="/shared-file" component={SharedFilePage} />
        <Route component={NotFoundPage} />
      </Switch>
    </SectionBoundary>
  );
}
