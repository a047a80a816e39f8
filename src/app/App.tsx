import { Router } from 'wouter';
import type { QuestionnaireRegistry } from '../domain/questionnaire/registry';
import { Layout } from '../ui/Layout';
import { AppRoutes } from './AppRoutes';
import { hashHrefs, useHashPathLocation, useHashSearch } from './hash-location';
import { RegistryProvider } from './RegistryProvider';
import { StartGate } from './StartGate';
import type { StartReport } from '../storage/second-copy/start-check';
import { UpdateNotice } from './UpdateNotice';

/**
 * Hash routing keeps every address working from any static host and offline. `startCheck`: the
 * database check at start (main.tsx passes it; component tests leave it out); `opensEarly`, whether
 * this start shows its page before that check (early-open.ts).
 */
export function App({
  registry,
  startCheck,
  opensEarly,
}: {
  registry?: QuestionnaireRegistry;
  startCheck?: () => Promise<StartReport>;
  opensEarly?: Promise<boolean>;
}) {
  return (
    <Router hook={useHashPathLocation} searchHook={useHashSearch} hrefs={hashHrefs}>
      <Layout>
        <UpdateNotice />
        <RegistryProvider registry={registry}>
          <StartGate check={startCheck} {...(opensEarly ? { opensEarly } : {})}>
            <AppRoutes />
          </StartGate>
        </RegistryProvider>
      </Layout>
    </Router>
  );
}
