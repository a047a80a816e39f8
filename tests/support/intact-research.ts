// Test-only: generated anonymised results that re-score to their stored scores and carry true
// digests, and the one way to "edit" one as a forger would (a score changed, the digest recomputed).
import type { AnonymisedResultFile } from '../../src/domain/files/anonymised-result-file';
import { hashCanonical } from '../../src/domain/hash';
import type { RegistryEntry } from '../../src/domain/questionnaire/registry';
import { generateResearchFiles } from '../../scripts/lib/research-data';
import { testRegistry } from './questionnaires';

/** `n` intact results (seeded) and the registry entries they are scored with. */
export async function intactResearchFiles(
  n: number,
  seed = 11,
): Promise<{ files: AnonymisedResultFile[]; entries: RegistryEntry[] }> {
  const registry = await testRegistry();
  const entry = registry.entries[0] as RegistryEntry;
  const files = await generateResearchFiles({ n, seed, ...entry });
  return { files, entries: [...registry.entries] };
}

/** The file with a condition's stored mean changed and its digest made to match again. */
export async function withEditedScore(
  file: AnonymisedResultFile,
  condition = 'culture',
): Promise<AnonymisedResultFile> {
  const { digest: _digest, ...body } = structuredClone(file);
  const score = body.scores.conditions[condition];
  if (!score) throw new Error(`no ${condition} in the scores`);
  score.mean = (score.mean ?? 3) >= 4.5 ? 1.5 : 4.9;
  return { ...body, digest: await hashCanonical(body) };
}
