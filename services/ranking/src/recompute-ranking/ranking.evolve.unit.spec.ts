import { describe, expect, it } from '@jest/globals';
import type { AppraisalFinalizedV1, NotApplicableChangedV1, ScoreRecordedV1 } from '@par/assessments-contracts';
import { parseFramework } from '@par/scoring';
import { evolveAssessmentEvent, evolveNotApplicable, evolveScore } from './ranking.evolve';

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
    expect(
      evolveScore({ score: stored, cycle: { cycle, framework: undefined, units: [], scores: [stored], notApplicable: [] } }, e),
    ).toEqual([
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

describe('evolveNotApplicable (pure)', () => {
  const na = (notApplicable: boolean): NotApplicableChangedV1 => ({
    type: 'NotApplicableChanged',
    version: 1,
    eventId: 'n1',
    province: 'tinh-a',
    cycleId: 'c1',
    unitId: 'u1',
    code: '1.2',
    notApplicable,
    reason: notApplicable ? 'Đơn vị không có thủ tục hành chính' : null,
    actor: { id: 'a', name: null, roles: [] },
    occurredAt: '2025-01-01T00:00:00.000Z',
    streamVersion: 3,
  });
  const parsed = parseFramework(
    `
schemaVersion: 1
id: f
name: Bộ tiêu chí thử
province: tinh-a
unitType: district
period: { from: 2025, to: 2025 }
version: "1"
decision: { number: 1/QĐ }
totalMax: 4
rounding: { decimals: 2, mode: half-up, at: leaf }
departments: [{ code: SNV, name: Sở Nội vụ }]
classification: { bands: [{ class: weak, label: Yếu, min: 0 }] }
components:
  - code: "1"
    name: Công tác chỉ đạo
    max: 4
    criteria:
      - { code: "1.1", name: a, max: 2, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV] }
      - { code: "1.2", name: b, max: 2, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV], applicability: { mode: conditional } }
`,
    'yaml',
  );
  if (!parsed.framework) throw new Error(JSON.stringify(parsed.problems));
  const framework = {
    frameworkId: 'f',
    frameworkVersion: 1,
    name: 'f',
    unitType: 'district',
    totalMax: 4,
    components: [],
    items: [],
    definition: parsed.framework,
  };
  const unit = { unitId: 'u1', name: 'Huyện A', unitType: 'district', parentUnitId: null };
  const scores = [{ unitId: 'u1', code: '1.1', selfScore: 1, appraisedScore: null }];
  const result = (changes: ReturnType<typeof evolveNotApplicable>) =>
    changes.filter((c) => c.kind === 'upsert' && c.table === 'results').map((c) => (c as { row: Record<string, unknown> }).row);

  it('stores the declaration and recomputes with the reduced maximum', () => {
    const changes = evolveNotApplicable(
      { score: undefined, cycle: { cycle, framework, units: [unit], scores, notApplicable: [] } },
      na(true),
    );
    expect(changes[0]).toEqual({
      kind: 'upsert',
      table: 'not_applicable',
      row: {
        province: 'tinh-a',
        cycle_id: 'c1',
        unit_id: 'u1',
        code: '1.2',
        reason: 'Đơn vị không có thủ tục hành chính',
        last_event_id: 'n1',
      },
    });
    expect(result(changes)).toEqual([expect.objectContaining({ unit_id: 'u1', total: 1, max_points: 2, index_percent: 50 })]);
  });

  it('a withdrawal deletes the row and brings the maximum back', () => {
    const changes = evolveNotApplicable(
      { score: undefined, cycle: { cycle, framework, units: [unit], scores, notApplicable: [{ unitId: 'u1', code: '1.2' }] } },
      na(false),
    );
    expect(changes[0]).toEqual({
      kind: 'delete',
      table: 'not_applicable',
      where: { province: 'tinh-a', cycle_id: 'c1', unit_id: 'u1', code: '1.2' },
    });
    expect(result(changes)).toEqual([expect.objectContaining({ total: 1, max_points: 4, index_percent: 25 })]);
  });

  it('ignores assessment event types it does not know', () => {
    expect(evolveAssessmentEvent({ score: undefined, cycle: undefined }, { type: 'Unknown' } as never)).toEqual([]);
  });
});

describe('AppraisalFinalized (pure)', () => {
  const finalized: AppraisalFinalizedV1 = {
    type: 'AppraisalFinalized',
    version: 1,
    eventId: 'f1',
    province: 'tinh-a',
    cycleId: 'c1',
    unitId: 'u1',
    finalizedAt: '2025-03-01T02:00:00.000Z',
    actor: { id: 'a', name: null, roles: ['appraiser'] },
    occurredAt: '2025-03-01T02:00:00.000Z',
    streamVersion: 9,
  };
  it('records the unit as final and recomputes nothing', () => {
    expect(evolveAssessmentEvent({ score: undefined, cycle: undefined }, finalized)).toEqual([
      {
        kind: 'upsert',
        table: 'finalized_units',
        row: { province: 'tinh-a', cycle_id: 'c1', unit_id: 'u1', finalized_at: '2025-03-01T02:00:00.000Z', last_event_id: 'f1' },
      },
    ]);
  });
});
