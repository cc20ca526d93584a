import type { Role } from '@par/kernel';

export interface DemoUser {
  readonly username: string;
  readonly name: string;
  readonly roles: readonly Role[];
  /** unit_id for unit officers, per province */
  readonly unitId?: (province: string) => string;
}

/** The same users the Keycloak realms in infra/local/keycloak/realms define (password: demo-password). */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'officer.u1', name: 'Nguyễn Văn An', roles: ['unit_officer'], unitId: (p) => (p === 'bac-kan' ? 'u1' : 'cb-u1') },
  { username: 'officer.u2', name: 'Trần Thị Bình', roles: ['unit_officer'], unitId: (p) => (p === 'bac-kan' ? 'u2' : 'cb-u2') },
  { username: 'appraiser', name: 'Lê Văn Cường', roles: ['appraiser'] },
  { username: 'auditor', name: 'Phạm Thị Dung', roles: ['auditor'] },
  { username: 'integrator', name: 'Hoàng Văn Em', roles: ['integrator'] },
  { username: 'admin', name: 'Vũ Thị Giang', roles: ['dha_admin', 'auditor', 'appraiser'] },
];
export const DEMO_PASSWORD = 'demo-password';
