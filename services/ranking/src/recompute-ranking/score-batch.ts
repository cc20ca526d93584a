import type { ScoreRecordedV1 } from '@par/assessments-contracts';
import { upsert, type RowChange } from '@par/projections';
import { cycleResults, type CycleInputs, type ScoreRow } from './ranking.evolve';
import { unitsResults, type UnitsInputs } from './unit-results';

/** How one cycle of a batch is recomputed: its changed units alone (incremental), or the whole cycle. */
export type CycleBatchInputs =
  { readonly kind: 'units'; readonly inputs: UnitsInputs } | { readonly kind: 'cycle'; readonly inputs: CycleInputs };

/**
 * The read model a batch of published scores (one province) touches, as stored before the batch: the score rows of
 * the units it scores, and how each of its cycles is recomputed (a cycle the catalog does not have yet is absent:
 * only its score rows are written, and the catalog event recomputes it later).
 */
export interface ScoreBatchReadModel {
  /** Stored score rows by `scoreKey`. */
  readonly scores: ReadonlyMap<string, ScoreRow>;
  readonly cycles: ReadonlyMap<string, CycleBatchInputs>;
}

export const scoreKey = (cycleId: string, unitId: string, code: string) => `${cycleId}\u0000${unitId}\u0000${code}`;

/** Rows of `scores` with every changed (unit, code) replaced by its value after the batch. */
function withChanged(scores: readonly ScoreRow[], changed: readonly ScoreRow[]): ScoreRow[] {
  const keys = new Set(changed.map((c) => `${c.unitId}\u0000${c.code}`));
  return [...scores.filter((s) => !keys.has(`${s.unitId}\u0000${s.code}`)), ...changed];
}

/**
 * Pure: a batch of published scores, with the same result as `evolveScore` on each in order — each (unit, code)
 * row written once with its last value, then each cycle recomputed once: the changed units re-evaluated and every
 * unit re-ranked (or the whole cycle when the incremental path does not apply).
 */
export function evolveScoreBatch(model: ScoreBatchReadModel, events: readonly ScoreRecordedV1[]): RowChange[] {
  const after = new Map<string, { row: ScoreRow; event: ScoreRecordedV1 }>();
  for (const e of events) {
    const key = scoreKey(e.cycleId, e.unitId, e.subCriterionCode);
    const before = after.get(key)?.row ??
      model.scores.get(key) ?? { unitId: e.unitId, code: e.subCriterionCode, selfScore: null, appraisedScore: null };
    after.set(key, { row: e.kind === 'self' ? { ...before, selfScore: e.score } : { ...before, appraisedScore: e.score }, event: e });
  }
  const changes: RowChange[] = [];
  const changedByCycle = new Map<string, { province: string; rows: ScoreRow[] }>();
  for (const { row, event: e } of after.values()) {
    changes.push(
      upsert('scores', {
        province: e.province,
        cycle_id: e.cycleId,
        unit_id: e.unitId,
        code: e.subCriterionCode,
        self_score: row.selfScore,
        appraised_score: row.appraisedScore,
        last_event_id: e.eventId,
      }),
    );
    const c = changedByCycle.get(e.cycleId) ?? { province: e.province, rows: [] };
    c.rows.push(row);
    changedByCycle.set(e.cycleId, c);
  }
  for (const [cycleId, { province, rows }] of changedByCycle) {
    const c = model.cycles.get(cycleId);
    if (c?.kind === 'cycle') changes.push(...cycleResults(province, { ...c.inputs, scores: withChanged(c.inputs.scores, rows) }));
    if (c?.kind === 'units') {
      const units = c.inputs.units.map((u) => ({
        ...u,
        scores: withChanged(
          u.scores,
          rows.filter((r) => r.unitId === u.unit.unitId),
        ),
      }));
      changes.push(...unitsResults(province, { ...c.inputs, units }));
    }
  }
  return changes;
}
