import { evaluateUnit, leavesOf, type Framework, type LostItem } from '@par/scoring';

export interface LostPointsInput {
  unitId: string;
  unitName: string;
  cycleName: string;
  /** sub-criterion code → effective score (appraised, else self) and the appraisal reason */
  scores: ReadonlyMap<string, { score: number; reason: string | null }>;
  /** Codes declared not applicable to the unit in the cycle: not lost, their maximum drops out. */
  notApplicable?: readonly string[];
}

export interface LostGroup {
  code: string;
  name: string;
  lost: number;
  items: LostItem[];
}

/** The lost points of the appraised part: total, by component and by responsible department. */
export interface AppraisedLostPoints {
  totalLost: number;
  byComponent: LostGroup[];
  byDepartment: LostGroup[];
}

export const NOT_SCORED = 'Chưa chấm điểm';

/**
 * Lost points of the appraised part, computed by the scoring engine (max − achieved, with the appraisal
 * reason), grouped by component and by department. Items with no score yet count as lost; items declared not
 * applicable are not (the engine leaves them out). The one computation behind the report and `Unit.lostPoints`.
 */
export function appraisedLostPoints(framework: Framework, input: LostPointsInput): AppraisedLostPoints {
  const d = framework.rounding.decimals;
  const scores = Object.fromEntries(
    leavesOf(framework).map((l) => {
      const s = input.scores.get(l.code);
      return [l.code, { value: s?.score ?? 0, reason: s ? (s.reason ?? undefined) : NOT_SCORED }];
    }),
  );
  const notApplicable = input.notApplicable?.length ? { notApplicable: [...input.notApplicable] } : {};
  const evaluation = evaluateUnit(
    framework,
    { unitId: input.unitId, unitName: input.unitName, scores, ...notApplicable },
    { includeLeaves: false },
  );
  const group = (g: LostGroup): LostGroup => {
    const items = g.items.filter((i) => i.method === 'appraised' && i.lost > 0);
    return { code: g.code, name: g.name, items, lost: Number(items.reduce((s, i) => s + i.lost, 0).toFixed(d)) };
  };
  const byComponent = evaluation.lostPoints.byComponent.map(group).filter((g) => g.items.length > 0);
  const byDepartment = evaluation.lostPoints.byDepartment.map(group).filter((g) => g.items.length > 0);
  const totalLost = Number(byComponent.reduce((s, g) => s + g.lost, 0).toFixed(d));
  return { totalLost, byComponent, byDepartment };
}
