import { ValidationError } from '@par/kernel';
import type { AppraisedScoreRecorded, ExplanationDecided } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';
import { checkScore } from '../assessment/scoring-item';
import { checkOpenForAppraisal, checkTextLength, MAX_REASON_LENGTH, requireReason } from '../appraisal/appraisal-gates';
import { checkAppraiser, type AppraiserRef } from '../appraisal/appraiser';
import { checkExplainedNode, type ExplainedNode } from '../appraisal/explained-node';
import { checkPhaseWindow, type PhaseClock } from '../appraisal/phase-window';

export interface DecideExplanation {
  type: 'DecideExplanation';
  data: {
    cycleId: string;
    unitId: string;
    code: string;
    outcome: 'kept' | 'changed';
    /** The new appraised score (changed only). */
    score: number | null;
    /** Which sub-criterion the new score is for; may be left out when the node has one item scored by hand. */
    subCriterionCode: string | null;
    reason: string;
    node: ExplainedNode | undefined;
    appraiser: AppraiserRef;
    clock: PhaseClock;
  };
}

const fail = (code: string, messageVi: string, detail: string) => new ValidationError({ code, messageVi, detail });

function changedItem(command: DecideExplanation, node: ExplainedNode) {
  const { score, subCriterionCode } = command.data;
  if (score === null || score === undefined) {
    throw fail('SCORE_REQUIRED', 'Khi điều chỉnh kết quả phải nhập điểm thẩm định mới.', 'Outcome CHANGED needs the new score');
  }
  const target = subCriterionCode ?? (node.items.length === 1 ? node.items[0]!.code : null);
  if (target === null) {
    throw fail(
      'SUB_CRITERION_REQUIRED',
      `Tiêu chí "${node.code}" có nhiều tiêu chí thành phần; phải chọn tiêu chí thành phần được điều chỉnh điểm.`,
      `Node ${node.code} has ${node.items.length} items scored by hand; subCriterionCode is required`,
    );
  }
  const item = checkScore(
    node.items.find((i) => i.code === target),
    target,
    score,
    'appraisal',
  );
  return { item, score };
}

/**
 * The assigned appraiser decides again on the open explanation of a node, with a reason: kept, or changed with a
 * new score for one of its sub-criteria (recorded as `AppraisedScoreRecorded` too, so totals follow). Refused
 * after the FINAL_APPRAISAL phase's deadline (allowed before that phase starts, e.g. during EXPLANATION) and once the appraisal is finalized.
 */
export function decideDecideExplanation(
  command: DecideExplanation,
  state: AssessmentState,
): (ExplanationDecided | AppraisedScoreRecorded)[] {
  const { cycleId, unitId, code, outcome, clock } = command.data;
  checkAppraiser(command.data.appraiser, unitId);
  const node = checkExplainedNode(command.data.node, code);
  checkOpenForAppraisal(state, unitId);
  checkPhaseWindow(clock, 'FINAL_APPRAISAL', { deadlineOnly: true });
  if (!state.explanationThreads?.[node.code]?.open) {
    throw fail(
      'NO_OPEN_EXPLANATION',
      `Tiêu chí "${node.code}" không có giải trình nào đang chờ quyết định.`,
      `No open explanation on ${node.code} for unit ${unitId}`,
    );
  }
  const reason = requireReason(
    command.data.reason,
    'Phải ghi rõ lý do khi quyết định về giải trình.',
    'A decision on an explanation needs a reason',
  );
  checkTextLength(reason, MAX_REASON_LENGTH, { vi: 'Lý do', en: 'The reason' });
  const decided = { cycleId, unitId, code: node.code, reason, decidedAt: clock.now };
  if (outcome === 'kept') {
    if (command.data.score !== null && command.data.score !== undefined) {
      throw fail('SCORE_NOT_EXPECTED', 'Giữ nguyên kết quả thì không nhập điểm mới.', 'Outcome KEPT takes no score');
    }
    return [{ type: 'ExplanationDecided', data: { ...decided, outcome, subCriterionCode: null, score: null, previousScore: null } }];
  }
  const { item, score } = changedItem(command, node);
  const current = state.scores[item.code];
  const previousScore = current?.appraised ?? null;
  if (previousScore === score) {
    throw fail(
      'SCORE_UNCHANGED',
      `Điểm ${item.code} đã là điểm thẩm định hiện tại; nếu không đổi, chọn giữ nguyên kết quả.`,
      `Outcome CHANGED with the current appraised score ${score} of ${item.code}; use KEPT`,
    );
  }
  return [
    { type: 'ExplanationDecided', data: { ...decided, outcome, subCriterionCode: item.code, score, previousScore } },
    {
      type: 'AppraisedScoreRecorded',
      data: { cycleId, unitId, subCriterionCode: item.code, score, previousScore, selfScore: current?.self ?? null, reason },
    },
  ];
}
