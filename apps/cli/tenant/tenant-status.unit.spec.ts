import { describe, expect, it } from '@jest/globals';
import type { TenantRecord } from '@par/database';
import { compareTenants, provinceNameOf } from './tenant-status';

const realm = (code: string, enabled: boolean) => ({ code, realm: `par-${code}`, name: `PAR Index – Tỉnh ${code}`, enabled });
const record = (code: string, status: TenantRecord['status']): TenantRecord => ({
  code,
  displayName: `Tỉnh ${code}`,
  issuer: `http://kc/realms/par-${code}`,
  status,
  changedAt: new Date('2026-01-02T03:04:05Z'),
  changedBy: 'ops',
  reason: null,
});

describe('par tenant list: Keycloak beside the registry', () => {
  it('agrees when the realm is on and the tenant active, or off and disabled', () => {
    const rows = compareTenants([realm('a', true), realm('b', false)], [record('a', 'active'), record('b', 'disabled')]);
    expect(rows.map((r) => [r.code, r.realm, r.registry, r.agreement, r.note])).toEqual([
      ['a', 'enabled', 'active', 'ok', ''],
      ['b', 'disabled', 'disabled', 'ok', ''],
    ]);
  });

  it('flags a realm that is on while the gateway refuses the province, and the reverse', () => {
    const rows = compareTenants([realm('a', true), realm('b', false)], [record('a', 'disabled'), record('b', 'active')]);
    expect(rows.map((r) => r.agreement)).toEqual(['mismatch', 'mismatch']);
    expect(rows[1]!.note).toContain('cổng API vẫn nhận token');
    expect(rows[1]!.note).toContain('par tenant disable --code b');
  });

  it('flags a registered tenant whose realm is gone, and notes a realm not registered yet', () => {
    const rows = compareTenants([realm('demo', true)], [record('gone', 'active')]);
    expect(rows.map((r) => [r.code, r.realm, r.registry, r.agreement])).toEqual([
      ['demo', 'enabled', 'missing', 'unregistered'],
      ['gone', 'missing', 'active', 'mismatch'],
    ]);
    expect(rows[0]!.note).toContain('par tenant enable --code demo');
    expect(rows[0]!.name).toBe('Tỉnh demo');
  });

  it('keeps the province name without the realm prefix', () => {
    expect(provinceNameOf('PAR Index – Hà Giang')).toBe('Hà Giang');
    expect(provinceNameOf('par-x')).toBe('par-x');
  });
});
