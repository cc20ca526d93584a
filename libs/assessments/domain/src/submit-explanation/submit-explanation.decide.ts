import { ValidationError } from '@par/kernel';
import type { ExplanationSubmitted } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';
import { checkOpenForAppraisal, checkTextLength, MAX_APPRAISAL_EXPLANATION_LENGTH } from '../appraisal/appraisal-gates';
import { checkExplainedNode, type ExplainedNode } from '../appraisal/explained-node';
import { checkPhaseWindow, type PhaseClock } from '../appraisal/phase-window';

/** Most evidence documents one explanation cites. */
export const MAX_EXPLANATION_EVIDENCE = 20;
const SHA256 = /^[0-9a-f]{64}$/;

export interface SubmitExplanation {
  type: 'SubmitExplanation';
  data: {
    cycleId: string;
    unitId: string;
    code: string;
    text: string;
    evidenceSha256s: readonly string[];
    /** Resolved by the handler from the pinned framework; undefined when the code is not in it. */
    node: ExplainedNode | undefined;
    clock: PhaseClock;
  };
}

const fail = (code: string, messageVi: string, detail: string, meta?: Record<string, unknown>) =>
  new ValidationError({ code, messageVi, detail, ...(meta && { meta }) });

function checkEvidence(hashes: readonly string[]): string[] {
  if (hashes.length > MAX_EXPLANATION_EVIDENCE) {
    throw fail(
      'TOO_MANY_EVIDENCE',
      `Một giải trình chỉ kèm tối đa ${MAX_EXPLANATION_EVIDENCE} tài liệu kiểm chứng (đã gửi ${hashes.length}).`,
      `At most ${MAX_EXPLANATION_EVIDENCE} evidence hashes per explanation; got ${hashes.length}`,
    );
  }
  const bad = hashes.findIndex((h) => !SHA256.test(h));
  if (bad >= 0) {
    throw fail(
      'EVIDENCE_HASH_INVALID',
      `Mã tài liệu kiểm chứng thứ ${bad + 1} không hợp lệ (SHA-256: 64 ký tự 0-9, a-f).`,
      `Evidence hash #${bad + 1} is not a lowercase hex SHA-256`,
      { index: bad },
    );
  }
  return [...new Set(hashes)];
}

/**
 * The unit answers the preliminary result on one criterion (or sub-criterion): text and new evidence, during the
 * EXPLANATION phase's dates, once some item under the node has an appraised score and before the appraisal is
 * finalized. Every answer is kept; the thread is open until the appraiser decides on it.
 */
export function decideSubmitExplanation(command: SubmitExplanation, state: AssessmentState): ExplanationSubmitted[] {
  const { cycleId, unitId, code, clock } = command.data;
  const node = checkExplainedNode(command.data.node, code);
  checkOpenForAppraisal(state, unitId);
  checkPhaseWindow(clock, 'EXPLANATION');
  if (!node.items.some((i) => (state.scores[i.code]?.appraised ?? null) !== null)) {
    throw fail(
      'NOTHING_TO_EXPLAIN',
      `Tiêu chí "${code}" chưa có kết quả thẩm định sơ bộ nên chưa thể giải trình.`,
      `No item under ${code} has an appraised score yet`,
      { code },
    );
  }
  const text = command.data.text?.trim() ?? '';
  if (!text) throw fail('EXPLANATION_TEXT_REQUIRED', 'Phải ghi nội dung giải trình.', 'An explanation needs a non-empty text');
  checkTextLength(text, MAX_APPRAISAL_EXPLANATION_LENGTH, { vi: 'Nội dung giải trình', en: 'The explanation text' });
  const evidenceSha256s = checkEvidence(command.data.evidenceSha256s ?? []);
  return [{ type: 'ExplanationSubmitted', data: { cycleId, unitId, code: node.code, text, evidenceSha256s, submittedAt: clock.now } }];
}
