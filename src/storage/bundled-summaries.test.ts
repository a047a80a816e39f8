import { describe, expect, it } from 'vitest';
import { summarise } from '../domain/questionnaire/summary';
import { loadBundledRegistry } from './bundled-questionnaires';
import { bundledSummaries, bundledSummary } from './bundled-summaries';

describe('the summaries of the bundled questionnaires (made when the app is built)', () => {
  it('has one per bundled questionnaire, equal to the summary of its registry entry', async () => {
    const registry = await loadBundledRegistry();
    expect(bundledSummaries).toHaveLength(registry.entries.length);
    for (const entry of registry.entries) {
      expect(bundledSummary(entry.ref)).toEqual(summarise(entry));
    }
  });

  it('gives the self-scan 1.0.0 its 37 member questions, the first on the profile page', async () => {
    // questionnaires/ck-selfscan/1.0.0.json: 46 items, 9 of them the collective's; a member answers
    // one profile question and six on each of the traits and the five conditions (1 + 6 × 6)
    const registry = await loadBundledRegistry();
    const entry = registry.find('ck-selfscan', '1.0.0');
    if (!entry) throw new Error('the self-scan 1.0.0 is not bundled');
    expect(bundledSummary(entry.ref)).toMatchObject({
      respondentQuestions: 37,
      firstPageId: 'profile',
    });
  });

  it('has none for a hash the app does not know', async () => {
    const registry = await loadBundledRegistry();
    const ref = registry.entries[0]?.ref;
    if (!ref) throw new Error('no bundled questionnaire');
    expect(bundledSummary({ ...ref, sha256: '0'.repeat(64) })).toBeUndefined();
  });
});
