import { ForbiddenError, type Actor, type RequestContext, type Role } from '@par/kernel';

/**
 * How an actor can be related to a unit. Each relation is written once, in `UNIT_RELATIONS`.
 * - `own-unit`: a unit officer whose token names this unit (`unit_id` claim).
 * Room for `assigned-unit` (an appraiser assigned to the unit) once assignments exist.
 */
export type UnitRelation = 'own-unit';

export const UNIT_RELATIONS: Readonly<Record<UnitRelation, (actor: Actor, unitId: string) => boolean>> = {
  'own-unit': (actor, unitId) => actor.roles.includes('unit_officer') && actor.unitId !== undefined && actor.unitId === unitId,
};

/** Who may do one thing: roles that may do it anywhere in the province, and relations that allow it for one unit. */
export interface Policy {
  /** What is allowed, in English, for the error's detail ("record a self score"). */
  readonly action: string;
  /** Roles allowed for every unit of the session's province. */
  readonly roles: readonly Role[];
  /** Relations to the target unit that also allow it (checked only when a unit is named). */
  readonly unitRelations?: readonly UnitRelation[];
  /** The Vietnamese message of the refusal; the kernel's generic one when absent. */
  readonly messageVi?: string;
}

/** The unit a policy is checked against, when the action targets one unit. */
export interface PolicyTarget {
  readonly unitId: string;
}

/** True when the actor has one of the policy's roles, or one of its relations to the target unit. */
export function isAllowed(actor: Actor, policy: Policy, target?: PolicyTarget): boolean {
  if (policy.roles.some((role) => actor.roles.includes(role))) return true;
  if (!target) return false;
  return (policy.unitRelations ?? []).some((relation) => UNIT_RELATIONS[relation](actor, target.unitId));
}

/** `isAllowed(...) || throw FORBIDDEN`, with the policy's Vietnamese message and an English detail naming who asked. */
export function assertAllowed(ctx: RequestContext, policy: Policy, target?: PolicyTarget): void {
  if (isAllowed(ctx.actor, policy, target)) return;
  const allowed = [...policy.roles.map((r) => `role ${r}`), ...(policy.unitRelations ?? []).map((r) => `relation ${r} to the unit`)].join(
    ' or ',
  );
  const who = `roles [${ctx.actor.roles.join(', ')}]${ctx.actor.unitId ? `, unit ${ctx.actor.unitId}` : ''}`;
  const detail = `To ${policy.action} requires ${allowed}; actor has ${who}${target ? `, target unit ${target.unitId}` : ''}`;
  throw policy.messageVi ? new ForbiddenError(detail, policy.messageVi) : new ForbiddenError(detail);
}

/** The "own unit" relation on its own: a unit officer acting for the unit named in their token. */
export function isOwnUnit(actor: Actor, unitId: string): boolean {
  return UNIT_RELATIONS['own-unit'](actor, unitId);
}
