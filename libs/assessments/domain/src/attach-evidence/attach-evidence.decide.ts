import { ValidationError } from '@par/kernel';
import type { EvidenceAttached, EvidenceRef } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';
import { checkItem, type ScoringItemRef } from '../assessment/scoring-item';
import { assertSelfAssessmentOpen, type SelfAssessmentWindow } from '../self-assessment-window/self-assessment-window';

/** Documents one item may carry (each a separate event; bounded so a stream stays readable). */
export const MAX_EVIDENCE_PER_ITEM = 20;

export interface AttachEvidence {
  type: 'AttachEvidence';
  data: {
    cycleId: string;
    unitId: string;
    subCriterionCode: string;
    /** The stored document: hash and size of its bytes, media type detected from its content, file name. */
    evidence: EvidenceRef;
    item: ScoringItemRef | undefined;
    window: SelfAssessmentWindow;
  };
}

/** The unit attaches a document to a self-assessed item; the same document twice records nothing. */
export function decideAttachEvidence(command: AttachEvidence, state: AssessmentState): EvidenceAttached[] {
  const { cycleId, unitId, subCriterionCode, evidence, item, window } = command.data;
  assertSelfAssessmentOpen(state, window);
  checkItem(item, subCriterionCode, 'unit');
  const attached = state.evidence?.[subCriterionCode] ?? [];
  if (attached.some((e) => e.sha256 === evidence.sha256)) return [];
  if (attached.length >= MAX_EVIDENCE_PER_ITEM) {
    throw new ValidationError({
      code: 'EVIDENCE_LIMIT',
      messageVi: `Mỗi tiêu chí chỉ được đính kèm tối đa ${MAX_EVIDENCE_PER_ITEM} tài liệu kiểm chứng (tiêu chí ${subCriterionCode}).`,
      detail: `${subCriterionCode} already has ${attached.length} evidence documents (max ${MAX_EVIDENCE_PER_ITEM})`,
      meta: { subCriterionCode },
    });
  }
  return [{ type: 'EvidenceAttached', data: { cycleId, unitId, subCriterionCode, ...evidence } }];
}
