import { describe, expect, it } from '@jest/globals';
import { tenantRegistrySettings } from './tenant-registry';

describe('stack gateway: tenant registry settings', () => {
  it('is on with a 5 s TTL by default', () => {
    expect(tenantRegistrySettings({})).toEqual({ enabled: true, ttlMs: 5_000 });
  });
  it('reads PAR_TENANT_REGISTRY and PAR_TENANT_REGISTRY_TTL_MS', () => {
    expect(tenantRegistrySettings({ PAR_TENANT_REGISTRY: 'off', PAR_TENANT_REGISTRY_TTL_MS: '250' })).toEqual({
      enabled: false,
      ttlMs: 250,
    });
  });
  it('refuses a flag other than on/off and a TTL out of range or not a number', () => {
    expect(() => tenantRegistrySettings({ PAR_TENANT_REGISTRY: 'yes' })).toThrow(/on or off/);
    for (const ttl of ['0', '99', '600001', '5s', '1.5']) {
      expect(() => tenantRegistrySettings({ PAR_TENANT_REGISTRY_TTL_MS: ttl })).toThrow(/PAR_TENANT_REGISTRY_TTL_MS/);
    }
  });
});
