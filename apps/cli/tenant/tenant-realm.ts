/**
 * The realm of a province provisioned by `par tenant create` (pure: no I/O, no clock): the platform's one realm
 * definition (libs/platform/src/tenants/realm-definition.ts) with no demo users, the province's first administrator
 * (roles dha_admin, auditor, appraiser, like the demo `admin`) and the integrator client's secret given by the caller.
 */
import { ParError } from '@par/kernel';
import { realmDefinition, type RealmDefinition } from '@par/platform';

/** A province code: lowercase ASCII words joined by single hyphens (`thai-nguyen`), at most 40 characters. */
const CODE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export interface TenantRealmInput {
  code: string;
  name: string;
  admin: { username: string; password: string };
  integratorSecret: string;
}

export function checkProvinceCode(code: string): string {
  if (code.length > 40 || !CODE.test(code))
    throw new ParError({
      code: 'TENANT_CODE_INVALID',
      messageVi: `Mã tỉnh "${code}" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ thai-nguyen), tối đa 40 ký tự.`,
      detail: `province code must match ${CODE.source} and be at most 40 characters`,
    });
  return code;
}

export function tenantRealm(input: TenantRealmInput): RealmDefinition {
  const code = checkProvinceCode(input.code);
  return realmDefinition({
    id: code,
    displayName: `PAR Index – ${input.name}`,
    integratorSecret: input.integratorSecret,
    extraUsers: [
      {
        username: input.admin.username,
        enabled: true,
        // the realm's user profile requires e-mail and names; without them Keycloak refuses the first login
        email: `${input.admin.username}@${code}.par.invalid`,
        emailVerified: true,
        firstName: 'Quản trị',
        lastName: input.name,
        credentials: [{ type: 'password', value: input.admin.password, temporary: false }],
        requiredActions: [],
        realmRoles: ['dha_admin', 'auditor', 'appraiser'],
      },
    ],
  });
}
