import { evaluateCycle } from '@par/scoring';
import { finalScores, type DemoCyclePlan } from './demo-cycle-plan';

/** One row of a ranking as the demo compares it: the platform's official row, or the engine's own result. */
export interface DemoRankingRow {
  readonly unitId: string;
  readonly rank: number | null;
  readonly total: number | null;
  readonly indexPercent: number | null;
  readonly classLabel: string | null;
}

/**
 * The ranking the engine computes directly from the plan's final scores (appraised, or decided on an explanation),
 * without the platform: what the published official ranking must equal. Sorted by rank, then unit id.
 */
export function expectedRanking(plan: DemoCyclePlan): DemoRankingRow[] {
  const evaluation = evaluateCycle(
    plan.framework,
    plan.units.map((u) => {
      const final = finalScores(u);
      const self = new Map(u.self.map((s) => [s.subCriterionCode, s.points]));
      return {
        unitId: u.unitId,
        unitName: u.unitName,
        scores: Object.fromEntries(Object.entries(final).map(([code, value]) => [code, { value, self: self.get(code)! }])),
      };
    }),
    { includeLeaves: false },
  );
  return sortRows(
    evaluation.units.map((e) => ({
      unitId: e.unitId,
      rank: e.rank,
      total: e.total.value,
      indexPercent: e.index.value,
      classLabel: e.class?.label ?? null,
    })),
  );
}

export const sortRows = <T extends DemoRankingRow>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unitId.localeCompare(b.unitId));

/** Every difference between two rankings (a unit missing, or a field that differs), in Vietnamese-free plain text. */
export function rankingDifferences(actual: readonly DemoRankingRow[], expected: readonly DemoRankingRow[]): string[] {
  const byUnit = new Map(actual.map((r) => [r.unitId, r]));
  const out: string[] = [];
  for (const e of expected) {
    const a = byUnit.get(e.unitId);
    if (!a) {
      out.push(`${e.unitId}: missing from the official ranking`);
      continue;
    }
    for (const key of ['rank', 'total', 'indexPercent', 'classLabel'] as const) {
      if (a[key] !== e[key]) out.push(`${e.unitId}: ${key} ${String(a[key])} ≠ ${String(e[key])} (engine)`);
    }
  }
  if (actual.length !== expected.length) out.push(`${actual.length} official rows, ${expected.length} expected`);
  return out;
}
