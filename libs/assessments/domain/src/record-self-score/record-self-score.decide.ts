import { ValidationError } from '@par/kernel';
import type { SelfScoreRecorded } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';
import { checkScore, type ScoringItemRef } from '../assessment/scoring-item';

export interface RecordSelfScore {
  type: 'RecordSelfScore';
  data: {
    cycleId: string;
    unitId: string;
    subCriterionCode: string;
    score: number;
    note: string | null;
    /** Resolved by the handler from the framework version the cycle is pinned to. */
    item: ScoringItemRef | undefined;
  };
}

const METHOD_VI = { appraised: 'thẩm định', survey: 'điều tra xã hội học', satisfaction: 'khảo sát SIPAS', indicator: 'chỉ số tính toán' };

export function decideRecordSelfScore(command: RecordSelfScore, state: AssessmentState): SelfScoreRecorded[] {
  const { cycleId, unitId, subCriterionCode, score, note, item } = command.data;
  const checked = checkScore(item, subCriterionCode, score);
  if (checked.method !== 'appraised') {
    throw new ValidationError({
      code: 'NOT_SELF_ASSESSED',
      messageVi: `Tiêu chí ${checked.code} được đo bằng ${METHOD_VI[checked.method]}, đơn vị không tự chấm điểm.`,
      detail: `Sub-criterion ${checked.code} is measured by ${checked.method}; units do not self-score it`,
    });
  }
  const current = state.scores[subCriterionCode];
  const previous = current?.self ?? null;
  // The same score sent again (with no note or the same note) changes nothing: no event.
  if (previous === score && ((note ?? null) === null || note === current?.selfNote)) return [];
  return [{ type: 'SelfScoreRecorded', data: { cycleId, unitId, subCriterionCode, score, previousScore: previous, note: note ?? null } }];
}
