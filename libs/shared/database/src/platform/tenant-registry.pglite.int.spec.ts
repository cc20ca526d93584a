import { provinceId } from '@par/kernel';
import { createPgliteDatabase, listTenants, migrateTenantRegistry, readTenantIssuers, saveTenant, type Database } from '../index';

/** The platform registry of provinces on PGlite: migration passes the province-data guard, upserts, role rights. */
describe('platform.tenants (PGlite)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createPgliteDatabase();
    await migrateTenantRegistry(db);
    await migrateTenantRegistry(db); // idempotent
  });
  afterAll(async () => {
    await db.close();
  });
  const change = (status: 'active' | 'disabled', reason: string | null = null) => ({
    code: 'ha-giang',
    displayName: 'Hà Giang',
    issuer: 'http://kc/realms/par-ha-giang',
    status,
    changedBy: 'ops (Keycloak admin)',
    reason,
  });

  it('registers a province, keeps changed_at when nothing changes and moves it on a status change', async () => {
    const first = await saveTenant(db, change('active'));
    expect(first).toMatchObject({ code: 'ha-giang', displayName: 'Hà Giang', status: 'active', reason: null });
    const same = await saveTenant(db, change('active'));
    expect(same.changedAt).toEqual(first.changedAt);
    const disabled = await saveTenant(db, change('disabled', 'Sáp nhập'));
    expect(disabled).toMatchObject({ status: 'disabled', reason: 'Sáp nhập' });
    expect(await listTenants(db)).toHaveLength(1);
    expect(await readTenantIssuers(db)).toEqual([{ code: 'ha-giang', issuer: 'http://kc/realms/par-ha-giang', status: 'disabled' }]);
  });

  it('refuses a status outside active/disabled and a second province with the same issuer', async () => {
    await expect(saveTenant(db, { ...change('active'), status: 'deleted' as never })).rejects.toThrow(/check/i);
    await expect(saveTenant(db, { ...change('active'), code: 'other' })).rejects.toThrow(/unique|duplicate/i);
  });

  it('the application role may read the registry but never write it', async () => {
    const asApp = <T>(fn: Parameters<Database['withProvince']>[1]) => db.withProvince(provinceId('bac-kan'), fn) as Promise<T>;
    const { rows } = await asApp<{ rows: unknown[] }>((tx) => tx.query('SELECT code FROM platform.tenants'));
    expect(rows).toHaveLength(1);
    await expect(asApp((tx) => tx.query(`UPDATE platform.tenants SET status = 'active'`))).rejects.toThrow(/permission denied/);
    await expect(
      asApp((tx) =>
        tx.query(`INSERT INTO platform.tenants (code, display_name, issuer, status, changed_by) VALUES ('x', 'x', 'x', 'active', 'x')`),
      ),
    ).rejects.toThrow(/permission denied/);
  });
});
