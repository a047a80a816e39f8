import { describe, expect, it } from 'vitest';
import mini1Raw from '../../../tests/fixtures/questionnaires/mini-1.0.0.json';
import mini2Raw from '../../../tests/fixtures/questionnaires/mini-2.0.0.json';
import type { Scan, StoredResponse } from '../../domain/collective/schema';
import { questionnaireRef } from '../../domain/questionnaire/identity';
import { createRegistry, type RegistryEntry } from '../../domain/questionnaire/registry';
import {
  questionnaireSchema,
  type Answers,
  type LocalizedText,
  type QuestionnaireRef,
} from '../../domain/questionnaire/schema';
import { englishTranslate } from '../../wording/english';
import { buildTrendCharts } from './trend-charts';

const mini3Raw = { ...mini2Raw, version: '3.0.0', migratesFrom: undefined };

async function entryOf(raw: unknown): Promise<RegistryEntry> {
  const questionnaire = questionnaireSchema.parse(raw);
  return { questionnaire, ref: await questionnaireRef({ raw, questionnaire }) };
}

function closedScan(input: {
  id: string;
  ref: QuestionnaireRef;
  closedAt: string;
  answers: Answers[];
}): { scan: Scan; responses: StoredResponse[] } {
  return {
    scan: {
      id: input.id,
      collectiveId: 'c',
      questionnaire: input.ref,
      label: input.id,
      status: 'closed',
      startedAt: '2027-01-01T00:00:00.000Z',
      closedAt: input.closedAt,
    },
    responses: input.answers.map((answers, index) => ({
      id: `${input.id}-${index}`,
      scanId: input.id,
      name: '',
      answers,
      source: 'device',
      createdAt: '2027-01-01T00:00:00.000Z',
      updatedAt: '2027-01-01T00:00:00.000Z',
    })),
  };
}

const dutch = (text: LocalizedText) => text.nl;
const english = (text: LocalizedText) => text.en;

