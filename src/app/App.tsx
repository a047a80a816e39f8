import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { QuestionnaireRegistry } from '../domain/questionnaire/registry';
import { Layout } from '../ui/Layout';
import { AppRoutes } from './AppRoutes';
import { RegistryProvider } from './RegistryProvider';
import { UpdateBanner } from './UpdateBanner';

/** Hash routing keeps every address working from any static host and offline. */
export function App({ registry }: { registry?: QuestionnaireRegistry }) {
  return (
    <Router hook={useHashLocation}>
      <Layout>
        <UpdateBanner />
        <RegistryProvider registry={registry}>
          <AppRoutes />
        </RegistryProvider>
      </Layout>
    </Router>
  );
}
