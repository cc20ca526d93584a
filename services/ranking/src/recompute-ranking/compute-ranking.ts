import { evaluateCycle, leavesOf, type Framework, type SubordinateClass } from '@par/scoring';

export interface RankingRow {
  unitId: string;
  unitName: string;
  total: number;
  maxPoints: number;
  indexPercent: number;
  rank: number;
  classCode: string | null;
  classLabel: string | null;
  /**
   * What the framework's adjustment rules said (Vietnamese), e.g. the district 2/3-communes rule: kept, lowered
   * (then `classLabel` is the lowered class), or not evaluable yet; null when it has none (or they are off).
   */
  classNote: string | null;
  components: { code: string; name: string; points: number; maxPoints: number }[];
  /** Applicable scored nodes with no score yet ("chưa chấm"), and their maxima: not points lost. */
  unscoredItems: number;
  unscoredMaxPoints: number;
  scoringStatus: ScoringStatus;
}

/** The messages of the adjustment rules that were applied or could not be yet (switched-off rules say nothing). */
function classNote(adjustments: readonly { status: string; message: string }[]): string | null {
  const said = adjustments.filter((a) => a.status !== 'disabled').map((a) => a.message);
  return said.length ? said.join(' ') : null;
}

/** Whether a unit's applicable items are scored: none (chưa chấm), some, or all. */
export type ScoringStatus = 'NOT_SCORED' | 'PARTLY_SCORED' | 'FULLY_SCORED';

/** The unit's applicable scored nodes without a score: how many, their maxima and the status they give. */
function unscored(
  leaves: readonly { code: string; max: number }[],
  own: ReadonlyMap<string, number> | undefined,
  notApplicable: readonly string[],
): Pick<RankingRow, 'unscoredItems' | 'unscoredMaxPoints' | 'scoringStatus'> {
  const applicable = leaves.filter((l) => !notApplicable.includes(l.code));
  const missing = applicable.filter((l) => !own?.has(l.code));
  const scoringStatus: ScoringStatus =
    missing.length === 0 ? 'FULLY_SCORED' : missing.length === applicable.length ? 'NOT_SCORED' : 'PARTLY_SCORED';
  // summed in thousandths: maxima carry at most 3 decimals
  const unscoredMaxPoints = missing.reduce((sum, l) => sum + Math.round(l.max * 1000), 0) / 1000;
  return { unscoredItems: missing.length, unscoredMaxPoints, scoringStatus };
}

/**
 * Totals, index %, ranks and classes of one cycle with the scoring engine, exactly as the framework
 * says (rounding policy, ranking basis, bands). A sub-criterion with no score recorded yet counts 0 so far in the
 * total, and is reported apart (`unscoredItems`, `unscoredMaxPoints`, `scoringStatus`): not scored is not 0 points.
 * `notApplicable` (unit id → codes declared not applicable) goes to the engine: those maxima drop out of the
 * unit's maximum and its index is a percentage of what remains. `subordinates` (classes of the units of a subordinate
 * cycle, e.g. a district's communes) feed the framework's adjustment rules; without them such a rule is "not
 * evaluable" and the class stays. Pure: the caller reads the scores and writes the rows.
 */
export function computeRanking(
  framework: Framework,
  units: readonly { unitId: string; name: string }[],
  scores: ReadonlyMap<string, ReadonlyMap<string, number>>,
  notApplicable: ReadonlyMap<string, readonly string[]> = new Map(),
  subordinates?: readonly SubordinateClass[],
): RankingRow[] {
  const leaves = leavesOf(framework);
  const codes = leaves.map((l) => l.code);
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
    { includeLeaves: false, ...(subordinates && { subordinates }) },
  );
  return evaluation.units
    .map((e, i) => ({
      unitId: e.unitId,
      unitName: e.unitName ?? e.unitId,
      total: e.total.value ?? 0,
      maxPoints: e.applicableMax,
      indexPercent: e.index.value ?? 0,
      rank: e.rank ?? units.length,
      classCode: e.class?.code ?? null,
      classLabel: e.class?.label ?? null,
      classNote: classNote(e.class?.adjustments ?? []),
      components: e.components.map((c) => ({ code: c.code, name: c.name, points: c.total.value ?? 0, maxPoints: c.max })),
      ...unscored(leaves, scores.get(units[i]!.unitId), notApplicable.get(units[i]!.unitId) ?? []),
    }))
    .sort((a, b) => a.rank - b.rank || a.unitId.localeCompare(b.unitId));
}
