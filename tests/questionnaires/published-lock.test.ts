// @vitest-environment node
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  listQuestionnaireFiles,
  loadQuestionnaireRegistry,
  publishedLockPath,
  questionnairesDir,
  readPublishedLock,
} from '../../scripts/lib/load-questionnaires';

const lockScript = 'npx tsx scripts/lock-questionnaires.ts';

describe('published questionnaire versions never change', async () => {
  const lock = await readPublishedLock();
  const registry = await loadQuestionnaireRegistry();
  const lockedKeys = Object.keys(lock);

  it('has a lock file listing the self-scan 1.0.0', () => {
    expect(existsSync(publishedLockPath)).toBe(true);
    expect(lockedKeys).toContain('ck-selfscan@1.0.0');
  });

  it.each(lockedKeys)('%s still has its file and its published hash', (key) => {
    const [id, version] = key.split('@') as [string, string];
    const file = `questionnaires/${id}/${version}.json`;
    expect(existsSync(join(questionnairesDir, id, `${version}.json`)), `${file} is missing`).toBe(
      true,
    );
    const actual = registry.find(id, version)?.ref.sha256;
    expect(
      actual,
      `${file} was edited after publication: publish the change as a new version instead`,
    ).toBe(lock[key]);
  });

  it('knows every questionnaire file in questionnaires/', () => {
    const unlocked = listQuestionnaireFiles()
      .map((name) => name.replace(/\.json$/, '').replace('/', '@'))
      .filter((key) => !(key in lock));
    expect(
      unlocked,
      `not in questionnaires/published.lock.json: ${unlocked.join(', ')}; add with ${lockScript}`,
    ).toEqual([]);
  });
});
