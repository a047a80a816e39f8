import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { chooseLanguage, initI18n } from '../../i18n';
import { RegistryContext } from '../../ui/registry-context';
import { testRegistry } from '../../../tests/support/questionnaires';
import { researchSession } from './research-session';
import { ResearchPage } from './ResearchPage';
import { testResearchResult } from '../../../tests/support/research-result';

// the overview panel's chunk arrives when the test says so
const chunk = vi.hoisted(() => {
  let release = () => undefined as void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { arrived, release: () => release() };
});
vi.mock('./aggregates/AggregatePanel', async () => {
  await chunk.arrived;
  return { AggregatePanel: () => <h2>Het overzicht</h2> };
});

describe('ResearchPage: panels loaded on demand', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
    researchSession.clear();
    researchSession.set({ result: testResearchResult() });
  });

  it('shows a panel as soon as its code is there, without a 300 ms hold-back', async () => {
    render(
      <Router hook={memoryLocation({ path: '/overview' }).hook}>
        <RegistryContext.Provider value={await testRegistry()}>
          <ResearchPage />
        </RegistryContext.Provider>
      </Router>,
    );
    expect(screen.getByRole('status')).toBeInTheDocument();
    // React 19 keeps a Suspense fallback on screen for at least 300 ms (not inside `act`, which
    // skips that wait, so the chunk arrives outside it): the panel must come sooner
    chunk.release();
    await waitFor(
      () => expect(screen.getByRole('heading', { name: 'Het overzicht' })).toBeVisible(),
      {
        timeout: 150,
      },
    );
    expect(screen.queryByRole('status')).toBeNull();
  });
});
