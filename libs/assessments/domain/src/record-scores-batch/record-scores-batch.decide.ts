import { ParError, ValidationError } from '@par/kernel';
import type { AppraisedScoreRecorded, SelfFigures, SelfScoreRecorded } from '../assessment/assessment.events';
import { evolveAssessment, type AssessmentState } from '../assessment/assessment.state';
import type { ScoringItemRef } from '../assessment/scoring-item';
import type { AppraiserRef } from '../appraisal/appraiser';
import type { PhaseClock } from '../appraisal/phase-window';
import type { SelfAssessmentWindow } from '../self-assessment-window/self-assessment-window';
import { decideRecordSelfScore } from '../record-self-score/record-self-score.decide';
import { decideRecordAppraisedScore } from '../record-appraised-score/record-appraised-score.decide';

/** Upper bound on the items of one batch (a framework has about 80 sub-criteria). */
export const MAX_BATCH_ITEMS = 200;

export interface BatchItemError {
  subCriterionCode: string;
  code: string;
  messageVi: string;
  detail: string;
}

export interface RecordSelfScores {
  type: 'RecordSelfScores';
  data: {
    cycleId: string;
    unitId: string;
    window: SelfAssessmentWindow;
    items: {
      subCriterionCode: string;
      score: number | null;
      figures: SelfFigures | null;
      note: string | null;
      item: ScoringItemRef | undefined;
    }[];
  };
}

export interface RecordAppraisedScores {
  type: 'RecordAppraisedScores';
  data: {
    cycleId: string;
    unitId: string;
    appraiser: AppraiserRef;
    clock: PhaseClock;
    items: { subCriterionCode: string; score: number; reason: string | null; item: ScoringItemRef | undefined }[];
  };
}

/**
 * Pure: the single-item decision applied to each item in turn, each one seeing the state the items before it
 * left. All or nothing: any failing item makes the batch fail with SCORES_INVALID listing every failing item.
 */
export function decideBatch<I extends { subCriterionCode: string }, E extends SelfScoreRecorded | AppraisedScoreRecorded>(
  items: readonly I[],
  state: AssessmentState,
  decideOne: (item: I, state: AssessmentState) => E[],
): E[] {
  checkBatchSize(items);
  const errors: BatchItemError[] = [];
  const events: E[] = [];
  let current = state;
  for (const item of items) {
    try {
      const decided = decideOne(item, current);
      events.push(...decided);
      current = decided.reduce(evolveAssessment, current);
    } catch (e) {
      if (!(e instanceof ParError)) throw e;
      errors.push({ subCriterionCode: item.subCriterionCode, code: e.code, messageVi: e.messageVi, detail: e.detail });
    }
  }
  if (errors.length > 0) throw scoresInvalid(errors);
  return events;
}

function checkBatchSize(items: readonly { subCriterionCode: string }[]): void {
  if (items.length === 0 || items.length > MAX_BATCH_ITEMS) {
    throw new ValidationError({
      code: 'BATCH_SIZE_INVALID',
      messageVi: `Mỗi lần lưu phải có từ 1 đến ${MAX_BATCH_ITEMS} tiêu chí.`,
      detail: `A batch holds 1 to ${MAX_BATCH_ITEMS} items; got ${items.length}`,
    });
  }
  const codes = items.map((i) => i.subCriterionCode);
  const repeated = codes.filter((c, i) => codes.indexOf(c) !== i);
  if (repeated.length > 0) {
    throw new ValidationError({
      code: 'BATCH_DUPLICATE_ITEM',
      messageVi: `Một tiêu chí chỉ được nêu một lần trong mỗi lần lưu: ${[...new Set(repeated)].join(', ')}.`,
      detail: `Sub-criteria repeated in the batch: ${[...new Set(repeated)].join(', ')}`,
    });
  }
}

function scoresInvalid(errors: BatchItemError[]): ValidationError {
  return new ValidationError({
    code: 'SCORES_INVALID',
    messageVi: `Có ${errors.length} tiêu chí không hợp lệ; chưa lưu điểm nào.`,
    detail: `${errors.length} item(s) failed; nothing was written: ${errors.map((e) => `${e.subCriterionCode} ${e.code}`).join('; ')}`,
    meta: { items: errors },
  });
}

export function decideRecordSelfScores(command: RecordSelfScores, state: AssessmentState): SelfScoreRecorded[] {
  const { cycleId, unitId, window, items } = command.data;
  return decideBatch(items, state, (i, s) =>
    decideRecordSelfScore({ type: 'RecordSelfScore', data: { ...i, cycleId, unitId, window } }, s),
  );
}

export function decideRecordAppraisedScores(command: RecordAppraisedScores, state: AssessmentState): AppraisedScoreRecorded[] {
  const { cycleId, unitId, appraiser, clock, items } = command.data;
  return decideBatch(items, state, (i, s) =>
    decideRecordAppraisedScore({ type: 'RecordAppraisedScore', data: { ...i, cycleId, unitId, appraiser, clock } }, s),
  );
}
