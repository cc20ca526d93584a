import { leavesOf, type Framework, type UnitResults } from '@par/scoring';
import { NOT_SCORED } from '../lost-points-source/appraised-lost-points';

/** One row of the reporting read model's `scores` table. */
export interface ScoreRow {
  unitId: string;
  code: string;
  self: number | null;
  appraised: number | null;
  reason: string | null;
}

/** One unit's published survey points on one survey- or satisfaction-measured node (`reporting.survey_points`). */
export interface SurveyPointRow {
  unitId: string;
  code: string;
  points: number;
}

/**
 * Pure: the published survey points enter the report as the node's measurement (as they enter the ranking): a
 * survey row replaces any other row of the same unit and node; no self score, no appraisal reason.
 */
export function withSurveyPoints(rows: readonly ScoreRow[], survey: readonly SurveyPointRow[]): ScoreRow[] {
  const key = (r: { unitId: string; code: string }) => `${r.unitId}\0${r.code}`;
  const measured = new Set(survey.map(key));
  return [
    ...rows.filter((r) => !measured.has(key(r))),
    ...survey.map((s) => ({ unitId: s.unitId, code: s.code, self: null, appraised: s.points, reason: null })),
  ];
}

/** What the sources of a cycle have, said in the report when something is missing. */
export interface SourceStatus {
  /** Survey- and satisfaction-measured nodes × units that have points (from the published survey results). */
  surveyScored: number;
  surveyNodes: number;
}

const SURVEY = new Set(['survey', 'satisfaction']);

/**
 * Pure: the scoring engine's input for every unit of a cycle from the read model's rows. The effective score is the
 * appraised one, else the self score; a node without either counts 0 (as the live ranking does), an appraised one
 * with the reason "Chưa chấm điểm"; the self score is kept for the report's "tự đánh giá" column.
 */
export function cycleResults(
  framework: Framework,
  units: readonly { unitId: string; name: string; parentUnitId: string | null }[],
  rows: readonly ScoreRow[],
  notApplicable: readonly { unitId: string; code: string }[],
): { results: UnitResults[]; status: SourceStatus } {
  const leaves = leavesOf(framework);
  const byUnit = new Map<string, Map<string, ScoreRow>>();
  for (const r of rows) {
    const m = byUnit.get(r.unitId) ?? new Map<string, ScoreRow>();
    m.set(r.code, r);
    byUnit.set(r.unitId, m);
  }
  let surveyScored = 0;
  const results = units.map((u): UnitResults => {
    const own = byUnit.get(u.unitId) ?? new Map<string, ScoreRow>();
    const scores: UnitResults['scores'] = {};
    for (const l of leaves) {
      const r = own.get(l.code);
      const value = r?.appraised ?? r?.self ?? null;
      if (value !== null && SURVEY.has(l.method)) surveyScored++;
      scores[l.code] = {
        value: value ?? 0,
        ...(r?.self != null && l.method === 'appraised' && { self: r.self }),
        ...(value === null && l.method === 'appraised' ? { reason: NOT_SCORED } : r?.reason ? { reason: r.reason } : {}),
      };
    }
    const na = notApplicable.filter((n) => n.unitId === u.unitId).map((n) => n.code);
    return {
      unitId: u.unitId,
      unitName: u.name,
      ...(u.parentUnitId && { parentId: u.parentUnitId }),
      scores,
      ...(na.length && { notApplicable: na }),
    };
  });
  return { results, status: { surveyScored, surveyNodes: leaves.filter((l) => SURVEY.has(l.method)).length * units.length } };
}

/** The report's note on survey points, from what the read model has (Vietnamese). */
export function surveyNote(status: SourceStatus): string[] {
  if (status.surveyNodes === 0) return [];
  if (status.surveyScored === 0)
    return [
      'Chưa có kết quả điều tra xã hội học của kỳ đánh giá trong hệ thống: điểm điều tra XHH được tính bằng 0 cho đến khi kết quả khảo sát được công bố.',
    ];
  if (status.surveyScored < status.surveyNodes)
    return [
      `Mới có ${status.surveyScored}/${status.surveyNodes} điểm điều tra XHH (theo tiêu chí và đơn vị); các điểm còn thiếu được tính bằng 0.`,
    ];
  return [];
}
