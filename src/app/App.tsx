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
 * database check at start (main.tsx passes it; component tests leave it out).
 */
export function App({
  registry,
  startCheck,
}: {
  registry?: QuestionnaireRegistry;
  startCheck?: () => Promise<StartReport>;
}) {
  return (
    <Router hook={useHashPathLocation} searchHook={useHashSearch} hrefs={hashHrefs}>
      <Layout>
        <UpdateNotice />
        <RegistryProvider registry={registry}>
          <StartGate check={startCheck}>
            <AppRoutes />
          </StartGate>
        </RegistryProvider>
      </Layout>
    </Router>
  );
}
