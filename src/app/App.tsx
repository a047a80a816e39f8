import { Router } from 'wouter';
import type { QuestionnaireRegistry } from '../domain/questionnaire/registry';
import { Layout } from '../ui/Layout';
import { AppRoutes } from './AppRoutes';
import { hashHrefs, useHashPathLocation, useHashSearch } from './hash-location';
import { RegistryProvider } from './RegistryProvider';
import { UpdateBanner } from './UpdateBanner';

/** Hash routing keeps every address working from any static host and offline. */
export function App({ registry }: { registry?: QuestionnaireRegistry }) {
  return (
    <Router hook={useHashPathLocation} searchHook={useHashSearch} hrefs={hashHrefs}>
      <Layout>
        <UpdateBanner />
        <RegistryProvider registry={registry}>
          <AppRoutes />
        </RegistryProvider>
      </Layout>
    </Router>
  );
}
