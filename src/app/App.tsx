import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Layout } from '../ui/Layout';
import { AppRoutes } from './AppRoutes';

/** Hash routing keeps every address working from any static host and offline. */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Layout>
        <AppRoutes />
      </Layout>
    </Router>
  );
}
