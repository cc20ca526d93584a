import { describe, expect, it } from '@jest/globals';
import type { ScoreRecordedV1 } from '@par/assessments-contracts';
import { evolveScore, type CycleInputs } from './ranking.evolve';
import { crossUnitFramework } from './testing/cross-unit-framework';

function framework(unitType: 'district' | 'commune') {
  const definition = crossUnitFramework(unitType, 'tinh-a');
  return {
    frameworkId: unitType,
    frameworkVersion: 1,
    name: unitType,
    unitType,
    totalMax: 10,
    components: [],
    items: [],
    definition,
  };
}

const cycle = (unitType: string) => ({
  cycleId: `2025-${unitType}`,
  name: unitType,
  year: 2025,
  unitType,
  frameworkId: unitType,
  frameworkVersion: 1,
});
const districtCycle: CycleInputs = {
  cycle: cycle('district'),
  framework: framework('district'),
  units: [{ unitId: 'd1', name: 'Huyện A', unitType: 'district', parentUnitId: null }],
  scores: [{ unitId: 'd1', code: '1.1', selfScore: 9, appraisedScore: null }],
  notApplicable: [],
  subordinates: [],
};
const communes = ['c1', 'c2', 'c3'].map((unitId) => ({ unitId, name: `Xã ${unitId}`, unitType: 'commune', parentUnitId: 'd1' }));
const communeScores = (c2: number) => [
  { unitId: 'c1', code: '1.1', selfScore: 9, appraisedScore: null },
  { unitId: 'c2', code: '1.1', selfScore: c2, appraisedScore: null },
  { unitId: 'c3', code: '1.1', selfScore: 0, appraisedScore: null },
];
const score = (unitId: string, value: number, cycleId = '2025-commune'): ScoreRecordedV1 => ({
  type: 'ScoreRecorded',
  version: 1,
  eventId: `e-${unitId}`,
  province: 'tinh-a',
  cycleId,
  unitId,
  subCriterionCode: '1.1',
  kind: 'appraised',
  score: value,
  previousScore: null,
  reason: 'thẩm định',
  actor: { id: 'a', name: null, roles: [] },
  occurredAt: '2025-01-01T00:00:00.000Z',
  streamVersion: 1,
});
const classes = (changes: ReturnType<typeof evolveScore>) =>
  changes
    .filter((c) => c.kind === 'upsert' && c.table === 'results')
    .map((c) => (c as { row: Record<string, unknown> }).row)
    .map((r) => [r['cycle_id'], r['unit_id'], r['class_label'], r['class_note']]);

describe('cross-unit rules: the district 2/3-communes downgrade, live', () => {
  it("a commune's appraisal re-classifies its district: 1/3 communes Tốt → the district drops from Tốt to Khá", () => {
    const communeCycle: CycleInputs = {
      cycle: cycle('commune'),
      framework: framework('commune'),
      units: communes,
      scores: communeScores(8),
      notApplicable: [],
      dependents: [districtCycle],
    };
    const district = classes(evolveScore({ score: communeScores(8)[1], cycle: communeCycle }, score('c2', 5))).filter(
      ([c]) => c === '2025-district',
    );
    expect(district).toEqual([
      ['2025-district', 'd1', 'Khá', 'Chỉ 1/3 đơn vị trực thuộc xếp loại Tốt trở lên (dưới 2/3): hạ xuống loại thấp hơn liền kề.'],
    ]);
  });

  it('2/3 communes Tốt: the district keeps its class', () => {
    const communeCycle: CycleInputs = {
      cycle: cycle('commune'),
      framework: framework('commune'),
      units: communes,
      scores: communeScores(5),
      notApplicable: [],
      dependents: [districtCycle],
    };
    expect(
      classes(evolveScore({ score: communeScores(5)[1], cycle: communeCycle }, score('c2', 8))).filter(([c]) => c === '2025-district'),
    ).toEqual([['2025-district', 'd1', 'Tốt', '2/3 đơn vị trực thuộc xếp loại Tốt trở lên (đạt tối thiểu 2/3): giữ nguyên xếp loại.']]);
  });

  it('a district score uses the stored commune classes; without a commune cycle the rule is not evaluable yet', () => {
    const stored = [
      { unitId: 'c1', parentId: 'd1', class: 'good', unitType: 'commune' },
      { unitId: 'c2', parentId: 'd1', class: 'weak', unitType: 'commune' },
      { unitId: 'c3', parentId: 'd1', class: 'weak', unitType: 'commune' },
    ];
    const lowered = evolveScore(
      { score: districtCycle.scores[0], cycle: { ...districtCycle, subordinates: stored } },
      score('d1', 9, '2025-district'),
    );
    expect(classes(lowered)).toEqual([['2025-district', 'd1', 'Khá', expect.stringContaining('Chỉ 1/3')]]);
    expect(classes(evolveScore({ score: districtCycle.scores[0], cycle: districtCycle }, score('d1', 9, '2025-district')))).toEqual([
      ['2025-district', 'd1', 'Tốt', 'Chưa có kết quả xếp loại của các đơn vị trực thuộc; chưa áp dụng được quy tắc điều chỉnh xếp loại.'],
    ]);
  });
});
