import { ValidationError } from '@par/kernel';
import type { EvidenceDetached } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';
import { assertSelfAssessmentOpen, type SelfAssessmentWindow } from '../self-assessment-window/self-assessment-window';

export interface DetachEvidence {
  type: 'DetachEvidence';
  data: { cycleId: string; unitId: string; subCriterionCode: string; sha256: string; window: SelfAssessmentWindow };
}

/** The unit removes a document from an item (the stored bytes stay: other items or the history may cite them). */
export function decideDetachEvidence(command: DetachEvidence, state: AssessmentState): EvidenceDetached[] {
  const { cycleId, unitId, subCriterionCode, sha256, window } = command.data;
  assertSelfAssessmentOpen(state, window);
  if (!(state.evidence?.[subCriterionCode] ?? []).some((e) => e.sha256 === sha256)) {
    throw new ValidationError({
      code: 'UNKNOWN_EVIDENCE',
      messageVi: `Tiêu chí ${subCriterionCode} không có tài liệu kiểm chứng này.`,
      detail: `No evidence ${sha256} is attached to ${subCriterionCode}`,
      meta: { subCriterionCode, sha256 },
    });
  }
  return [{ type: 'EvidenceDetached', data: { cycleId, unitId, subCriterionCode, sha256 } }];
}
