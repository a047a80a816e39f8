import { Route, Switch } from 'wouter';
import { NotFoundNotice } from '../../ui/NotFoundNotice';
import { ApplicantPage } from './ApplicantPage';
import { ComparePage } from './ComparePage';
import { ScreeningPage } from './ScreeningPage';
import './funder.css';

/** The funder's section, mounted at /funder with its own relative routes. */
export function FunderPage() {
  return (
    <Switch>
      <Route path="/">
        <ScreeningPage />
      </Route>
      <Route path="/applicants/:id" component={ApplicantPage} />
      <Route path="/compare/:ids" component={ComparePage} />
      <Route component={NotFoundNotice} />
    </Switch>
  );
}