describe('buildTrendCharts', () => {
  it('draws one line per condition on the newest version, in closing order, with display scores', async () => {
    const [v1, v2] = await Promise.all([entryOf(mini1Raw), entryOf(mini2Raw)]);
    // Voorjaar (v1): leadership 3, 3, 3 (reverse 3 → 3) → mean 3 → score 50;
    //   business 2, 2, reserves 5 (→ buffer on v2) → mean 3 → 50
    const spring = closedScan({
      id: 'Voorjaar',
      ref: v1.ref,
      closedAt: '2027-04-01T00:00:00.000Z',
      answers: [
        {
          'lead-shared-tasks': 3,
          'lead-broad-decisions': 3,
          'lead-one-person': 3,
          'biz-own-income': 2,
          'biz-budget': 2,
          'biz-reserves': 5,
        },
      ],
    });
    // Najaar (v2): leadership 2, 2, reverse 4 → 2 → mean 2; the second respondent did not answer it → median 2 → 25;
    //   business 4, 4, 4 → 4 and 5, 5, (2 of 3 answered) → 5; median 4.5 → 87.5 → shown 88
    const autumn = closedScan({
      id: 'Najaar',
      ref: v2.ref,
      closedAt: '2027-10-01T00:00:00.000Z',
      answers: [
        {
          'lead-shared-tasks': 2,
          'lead-broad-decisions': 2,
          'lead-one-person': 4,
          'biz-own-income': 4,
          'biz-budget': 4,
          'biz-buffer': 4,
        },
        { 'biz-own-income': 5, 'biz-budget': 5 },
      ],
    });
    const trends = buildTrendCharts({
      closedScans: [autumn, spring],
      registry: createRegistry([v2, v1]),
      localize: dutch,
      t: englishTranslate,
    });
    expect(trends?.version).toBe('2.0.0');
    expect(trends?.unmappedCount).toBe(0);
    expect(trends?.charts.map((c) => c.condition)).toEqual([
      'leadership',
      'community',
      'business',
      'culture',
      'network',
    ]);
    expect(trends?.charts[0]).toEqual({
      condition: 'leadership',
      title: 'Collectief leiderschap',
      points: [
        { label: 'Voorjaar', score: 50, version: '1.0.0' },
        { label: 'Najaar', score: 25, version: '2.0.0' },
      ],
      summary: 'Voorjaar (1.0.0) 50, Najaar (2.0.0) 25',
    });
    expect(trends?.charts[2]?.summary).toBe('Voorjaar (1.0.0) 50, Najaar (2.0.0) 88');
    // nobody answered community: no score, shown as a dash
    expect(trends?.charts[1]?.points).toEqual([
      { label: 'Voorjaar', score: null, version: '1.0.0' },
      { label: 'Najaar', score: null, version: '2.0.0' },
    ]);
    expect(trends?.charts[1]?.summary).toBe('Voorjaar (1.0.0) –, Najaar (2.0.0) –');
    // mini 2.0.0 renames biz-reserves to biz-buffer and words it anew, drops net-municipality and adds
    // net-funders (mini-2.0.0.json)
    expect(trends?.changes).toEqual([
      {
        from: '1.0.0',
        to: '2.0.0',
        lines: [
          'biz-reserves of version 1.0.0 is biz-buffer in version 2.0.0 (Sterk verdienmodel): its answers are carried over.',
          'biz-buffer (Sterk verdienmodel) was reworded in version 2.0.0.',
          'net-municipality (Goed netwerk) was dropped in version 2.0.0: its answers in earlier scans no longer count.',
          'net-funders (Goed netwerk) did not exist in version 1.0.0: the earlier scans have no answers to it.',
        ],
      },
    ]);
  });

  it('gives nothing below two closed scans', async () => {
    const v1 = await entryOf(mini1Raw);
    const only = closedScan({
      id: 'Enige',
      ref: v1.ref,
      closedAt: '2027-04-01T00:00:00.000Z',
      answers: [{ 'biz-budget': 3 }],
    });
    expect(
      buildTrendCharts({
        closedScans: [only],
        registry: createRegistry([v1]),
        localize: dutch,
        t: englishTranslate,
      }),
    ).toBeNull();
  });

  it('leaves out a scan on a questionnaire this app does not know', async () => {
    const v1 = await entryOf(mini1Raw);
    const known = closedScan({
      id: 'Bekend',
      ref: v1.ref,
      closedAt: '2027-04-01T00:00:00.000Z',
      answers: [{ 'biz-own-income': 5, 'biz-budget': 5, 'biz-reserves': 5 }],
    });
    const foreign = closedScan({
      id: 'Vreemd',
      ref: { ...v1.ref, sha256: 'f'.repeat(64) },
      closedAt: '2027-05-01T00:00:00.000Z',
      answers: [{ 'biz-own-income': 1, 'biz-budget': 1, 'biz-reserves': 1 }],
    });
    const trends = buildTrendCharts({
      closedScans: [known, foreign],
      registry: createRegistry([v1]),
      localize: dutch,
      t: englishTranslate,
    });
    // business 5, 5, 5 → mean 5 → 100; the changed file's scan is not a point
    expect(trends?.charts.find((c) => c.condition === 'business')?.points).toEqual([
      { label: 'Bekend', score: 100, version: '1.0.0' },
    ]);
  });

  it('counts the scans no migration reaches the newest version from, and words titles in the language asked', async () => {
    const [v1, v3] = await Promise.all([entryOf(mini1Raw), entryOf(mini3Raw)]);
    const old = closedScan({
      id: 'Oud',
      ref: v1.ref,
      closedAt: '2027-04-01T00:00:00.000Z',
      answers: [{ 'biz-own-income': 2, 'biz-budget': 2, 'biz-reserves': 2 }],
    });
    // v3 has no migratesFrom: the v1 scan cannot move to it; 4, 4, 4 → mean 4 → 75
    const fresh = closedScan({
      id: 'Nieuw',
      ref: v3.ref,
      closedAt: '2028-04-01T00:00:00.000Z',
      answers: [{ 'biz-own-income': 4, 'biz-budget': 4, 'biz-buffer': 4 }],
    });
    const trends = buildTrendCharts({
      closedScans: [old, fresh],
      registry: createRegistry([v1, v3]),
      localize: english,
      t: englishTranslate,
    });
    expect(trends?.version).toBe('3.0.0');
    expect(trends?.unmappedCount).toBe(1);
    const business = trends?.charts.find((c) => c.condition === 'business');
    expect(business?.title).toBe('Strong business model');
    expect(business?.points).toEqual([{ label: 'Nieuw', score: 75, version: '3.0.0' }]);
  });
});
