import { ValidationError, type RequestContext } from '@par/kernel';
import { assertAllowed, READ_CYCLE_AUDIT, READ_UNIT_RESULTS, READ_USER_HISTORY } from '@par/auth';
import { assessmentStreamId } from '@par/assessments-domain';
import type { HistoryQuery } from '@par/event-store';

/** What part of a cycle's audit trail is asked for: one unit, one criterion (with its sub-criteria), one user. */
export interface AuditScope {
  cycleId: string;
  unitId: string | null;
  /** A criterion code covers its sub-criteria (`1.1` → 1.1, 1.1.1, 1.1.2…). */
  code: string | null;
  actorId: string | null;
}

/**
 * Who may read that scope: one user's changes auditors and the DHA only (READ_USER_HISTORY); one unit its own
 * officers too (READ_UNIT_RESULTS); the whole cycle auditors, appraisers and the DHA (READ_CYCLE_AUDIT).
 */
export function authorizeAuditScope(ctx: RequestContext, s: AuditScope): void {
  if (s.actorId !== null) assertAllowed(ctx, READ_USER_HISTORY);
  else if (s.unitId !== null) assertAllowed(ctx, READ_UNIT_RESULTS, { unitId: s.unitId });
  else assertAllowed(ctx, READ_CYCLE_AUDIT);
}

const bounded = (value: string | null, argument: string, max = 200): string | null => {
  if (value === null) return null;
  if (value.trim() === '' || value.length > max) {
    throw new ValidationError({
      code: 'INVALID_ARGUMENT',
      messageVi: `Giá trị của "${argument}" không hợp lệ (rỗng hoặc dài quá ${max} ký tự).`,
      detail: `${argument} is empty or longer than ${max} characters`,
      meta: { argument },
    });
  }
  return value;
};

/** The event-store filter of a scope; province first (the stream ids carry it, RLS enforces it). */
export function scopeFilter(
  ctx: RequestContext,
  s: AuditScope,
): Pick<HistoryQuery, 'streamId' | 'streamIdPrefix' | 'actorId' | 'dataField'> {
  const code = bounded(s.code, 'code');
  const actorId = bounded(s.actorId, 'actorId');
  return {
    ...(s.unitId !== null
      ? { streamId: assessmentStreamId(ctx.province, s.cycleId, s.unitId) }
      : { streamIdPrefix: `${assessmentStreamId(ctx.province, s.cycleId, '')}` }),
    ...(actorId !== null && { actorId }),
    ...(code !== null && { dataField: { name: 'subCriterionCode', values: [code], prefixes: [`${code}.`] } }),
  };
}
