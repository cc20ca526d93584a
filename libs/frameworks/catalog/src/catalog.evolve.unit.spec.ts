import { describe, expect, it } from '@jest/globals';
import type { FrameworksEventV1 } from '@par/frameworks-contracts';
import { evolveCatalog } from './catalog.evolve';

const cycle: FrameworksEventV1 = {
  type: 'CycleOpened',
  version: 1,
  province: 'tinh-a',
  cycleId: 'c1',
  name: 'Kỳ 2025',
  year: 2025,
  unitType: 'district',
  frameworkId: 'f',
  frameworkVersion: 1,
};
const unit: FrameworksEventV1 = {
  type: 'UnitRegistered',
  version: 1,
  province: 'tinh-a',
  unitId: 'u1',
  name: 'Huyện A',
  unitType: 'district',
  parentUnitId: null,
};

describe('evolveCatalog (pure)', () => {
  it('writes a cycle once: a second opening of the same key changes nothing', () => {
    expect(evolveCatalog({ stored: false }, cycle)).toEqual([
      {
        kind: 'upsert',
        table: 'catalog_cycles',
        row: {
          province: 'tinh-a',
          cycle_id: 'c1',
          name: 'Kỳ 2025',
          year: 2025,
          unit_type: 'district',
          framework_id: 'f',
          framework_version: 1,
        },
      },
    ]);
    expect(evolveCatalog({ stored: true }, cycle)).toEqual([]);
  });

  it('rewrites a unit on every registration (a v1 registration: no code, kind from its level, no dates)', () => {
    const row = {
      province: 'tinh-a',
      unit_id: 'u1',
      name: 'Huyện A',
      unit_type: 'district',
      parent_unit_id: null,
      code: null,
      kind: 'DISTRICT',
      valid_from: null,
      valid_to: null,
    };
    expect(evolveCatalog({ stored: true }, unit)).toEqual([{ kind: 'upsert', table: 'catalog_units', row }]);
  });

  it('stores a v2 registration with its code and dates, and one lineage row per predecessor of a merger', () => {
    const v2 = {
      ...unit,
      version: 2 as const,
      code: '01843',
      kind: 'COMMUNE' as const,
      validFrom: '2025-07-01',
      validTo: null,
      unitType: 'commune',
    };
    expect(evolveCatalog({ stored: false }, v2)[0]).toMatchObject({ row: { code: '01843', kind: 'COMMUNE', valid_from: '2025-07-01' } });
    const decision = { number: '1683/NQ-UBTVQH15', date: null };
    const merged = {
      type: 'UnitsMerged' as const,
      version: 1 as const,
      province: 'tinh-a',
      predecessorIds: ['a', 'b'],
      successorId: 'ab',
      effectiveDate: '2025-07-01',
      decision,
    };
    expect(
      evolveCatalog({ stored: false }, merged).map((c) =>
        c.kind === 'upsert' ? [c.row['predecessor_id'], c.row['successor_id'], c.row['kind']] : null,
      ),
    ).toEqual([
      ['a', 'ab', 'merged'],
      ['b', 'ab', 'merged'],
    ]);
  });

  it('stores a framework version with its definition as JSON values, once', () => {
    const fw: FrameworksEventV1 = {
      type: 'FrameworkPublished',
      version: 1,
      province: 'tinh-a',
      frameworkId: 'f',
      frameworkVersion: 2,
      name: 'Bộ tiêu chí',
      unitType: 'district',
      definition: { id: 'f' },
      components: [{ code: '1', name: 'A', maxPoints: 3 }],
      items: [],
      totalMaxPoints: 3,
    };
    const [change] = evolveCatalog({ stored: false }, fw);
    expect(change).toMatchObject({
      kind: 'upsert',
      table: 'catalog_frameworks',
      row: { framework_version: 2, total_max: 3, definition: { id: 'f' } },
    });
    expect(evolveCatalog({ stored: true }, fw)).toEqual([]);
  });
});
