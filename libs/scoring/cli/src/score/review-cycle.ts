import { formatVi, fromScaled, toScaled, type CycleEvaluation, type UnitEvaluation, type UnitResults } from '@par/scoring';

/** Something the reader of a score must know that is not an error in the results. */
export interface ScoreWarning {
  code: string;
  message: string;
  unitId?: string;
  /** Nodes whose lost points are not listed, and the points they lost together (when known). */
  codes?: string[];
  lost?: number | null;
}

/** Lost points a unit's list cannot show: nodes without a result, and how much of the total they hold. */
export interface UnlistedLost {
  codes: string[];
  lost: number | null;
}

/**
 * Corrections and warnings the engine's output needs before an official reads it (done here, not in the engine):
 * - a total summed from parts is labelled `computed` unless the results file gave the total itself;
 * - each unit whose lost-point list misses nodes it could not compute (an aggregate without a result) gets a
 *   warning naming them and the points they lost together (the unit's lost total minus what is listed).
 */
export function reviewCycle(cycle: CycleEvaluation, results: UnitResults[]): ScoreWarning[] {
  const byId = new Map(results.map((r) => [r.unitId, r]));
  const warnings: ScoreWarning[] = [];
  for (const u of cycle.units) {
    if (u.total.origin === 'given' && byId.get(u.unitId)?.given?.total === undefined) u.total.origin = 'computed';
    const unlisted = unlistedLost(u, cycle.decimals);
    if (!unlisted) continue;
    const d = cycle.decimals;
    const amount = unlisted.lost === null ? 'chưa xác định được' : `${formatVi(unlisted.lost, d)} điểm`;
    warnings.push({
      code: 'LOST_POINTS_UNLISTED',
      unitId: u.unitId,
      codes: unlisted.codes,
      lost: unlisted.lost,
      message:
        `${u.unitName ?? u.unitId}: điểm mất của ${unlisted.codes.length} nút chưa có kết quả (${unlisted.codes.join(', ')}) ` +
        `không liệt kê được; tổng điểm mất chưa liệt kê: ${amount}.`,
    });
  }
  return warnings;
}

/** The applicable nodes of a unit without a value (their lost points are missing from `lostPoints.items`). */
export function unlistedLost(u: UnitEvaluation, decimals: number): UnlistedLost | null {
  const codes = (u.leaves ?? []).filter((l) => l.applicable && l.value === null).map((l) => l.code);
  if (codes.length === 0) return null;
  const total = u.lostPoints.total.value;
  if (total === null) return { codes, lost: null };
  const listed = u.lostPoints.items.reduce((s, i) => s + toScaled(i.lost, decimals), 0);
  return { codes, lost: fromScaled(toScaled(total, decimals) - listed, decimals) };
}
