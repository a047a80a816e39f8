import { describe, expect, it } from 'vitest';
import { loadQuestionnaireRegistry } from '../../scripts/lib/load-questionnaires';
import { bundledQuestionnaireFiles, loadBundledRegistry } from './bundled-questionnaires';

describe('the questionnaires bundled into the app (jsdom)', () => {
  it('runs where the app runs: in jsdom, with a window', () => {
    expect(typeof window).toBe('object');
  });

  it('has the same versions and hashes as the Node loader reading the files from disk', async () => {
    const bundled = await loadBundledRegistry();
    const fromDisk = await loadQuestionnaireRegistry();
    expect(bundled.entries.length).toBeGreaterThan(0);
    expect(bundled.entries.map((e) => e.ref)).toEqual(fromDisk.entries.map((e) => e.ref));
  });

  it('holds each questionnaire as the parser reads the file on disk (parsed when the app is built)', async () => {
    const bundled = await loadBundledRegistry();
    const fromDisk = await loadQuestionnaireRegistry();
    expect(bundled.entries.map((e) => e.questionnaire)).toEqual(
      fromDisk.entries.map((e) => e.questionnaire),
    );
  });

  it('bundles the self-scan 1.0.0', async () => {
    const bundled = await loadBundledRegistry();
    expect(bundled.find('ck-selfscan', '1.0.0')?.questionnaire.conditions.map((c) => c.id)).toEqual(
      expect.arrayContaining(['leadership', 'community', 'business', 'culture', 'network']),
    );
  });

  it('names each file by id and version, and computes the registry once', async () => {
    const names = bundledQuestionnaireFiles().map((f) => f.name);
    expect(names).toContain('ck-selfscan/1.0.0.json');
    expect(names.every((name) => /^[a-z][a-zA-Z0-9_-]*\/\d+\.\d+\.\d+\.json$/.test(name))).toBe(
      true,
    );
    expect(loadBundledRegistry()).toBe(loadBundledRegistry());
  });
});
