import type { AssessmentsEventV1 } from '@par/assessments-contracts';
import { upsert, type RowChange, type TableKeys } from '@par/projections';

export const UNIT_PROGRESS_TABLE_KEYS: TableKeys = { unit_progress: ['province', 'cycle_id', 'unit_id'] };

/** What the unit-progress projection reads off `par.assessments.v1`. */
export type ProgressEvent = AssessmentsEventV1;

/** One unit's progress in a cycle, as stored. */
export interface UnitProgress {
  readonly province: string;
  readonly cycleId: string;
  readonly unitId: string;
  readonly selfCodes: readonly string[];
  readonly appraisedCodes: readonly string[];
  readonly notApplicableCodes: readonly string[];
  readonly openExplanations: readonly string[];
  readonly submittedAt: string | null;
  readonly finalizedAt: string | null;
  readonly lastEventAt: string;
}

const withCode = (codes: readonly string[], code: string) => (codes.includes(code) ? [...codes] : [...codes, code].sort());
const without = (codes: readonly string[], code: string) => codes.filter((c) => c !== code);

/** Pure: the unit's progress after one message (undefined: the message is not about one unit's progress). */
function next(p: UnitProgress, e: ProgressEvent): UnitProgress | undefined {
  switch (e.type) {
    case 'ScoreRecorded':
      return e.kind === 'self'
        ? { ...p, selfCodes: withCode(p.selfCodes, e.subCriterionCode) }
        : { ...p, appraisedCodes: withCode(p.appraisedCodes, e.subCriterionCode) };
    case 'NotApplicableChanged':
      return { ...p, notApplicableCodes: e.notApplicable ? withCode(p.notApplicableCodes, e.code) : without(p.notApplicableCodes, e.code) };
    case 'SelfAssessmentSubmitted':
      return { ...p, submittedAt: e.submittedAt };
    case 'SelfAssessmentReopened':
      return { ...p, submittedAt: null };
    case 'ExplanationSubmitted':
      return { ...p, openExplanations: withCode(p.openExplanations, e.code) };
    case 'ExplanationDecided':
      return { ...p, openExplanations: without(p.openExplanations, e.code) };
    case 'AppraisalFinalized':
      return { ...p, finalizedAt: e.finalizedAt };
    case 'AppraisalReopened':
      return { ...p, finalizedAt: null };
    default:
      return undefined;
  }
}

/** The unit a message is about, when it is about one unit's progress. */
export const progressKey = (e: ProgressEvent): { province: string; cycleId: string; unitId: string } | undefined =>
  'unitId' in e && typeof e.unitId === 'string' ? { province: e.province, cycleId: e.cycleId, unitId: e.unitId } : undefined;

export const emptyProgress = (key: { province: string; cycleId: string; unitId: string }, at: string): UnitProgress => ({
  ...key,
  selfCodes: [],
  appraisedCodes: [],
  notApplicableCodes: [],
  openExplanations: [],
  submittedAt: null,
  finalizedAt: null,
  lastEventAt: at,
});

/** Pure: the row change one message makes to its unit's progress (`stored` as loaded; none when it is not about a unit). */
export function evolveUnitProgress(stored: UnitProgress | undefined, e: ProgressEvent): RowChange[] {
  const key = progressKey(e);
  if (!key) return [];
  const p = next(stored ?? emptyProgress(key, e.occurredAt), e);
  if (!p) return [];
  return [
    upsert('unit_progress', {
      province: p.province,
      cycle_id: p.cycleId,
      unit_id: p.unitId,
      self_codes: p.selfCodes,
      appraised_codes: p.appraisedCodes,
      not_applicable_codes: p.notApplicableCodes,
      open_explanations: p.openExplanations,
      submitted_at: p.submittedAt,
      finalized_at: p.finalizedAt,
      last_event_at: e.occurredAt,
    }),
  ];
}
