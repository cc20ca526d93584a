import { ParError } from '../errors/par-error';

/**
 * Roles a Keycloak realm grants; one realm per province. `ministry`: the Ministry of Home Affairs reading a
 * province's published (official) results only.
 */
export const ROLES = ['unit_officer', 'appraiser', 'auditor', 'integrator', 'dha_admin', 'survey_operator', 'ministry'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  /** Subject of the verified token. */
  readonly id: string;
  readonly name?: string;
  readonly roles: readonly Role[];
  /** For unit officers: the unit they act for. */
  readonly unitId?: string;
}

/**
 * Who acts, for which province, in which flow. Built once from the verified token at the gateway,
 * carried to subgraphs in a signed internal token, and stamped on every command and event.
 */
export interface RequestContext {
  readonly province: ProvinceId;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId?: string;
}

export type ProvinceId = string & { readonly __brand: 'ProvinceId' };

const PROVINCE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

/** There is never a default province: a missing or malformed one is an error. */
export function provinceId(value: unknown): ProvinceId {
  if (typeof value !== 'string' || !PROVINCE_PATTERN.test(value)) {
    throw new ParError({
      code: 'PROVINCE_MISSING',
      messageVi: 'Không xác định được tỉnh/thành phố của phiên làm việc.',
      detail: `Province must match ${PROVINCE_PATTERN.source}; got ${JSON.stringify(value)}`,
    });
  }
  return value as ProvinceId;
}

export function hasRole(ctx: RequestContext, ...roles: Role[]): boolean {
  return roles.some((r) => ctx.actor.roles.includes(r));
}
