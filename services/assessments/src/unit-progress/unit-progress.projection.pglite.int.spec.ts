import { describe, expect, it } from '@jest/globals';
import type { AssessmentsEventV1 } from '@par/assessments-contracts';
import { PgliteProjectionSpec } from '@par/projections/testing';
import type { ScoringItemRef } from '@par/assessments-domain';
import { assessmentsMigrations } from '../assessments.migrations';
import { unitProgressProjection } from './unit-progress.projection';
import type { UnitProgress } from './unit-progress.evolve';
import { unitCounts, unitStatus } from './unit-status';

const P = 'tinh-a';
const spec = PgliteProjectionSpec.for({
  projection: unitProgressProjection('assessments'),
  schema: 'assessments',
  migrations: assessmentsMigrations(),
});
const envelope = (eventId: string, streamVersion: number) => ({
  version: 1 as const,
  eventId,
  province: P,
  cycleId: 'c1',
  actor: { id: 'a', name: null, roles: [] },
  occurredAt: `2025-11-0${Math.min(streamVersion, 9)}T00:00:00.000Z`,
  streamVersion,
});
const score = (unitId: string, code: string, kind: 'self' | 'appraised', id: string, v: number): AssessmentsEventV1 => ({
  type: 'ScoreRecorded',
  ...envelope(id, v),
  unitId,
  subCriterionCode: code,
  kind,
  score: 1,
  previousScore: null,
  reason: null,
});
const submitted = (unitId: string, id: string): AssessmentsEventV1 => ({
  type: 'SelfAssessmentSubmitted',
  ...envelope(id, 3),
  unitId,
  submittedAt: '2025-11-03T00:00:00.000Z',
});
const explanation = (id: string, v: number): AssessmentsEventV1 => ({
  type: 'ExplanationSubmitted',
  ...envelope(id, v),
  unitId: 'u1',
  code: '1.1',
  evidenceSha256s: [],
  submittedAt: '2025-11-05T00:00:00.000Z',
});
const decided = (id: string, v: number): AssessmentsEventV1 => ({
  type: 'ExplanationDecided',
  ...envelope(id, v),
  unitId: 'u1',
  code: '1.1',
  outcome: 'kept',
  subCriterionCode: null,
  score: null,
  decidedAt: '2025-11-06T00:00:00.000Z',
});
const finalized = (id: string, v: number): AssessmentsEventV1 => ({
  type: 'AppraisalFinalized',
  ...envelope(id, v),
  unitId: 'u1',
  finalizedAt: '2025-11-07T00:00:00.000Z',
});

type Row = {
  unit_id: string;
  self_codes: string[];
  appraised_codes: string[];
  open_explanations: string[];
  submitted_at: string | null;
  finalized_at: string | null;
};
const asProgress = (r: Row): UnitProgress => ({
  province: P,
  cycleId: 'c1',
  unitId: r.unit_id,
  selfCodes: r.self_codes,
  appraisedCodes: r.appraised_codes,
  notApplicableCodes: [],
  openExplanations: r.open_explanations,
  submittedAt: r.submitted_at,
  finalizedAt: r.finalized_at,
  lastEventAt: '',
});
const statuses = async (rows: (t: string, o?: string) => Promise<unknown[]>) =>
  ((await rows('unit_progress', 'unit_id')) as Row[]).map((r) => `${r.unit_id} ${unitStatus(asProgress(r))}`);

describe('unit-progress projection (PGlite, given/when/then)', () => {
  it('follows a unit from its first self score to submitted, appraised, explaining and final', async () => {
    const base = [score('u1', '1.1.1', 'self', 's1', 1), score('u1', '1.1.2', 'self', 's2', 2), score('u2', '1.1.1', 'self', 's3', 1)];
    await spec
      .given(...base)
      .when(score('u1', '1.1.1', 'self', 's4', 3))
      .then(async ({ rows }) => {
        expect(await statuses(rows as never)).toEqual(['u1 IN_PROGRESS', 'u2 IN_PROGRESS']);
        expect(((await rows('unit_progress', 'unit_id')) as Row[])[0]!.self_codes).toEqual(['1.1.1', '1.1.2']);
      });
    await spec
      .given(...base)
      .when(submitted('u1', 'sub1'))
      .then(async ({ rows }) => expect(await statuses(rows as never)).toEqual(['u1 SUBMITTED', 'u2 IN_PROGRESS']));
    await spec
      .given(...base, submitted('u1', 'sub1'), score('u1', '1.1.2', 'appraised', 'a1', 4))
      .when(explanation('e1', 5))
      .then(async ({ rows }) => {
        expect(await statuses(rows as never)).toEqual(['u1 EXPLAINING', 'u2 IN_PROGRESS']);
        expect(((await rows('unit_progress', 'unit_id')) as Row[])[0]).toMatchObject({
          appraised_codes: ['1.1.2'],
          open_explanations: ['1.1'],
        });
      });
    await spec
      .given(...base, submitted('u1', 'sub1'), score('u1', '1.1.2', 'appraised', 'a1', 4), explanation('e1', 5), decided('d1', 6))
      .when(score('u1', '1.1.1', 'appraised', 'a2', 7), finalized('f1', 8))
      .then(async ({ rows }) => {
        expect(await statuses(rows as never)).toEqual(['u1 FINAL', 'u2 IN_PROGRESS']);
        expect(((await rows('unit_progress', 'unit_id')) as Row[])[0]).toMatchObject({
          open_explanations: [],
          finalized_at: '2025-11-07T00:00:00.000Z',
        });
      });
  });

  it('writes nothing for a message about no single unit (an assignment)', () =>
    spec
      .given()
      .when({
        type: 'AppraisersAssigned',
        ...envelope('as1', 1),
        unitIds: ['u1'],
        appraiserIds: ['a1'],
        teamName: null,
      } as AssessmentsEventV1)
      .then(async ({ rows }) => expect(await rows('unit_progress')).toEqual([])));
});

describe('unit counts', () => {
  const items: ScoringItemRef[] = [
    { code: '1.1.1', name: 'a', maxPoints: 2, method: 'appraised' },
    { code: '1.1.2', name: 'b', maxPoints: 4, method: 'appraised' },
    { code: '2.1', name: 'c', maxPoints: 1, method: 'survey' },
  ];
  it('counts the items appraised by hand, not-applicable ones aside; no progress is NOT_STARTED', () => {
    expect(unitCounts(items, undefined)).toEqual({
      status: 'NOT_STARTED',
      itemsTotal: 2,
      itemsSelfScored: 0,
      itemsAppraised: 0,
      openExplanations: 0,
      submittedAt: null,
      finalizedAt: null,
    });
    const p: UnitProgress = {
      province: P,
      cycleId: 'c1',
      unitId: 'u1',
      selfCodes: ['1.1.1', '1.1.2'],
      appraisedCodes: ['1.1.1'],
      notApplicableCodes: ['1.1.2'],
      openExplanations: [],
      submittedAt: '2025-11-03T00:00:00.000Z',
      finalizedAt: null,
      lastEventAt: '',
    };
    expect(unitCounts(items, p)).toMatchObject({ status: 'APPRAISED', itemsTotal: 1, itemsSelfScored: 1, itemsAppraised: 1 });
  });
});
