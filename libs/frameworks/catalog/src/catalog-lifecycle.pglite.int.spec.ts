import { describe, expect, it } from '@jest/globals';
import type { FrameworksEventV1 } from '@par/frameworks-contracts';
import { PgliteProjectionSpec } from '@par/projections/testing';
import { catalogMigrations } from './catalog.migrations';
import { catalogProjection } from './catalog.projection-spec';

const spec = PgliteProjectionSpec.for({ projection: catalogProjection('cat', 'test'), schema: 'cat', migrations: catalogMigrations() });
const published: FrameworksEventV1 = {
  type: 'FrameworkPublished',
  version: 2,
  province: 'tinh-a',
  frameworkId: 'f',
  frameworkVersion: 2,
  name: 'Bộ tiêu chí',
  unitType: 'district',
  definition: { id: 'f' },
  components: [],
  items: [],
  totalMaxPoints: 10,
  decision: { number: '1778/QĐ-UBND', date: '2023-09-29' },
  validFrom: '2023-01-01',
  validTo: '2025-12-31',
  amends: { fromVersion: 1, decision: { number: '1778/QĐ-UBND', date: '2023-09-29' } },
};
const opened: FrameworksEventV1 = {
  type: 'CycleOpened',
  version: 2,
  province: 'tinh-a',
  cycleId: 'c1',
  name: 'Kỳ 2025',
  year: 2025,
  unitType: 'district',
  frameworkId: 'f',
  frameworkVersion: 2,
  referenceDate: '2025-07-01',
};
const ev = (e: FrameworksEventV1): FrameworksEventV1 => e;
const phases = [{ phase: 'SELF_ASSESSMENT' as const, startDate: '2025-10-01', deadline: '2025-10-31' }];

describe('catalog: framework lifecycle columns and cycle phases (PGlite)', () => {
  it('stores the decision, the period and what a version amends', () =>
    spec
      .given()
      .when(published)
      .then(async ({ rows }) => {
        expect(await rows('catalog_frameworks')).toEqual([
          expect.objectContaining({
            decision: published.decision,
            valid_from: '2023-01-01',
            valid_to: '2025-12-31',
            amends: published.amends,
          }),
        ]);
      }));

  it('keeps a cycle’s reference date, phases and current phase', () =>
    spec
      .given(
        opened,
        ev({
          type: 'CyclePhaseAdvanced',
          version: 1,
          province: 'tinh-a',
          cycleId: 'c1',
          from: null,
          to: 'SELF_ASSESSMENT',
          at: '2025-10-02T00:00:00.000Z',
        }),
      )
      .when(ev({ type: 'CyclePhasesSet', version: 1, province: 'tinh-a', cycleId: 'c1', phases }))
      .then(async ({ rows }) => {
        expect(await rows('catalog_cycles')).toEqual([expect.objectContaining({ cycle_id: 'c1', reference_date: '2025-07-01' })]);
        expect(await rows('catalog_cycle_phases')).toEqual([
          { province: 'tinh-a', cycle_id: 'c1', phases, current_phase: 'SELF_ASSESSMENT', phase_changed_at: '2025-10-02T00:00:00.000Z' },
        ]);
      }));
});
