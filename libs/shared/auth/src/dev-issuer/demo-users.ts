import type { Role } from '@par/kernel';

export interface DemoUser {
  readonly username: string;
  readonly name: string;
  readonly roles: readonly Role[];
  /** unit_id for unit officers, per province */
  readonly unitId?: (province: string) => string;
}

/** The unit of each demo officer per province (the same as infra/local/keycloak/generate-realms.mjs). */
const OFFICER_UNITS: Record<string, readonly [string, string]> = {
  'bac-kan': ['u1', 'u2'],
  'cao-bang': ['cb-u1', 'cb-u2'],
  'thai-nguyen': ['phuong-bac-kan', 'phuong-duc-xuan'],
};
const officerUnit = (p: string, i: 0 | 1) => OFFICER_UNITS[p]?.[i] ?? `${p}-u${i + 1}`;

/** The same users the Keycloak realms in infra/local/keycloak/realms define (password: demo-password). */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'officer.u1', name: 'Nguyễn Văn An', roles: ['unit_officer'], unitId: (p) => officerUnit(p, 0) },
  { username: 'officer.u2', name: 'Trần Thị Bình', roles: ['unit_officer'], unitId: (p) => officerUnit(p, 1) },
  { username: 'appraiser', name: 'Lê Văn Cường', roles: ['appraiser'] },
  { username: 'auditor', name: 'Phạm Thị Dung', roles: ['auditor'] },
  { username: 'integrator', name: 'Hoàng Văn Em', roles: ['integrator'] },
  { username: 'survey.operator', name: 'Đỗ Thị Hoa', roles: ['survey_operator'] },
  { username: 'ministry', name: 'Đỗ Văn Khải', roles: ['ministry'] },
  { username: 'admin', name: 'Vũ Thị Giang', roles: ['dha_admin', 'auditor', 'appraiser'] },
];
export const DEMO_PASSWORD = 'demo-password';

/** A confidential client with a service account (client credentials grant), as in the Keycloak realms. */
export interface DemoClient {
  readonly clientId: string;
  readonly secret: string;
  /** The service account's user, whose roles the token carries. */
  readonly serviceAccount: DemoUser;
}

/** `par-integrator` (secret `par-integrator-secret`), role `integrator` (infra/local/keycloak/generate-realms.mjs). */
export const DEMO_CLIENTS: readonly DemoClient[] = [
  {
    clientId: 'par-integrator',
    secret: 'par-integrator-secret',
    serviceAccount: { username: 'service-account-par-integrator', name: 'par-integrator', roles: ['integrator'] },
  },
];
