import { leavesOf } from '@par/scoring';
import { demoCycleItems } from './demo-cycle-framework';
import { finalScores, planDemoCycle } from './demo-cycle-plan';
import { expectedRanking, rankingDifferences } from './expected-ranking';

const size = { units: 30, province: 'thai-nguyen', frameworkId: 'mo-phong-cap-xa-2026', year: 2026 };

describe('the demo cycle plan', () => {
  it('builds a valid 80-sub-criterion, 100-point framework with every kind of item the demo drives', () => {
    const plan = planDemoCycle(size);
    const leaves = leavesOf(plan.framework);
    expect(leaves).toHaveLength(80);
    expect(leaves.reduce((s, l) => s + l.max, 0)).toBe(100);
    expect(new Set(demoCycleItems().map((i) => i.rule))).toEqual(new Set(['manual', 'yes-no', 'ratio']));
    expect(demoCycleItems().filter((i) => i.evidenceRequired)).toHaveLength(8);
  });

  it('is the same for the same seed and different for another', () => {
    expect(planDemoCycle(size).units).toEqual(planDemoCycle(size).units);
    expect(planDemoCycle({ ...size, seed: 7 }).units).not.toEqual(planDemoCycle(size).units);
  });

  it('gives every lowered appraisal a reason, and none when the appraiser keeps the self score', () => {
    for (const u of planDemoCycle(size).units) {
      u.appraisal.forEach((a, i) => expect(a.reason === null).toBe(a.score === u.self[i]!.points));
    }
  });

  it('has explanation rounds that change a score and ones that keep it, and units explaining missing evidence', () => {
    const units = planDemoCycle(size).units;
    const outcomes = units.flatMap((u) => (u.explanation ? [u.explanation.outcome] : []));
    expect(outcomes).toEqual(expect.arrayContaining(['KEPT', 'CHANGED']));
    expect(units.some((u) => u.explainedWithoutEvidence.length > 0)).toBe(true);
    const changed = units.find((u) => u.explanation?.outcome === 'CHANGED')!;
    const code = changed.explanation!.subCriterionCode;
    expect(finalScores(changed)[code]).toBe(changed.self.find((s) => s.subCriterionCode === code)!.points);
  });

  it('computes the expected ranking with the engine, and tells every difference from another ranking', () => {
    const expected = expectedRanking(planDemoCycle(size));
    expect(expected).toHaveLength(30);
    expect(expected[0]!.rank).toBe(1);
    expect(expected.every((r) => r.total !== null && r.total <= 100 && r.classLabel !== null)).toBe(true);
    expect(rankingDifferences(expected, expected)).toEqual([]);
    const wrong = expected.map((r, i) => (i === 3 ? { ...r, total: (r.total ?? 0) + 0.01 } : r));
    expect(rankingDifferences(wrong.slice(1), expected)).toEqual([
      `${expected[0]!.unitId}: missing from the official ranking`,
      `${expected[3]!.unitId}: total ${String((expected[3]!.total ?? 0) + 0.01)} ≠ ${String(expected[3]!.total)} (engine)`,
      '29 official rows, 30 expected',
    ]);
  });
});
