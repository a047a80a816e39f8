// Test-only: anonymised results with chosen scores, for aggregate and fsQCA tests (digests not checked there).
import type { AnonymisedResultFile } from '../../src/domain/files/anonymised-result-file';

export type FakeResult = {
  means: Record<string, number | null>;
  memberships?: Record<string, number | null>;
  fits?: Record<string, boolean>;
  necessaryMissing?: boolean;
  pseudonym?: string;
  year?: number | null;
  sector?: string | null;
  id?: string;
};

export function fakeAnonymised(input: FakeResult, index = 0): AnonymisedResultFile {
  const conditions = Object.fromEntries(
    Object.entries(input.means).map(([id, mean]) => [
      id,
      {
        mean,
        score: mean === null ? null : ((mean - 1) / 4) * 100,
        membership: input.memberships?.[id] ?? (mean === null ? null : 0.5),
        iqr: null,
        q1: null,
        q3: null,
        respondents: 3,
        insufficient: mean === null,
        band: null,
      },
    ]),
  );
  const paths = Object.fromEntries(
    Object.entries(input.fits ?? { A: false }).map(([id, fits]) => [
      id,
      { membership: fits ? 0.8 : 0.2, fits, bottleneck: null },
    ]),
  );
  return {
    format: 'ck-result-anonymised',
    formatVersion: 1,
    questionnaire: { id: 'ck-selfscan', version: '1.0.0', sha256: 'a'.repeat(64) },
    collective: {
      ...(input.pseudonym ? { pseudonym: input.pseudonym } : {}),
      sector: input.sector ?? null,
      legalForm: null,
      memberBand: null,
      province: null,
      foundingDecade: null,
    },
    scan: { id: input.id ?? `scan-${index + 1}`, year: input.year ?? null },
    responses: [],
    scores: {
      conditions,
      paths,
      viability: null,
      necessaryMissing: input.necessaryMissing ? ['culture'] : [],
      discussionPoints: [],
      closestPath: null,
      traits: { items: {}, total: { yes: 0, partly: 0, no: 0, unanswered: 0 } },
    },
    anonymisation: { k: 5 },
    generator: { app: 'test', version: '0' },
    digest: 'b'.repeat(64),
  };
}
