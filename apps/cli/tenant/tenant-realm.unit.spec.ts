import { ParError } from '@par/kernel';
import { checkProvinceCode, tenantRealm } from './tenant-realm';

const input = {
  code: 'ha-giang',
  name: 'Hà Giang',
  admin: { username: 'admin', password: 's3cret-pass' },
  integratorSecret: 'generated-secret',
};

describe('tenant realm', () => {
  it('given a province code and name, when the realm is built, then it is par-<code> with the platform clients, roles and province claim', () => {
    const realm = tenantRealm(input);
    expect(realm.realm).toBe('par-ha-giang');
    expect(realm.displayName).toBe('PAR Index – Hà Giang');
    expect(realm.attributes).toEqual({ 'par.province': 'ha-giang' });
    expect(realm.clients.map((c) => c.clientId)).toEqual(['par-cli', 'par-console', 'par-integrator']);
    expect(realm.roles.realm.map((r) => r.name)).toContain('dha_admin');
    for (const client of realm.clients) {
      const province = client.protocolMappers.find((m) => m.name === 'province');
      expect(province?.config['claim.value']).toBe('ha-giang');
      const audience = client.protocolMappers.find((m) => m.protocolMapper === 'oidc-audience-mapper');
      expect(audience?.config['included.custom.audience']).toBe('par-api');
    }
    expect(realm.clients.find((c) => c.clientId === 'par-integrator')?.secret).toBe('generated-secret');
  });

  it('given an administrator, when the realm is built, then it holds only that user and the integrator service account', () => {
    const realm = tenantRealm(input);
    expect(realm.users.map((u) => u.username)).toEqual(['admin', 'service-account-par-integrator']);
    expect(realm.users[0]?.realmRoles).toEqual(['dha_admin', 'auditor', 'appraiser']);
    expect(realm.users[0]?.credentials).toEqual([{ type: 'password', value: 's3cret-pass', temporary: false }]);
  });

  it.each(['Ha-Giang', 'hà-giang', 'ha--giang', '-ha', 'ha giang', 'x'.repeat(41)])(
    'given the code %p, when it is checked, then TENANT_CODE_INVALID in Vietnamese',
    (code) => {
      let error: unknown;
      try {
        checkProvinceCode(code);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ParError);
      expect((error as ParError).code).toBe('TENANT_CODE_INVALID');
      expect((error as ParError).messageVi).toContain('Mã tỉnh');
    },
  );
});
