import { provinceId } from '@par/kernel';
import { createPgliteDatabase, type Database } from '@par/database';
import { catalogMigrations } from './catalog.migrations';
import { findCycleUnit } from './cycle-unit.lookup';

const SCHEMA = 'lookup_test';
const PROVINCE = provinceId('bac-kan');

describe('findCycleUnit: the one lookup of a unit in a cycle (PGlite)', () => {
  let db: Database;
  const lookup = (cycleId: string, unitId: string, province = PROVINCE) =>
    db.withProvince(province, (tx) => findCycleUnit(tx, SCHEMA, province, cycleId, unitId));

  beforeAll(async () => {
    db = await createPgliteDatabase();
    await db.migrate(SCHEMA, catalogMigrations());
    await db.withProvince(PROVINCE, async (tx) => {
      await tx.query(
        `INSERT INTO ${SCHEMA}.catalog_cycles (province, cycle_id, name, year, unit_type, framework_id, framework_version)
         VALUES ($1, '2025-district', 'Năm 2025 (cấp huyện)', 2025, 'district', 'f', 1)`,
        [PROVINCE],
      );
      await tx.query(
        `INSERT INTO ${SCHEMA}.catalog_units (province, unit_id, name, unit_type, parent_unit_id)
         VALUES ($1, 'u1', 'UBND huyện Ba Bể', 'district', NULL), ($1, 'x1', 'UBND xã Quảng Khê', 'commune', 'u1')`,
        [PROVINCE],
      );
    });
  });
  afterAll(async () => {
    await db.close();
  });

  it('returns the cycle and the unit', async () => {
    const { cycle, unit } = await lookup('2025-district', 'u1');
    expect(cycle).toMatchObject({ cycleId: '2025-district', unitType: 'district', frameworkId: 'f', frameworkVersion: 1 });
    expect(unit).toMatchObject({ unitId: 'u1', name: 'UBND huyện Ba Bể' });
  });

  it('names what is missing or mismatched with a stable code and a Vietnamese message', async () => {
    await expect(lookup('2030', 'u1')).rejects.toMatchObject({ code: 'UNKNOWN_CYCLE', messageVi: 'Không tìm thấy kỳ đánh giá "2030".' });
    await expect(lookup('2025-district', 'nope')).rejects.toMatchObject({
      code: 'UNKNOWN_UNIT',
      messageVi: 'Không tìm thấy đơn vị "nope".',
    });
    await expect(lookup('2025-district', 'x1')).rejects.toMatchObject({
      code: 'UNIT_NOT_IN_CYCLE',
      messageVi: 'Đơn vị "UBND xã Quảng Khê" không thuộc đối tượng của kỳ đánh giá "Năm 2025 (cấp huyện)".',
    });
  });

  it("does not see another province's cycle", async () => {
    await expect(lookup('2025-district', 'u1', provinceId('cao-bang'))).rejects.toMatchObject({ code: 'UNKNOWN_CYCLE' });
  });
});
