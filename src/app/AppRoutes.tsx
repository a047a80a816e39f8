import { Route, Switch } from 'wouter';
import { HomePage } from '../features/home/HomePage';
import { CollectivesPage } from '../features/collectives/CollectivesPage';
import { NewCollectivePage } from '../features/collectives/NewCollectivePage';
import { EditCollectivePage } from '../features/collectives/EditCollectivePage';
import { CollectivePage } from '../features/collectives/CollectivePage';
import { ExamplePage } from '../features/collectives/ExamplePage';
import { ScanPage } from '../features/scan/ScanPage';
import { FillInRoutePage } from '../features/scan/FillInRoutePage';
import { OpenInvitationPage } from '../features/scan/OpenInvitationPage';
import { RespondPage } from '../features/scan/RespondPage';
import { ResultsPage } from '../features/results/ResultsPage';
import { QuestionnairesPage } from '../features/questionnaires/QuestionnairesPage';
import { QuestionnairePage } from '../features/questionnaires/QuestionnairePage';
import { FunderPage } from '../features/funder/FunderPage';
import { ResearchPage } from '../features/research/ResearchPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ScanCodesPage } from '../features/phones/ScanCodesPage';
import { NotFoundPage } from './NotFoundPage';

export function AppRoutes() {
  return (
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
      <Route path="/respond" component={OpenInvitationPage} />
      <Route path="/respond/:scanId/:pageId?/:itemId?" component={RespondPage} />
      <Route path="/questionnaires" component={QuestionnairesPage} />
      <Route path="/questionnaires/:id/:version" component={QuestionnairePage} />
      <Route path="/funder" nest component={FunderPage} />
      <Route path="/research" nest component={ResearchPage} />
      <Route path="/settings" component={SettingsPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
