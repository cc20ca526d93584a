import { evaluateCycle, leavesOf, type Framework } from '@par/scoring';

export interface RankingRow {
  unitId: string;
  unitName: string;
  total: number;
  maxPoints: number;
  indexPercent: number;
  rank: number;
  classCode: string | null;
  classLabel: string | null;
  components: { code: string; name: string; points: number; maxPoints: number }[];
}

/**
 * Totals, index %, ranks and classes of one cycle with the scoring engine, exactly as the framework
 * says (rounding policy, ranking basis, bands). A sub-criterion with no score recorded yet counts 0 so far.
 * `notApplicable` (unit id → codes declared not applicable) goes to the engine: those maxima drop out of the
 * unit's maximum and its index is a percentage of what remains. Pure: the caller reads the scores and writes the rows.
 */
export function computeRanking(
  framework: Framework,
  units: readonly { unitId: string; name: string }[],
  scores: ReadonlyMap<string, ReadonlyMap<string, number>>,
  notApplicable: ReadonlyMap<string, readonly string[]> = new Map(),
): RankingRow[] {
  const codes = leavesOf(framework).map((l) => l.code);
  const evaluation = evaluateCycle(
    framework,
    units.map((u) => {
      const own = scores.get(u.unitId);
      const na = notApplicable.get(u.unitId) ?? [];
      return {
        unitId: u.unitId,
        unitName: u.name,
        scores: Object.fromEntries(codes.map((c) => [c, { value: own?.get(c) ?? 0 }])),
        ...(na.length > 0 && { notApplicable: [...na] }),
      };
    }),
    { includeLeaves: false },
  );
  return evaluation.units
    .map((e) => ({
      unitId: e.unitId,
      unitName: e.unitName ?? e.unitId,
      total: e.total.value ?? 0,
      maxPoints: e.applicableMax,
      indexPercent: e.index.value ?? 0,
      rank: e.rank ?? units.length,
      classCode: e.class?.code ?? null,
      classLabel: e.class?.label ?? null,
      components: e.components.map((c) => ({ code: c.code, name: c.name, points: c.total.value ?? 0, maxPoints: c.max })),
    }))
    .sort((a, b) => a.rank - b.rank || a.unitId.localeCompare(b.unitId));
}
