import { describe, expect, it } from '@jest/globals';
import type { FrameworksEventV1 } from '@par/frameworks-contracts';
import { PgliteProjectionSpec } from '@par/projections/testing';
import { catalogMigrations } from './catalog.migrations';
import { catalogProjection } from './catalog.projection-spec';

const spec = PgliteProjectionSpec.for({ projection: catalogProjection('cat', 'test'), schema: 'cat', migrations: catalogMigrations() });
const opened = (name: string): FrameworksEventV1 => ({
  type: 'CycleOpened',
  version: 1,
  province: 'tinh-a',
  cycleId: 'c1',
  name,
  year: 2025,
  unitType: 'district',
  frameworkId: 'f',
  frameworkVersion: 1,
});
const registered = (province: string, name: string): FrameworksEventV1 => ({
  type: 'UnitRegistered',
  version: 1,
  province,
  unitId: 'u1',
  name,
  unitType: 'district',
  parentUnitId: null,
});

describe('catalog projection (PGlite, given/when/then)', () => {
  it('keeps the first opening of a cycle', () =>
    spec
      .given(opened('Kỳ 2025'))
      .when(opened('Tên khác'))
      .then(async ({ rows }) => {
        expect(await rows('catalog_cycles')).toEqual([
          {
            province: 'tinh-a',
            cycle_id: 'c1',
            name: 'Kỳ 2025',
            year: 2025,
            unit_type: 'district',
            framework_id: 'f',
            framework_version: 1,
            reference_date: null,
          },
        ]);
      }));

  it('renames a unit on re-registration, per province', () =>
    spec
      .given(registered('tinh-a', 'Huyện A'), registered('tinh-b', 'Huyện B'))
      .when(registered('tinh-a', 'Thị xã A'))
      .then(async ({ rows }) => {
        expect((await rows<{ province: string; name: string }>('catalog_units', 'province')).map((r) => `${r.province}:${r.name}`)).toEqual(
          ['tinh-a:Thị xã A', 'tinh-b:Huyện B'],
        );
      }));
});
