import { describe, expect, it } from '@jest/globals';
import type { ScoreRecordedV1 } from '@par/assessments-contracts';
import { evolveScore } from './ranking.evolve';

const e: ScoreRecordedV1 = {
  type: 'ScoreRecorded',
  version: 1,
  eventId: 'e2',
  province: 'tinh-a',
  cycleId: 'c1',
  unitId: 'u1',
  subCriterionCode: '1.1',
  kind: 'appraised',
  score: 1.5,
  previousScore: 2,
  reason: 'chậm',
  actor: { id: 'a', name: null, roles: [] },
  occurredAt: '2025-01-01T00:00:00.000Z',
  streamVersion: 2,
};
const cycle = { cycleId: 'c1', name: 'Kỳ', year: 2025, unitType: 'district', frameworkId: 'f', frameworkVersion: 1 };

describe('evolveScore (pure)', () => {
  it('keeps the self score when an appraisal arrives, and waits for the framework before ranking', () => {
    const stored = { unitId: 'u1', code: '1.1', selfScore: 2, appraisedScore: null };
    expect(evolveScore({ score: stored, cycle: { cycle, framework: undefined, units: [], scores: [stored] } }, e)).toEqual([
      {
        kind: 'upsert',
        table: 'scores',
        row: { province: 'tinh-a', cycle_id: 'c1', unit_id: 'u1', code: '1.1', self_score: 2, appraised_score: 1.5, last_event_id: 'e2' },
      },
    ]);
  });

  it('records a score whose cycle is not in the catalog yet', () => {
    expect(evolveScore({ score: undefined, cycle: undefined }, { ...e, kind: 'self' })).toEqual([
      expect.objectContaining({ row: expect.objectContaining({ self_score: 1.5, appraised_score: null }) }),
    ]);
  });
});
