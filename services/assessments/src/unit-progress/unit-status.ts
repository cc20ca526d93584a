import { isAppraisedByHand, type ScoringItemRef } from '@par/assessments-domain';
import type { UnitProgress } from './unit-progress.evolve';

/** Where a unit stands in the cycle, as the cycle dashboard groups units. */
export const UNIT_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'APPRAISED', 'EXPLAINING', 'FINAL'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** Pure: final, else explaining (an explanation awaits a decision), else appraised (some item), submitted, in progress, not started. */
export function unitStatus(p: UnitProgress | undefined): UnitStatus {
  if (!p) return 'NOT_STARTED';
  if (p.finalizedAt) return 'FINAL';
  if (p.openExplanations.length > 0) return 'EXPLAINING';
  if (p.appraisedCodes.length > 0) return 'APPRAISED';
  if (p.submittedAt) return 'SUBMITTED';
  return p.selfCodes.length > 0 || p.notApplicableCodes.length > 0 ? 'IN_PROGRESS' : 'NOT_STARTED';
}

/** One unit's counts: items appraised by hand (not-applicable ones aside) and how many have an appraised score. */
export interface UnitCounts {
  readonly status: UnitStatus;
  readonly itemsTotal: number;
  readonly itemsSelfScored: number;
  readonly itemsAppraised: number;
  readonly openExplanations: number;
  readonly submittedAt: string | null;
  readonly finalizedAt: string | null;
}

/** Pure: the unit's status and counts against the pinned framework's items. */
export function unitCounts(items: readonly ScoringItemRef[], p: UnitProgress | undefined): UnitCounts {
  const na = new Set(p?.notApplicableCodes ?? []);
  const appraisable = items.filter((i) => isAppraisedByHand(i.method) && !na.has(i.code)).map((i) => i.code);
  const count = (codes: readonly string[] | undefined) => appraisable.filter((c) => codes?.includes(c)).length;
  return {
    status: unitStatus(p),
    itemsTotal: appraisable.length,
    itemsSelfScored: count(p?.selfCodes),
    itemsAppraised: count(p?.appraisedCodes),
    openExplanations: p?.openExplanations.length ?? 0,
    submittedAt: p?.submittedAt ?? null,
    finalizedAt: p?.finalizedAt ?? null,
  };
}
