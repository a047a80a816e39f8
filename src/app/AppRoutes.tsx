import { Route, Switch } from 'wouter';
import { HomePage } from '../features/home/HomePage';
import { CollectivesPage } from '../features/collectives/CollectivesPage';
import { FunderPage } from '../features/funder/FunderPage';
import { ResearchPage } from '../features/research/ResearchPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotFoundPage } from './NotFoundPage';

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={HomePage} />
      <Route path="/collectives" component={CollectivesPage} />
      <Route path="/funder" component={FunderPage} />
      <Route path="/research" component={ResearchPage} />
      <Route path="/settings" component={SettingsPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
