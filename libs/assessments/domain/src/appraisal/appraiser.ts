import { ValidationError } from '@par/kernel';

/**
 * What an appraisal decision needs to know of the appraiser, resolved by the handler: their id (the token's
 * subject), whether the unit's assignment names them, and whether they self-scored any item of the unit.
 */
export interface AppraiserRef {
  readonly id: string;
  readonly assigned: boolean;
  readonly selfScoredUnit: boolean;
}

/** Pure: NOT_ASSIGNED unless the unit's assignment names the appraiser; SEPARATION_OF_DUTIES for a self-scorer. */
export function checkAppraiser(appraiser: AppraiserRef, unitId: string): void {
  if (!appraiser.assigned) {
    throw new ValidationError({
      code: 'NOT_ASSIGNED',
      messageVi: `Bạn chưa được phân công thẩm định đơn vị "${unitId}".`,
      detail: `Appraiser ${appraiser.id} is not assigned to unit ${unitId} in this cycle`,
      meta: { unitId, appraiserId: appraiser.id },
    });
  }
  if (appraiser.selfScoredUnit) {
    throw new ValidationError({
      code: 'SEPARATION_OF_DUTIES',
      messageVi: `Bạn đã tự chấm điểm cho đơn vị "${unitId}" nên không được thẩm định đơn vị này.`,
      detail: `Actor ${appraiser.id} recorded a self score of unit ${unitId} and may not appraise it`,
      meta: { unitId, appraiserId: appraiser.id },
    });
  }
}
