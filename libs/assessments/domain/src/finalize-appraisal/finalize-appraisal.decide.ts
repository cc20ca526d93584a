import { ValidationError } from '@par/kernel';
import type { AppraisalFinalized } from '../assessment/assessment.events';
import type { AssessmentState } from '../assessment/assessment.state';
import { checkOpenForAppraisal } from '../appraisal/appraisal-gates';
import { openExplanationCodes } from '../appraisal/appraisal-round.state';
import { checkAppraiser, type AppraiserRef } from '../appraisal/appraiser';
import { checkPhaseWindow, type PhaseClock } from '../appraisal/phase-window';

export interface FinalizeAppraisal {
  type: 'FinalizeAppraisal';
  data: {
    cycleId: string;
    unitId: string;
    /** Codes of the pinned framework's items appraised by hand (the handler resolves them). */
    appraisableCodes: readonly string[];
    appraiser: AppraiserRef;
    clock: PhaseClock;
  };
}

/** Pure: the appraisable items of the unit without an appraised score (not-applicable ones excluded), in order. */
export function missingAppraisals(state: AssessmentState, appraisableCodes: readonly string[]): string[] {
  return appraisableCodes.filter((c) => state.notApplicable?.[c] === undefined && (state.scores[c]?.appraised ?? null) === null);
}

const list = (codes: readonly string[]) => (codes.length > 10 ? `${codes.slice(0, 10).join(', ')}… (${codes.length})` : codes.join(', '));

/**
 * The assigned appraiser closes the unit's appraisal: every item appraised by hand has an appraised score
 * (APPRAISAL_INCOMPLETE lists the missing ones), no explanation awaits a decision (EXPLANATION_OPEN), not after the
 * FINAL_APPRAISAL phase's deadline. Appraisal is then locked until the DHA reopens it.
 */
export function decideFinalizeAppraisal(command: FinalizeAppraisal, state: AssessmentState): AppraisalFinalized[] {
  const { cycleId, unitId, clock } = command.data;
  checkAppraiser(command.data.appraiser, unitId);
  checkOpenForAppraisal(state, unitId);
  checkPhaseWindow(clock, 'FINAL_APPRAISAL', { deadlineOnly: true });
  const missing = missingAppraisals(state, command.data.appraisableCodes);
  if (missing.length > 0) {
    throw new ValidationError({
      code: 'APPRAISAL_INCOMPLETE',
      messageVi: `Còn ${missing.length} tiêu chí chưa thẩm định: ${list(missing)}.`,
      detail: `Items without an appraised score: ${missing.join(', ')}`,
      meta: { missing },
    });
  }
  const open = openExplanationCodes(state);
  if (open.length > 0) {
    throw new ValidationError({
      code: 'EXPLANATION_OPEN',
      messageVi: `Còn giải trình chưa được quyết định ở tiêu chí: ${list(open)}.`,
      detail: `Explanations awaiting a decision: ${open.join(', ')}`,
      meta: { open },
    });
  }
  return [{ type: 'AppraisalFinalized', data: { cycleId, unitId, finalizedAt: clock.now } }];
}
