import { describe, expect, it } from '@jest/globals';
import type { ScoreRecordedV1 } from '@par/assessments-contracts';
import type { FrameworksEventV1 } from '@par/frameworks-contracts';
import { catalogMigrations } from '@par/frameworks-catalog';
import { PgliteProjectionSpec } from '@par/projections/testing';
import { rankingMigrations } from '../ranking.migrations';
import { rankingProjections } from '../ranking.projections';
import { crossUnitFramework } from './testing/cross-unit-framework';

const P = 'tinh-a';
function published(unitType: 'district' | 'commune'): FrameworksEventV1 {
  const definition = crossUnitFramework(unitType, P);
  return {
    type: 'FrameworkPublished',
    version: 1,
    province: P,
    frameworkId: unitType,
    frameworkVersion: 1,
    name: unitType,
    unitType,
    definition,
    components: [{ code: '1', name: 'Công tác chỉ đạo', maxPoints: 10 }],
    items: [],
    totalMaxPoints: 10,
  };
}
const opened = (unitType: string): FrameworksEventV1 => ({
  type: 'CycleOpened',
  version: 1,
  province: P,
  cycleId: `2025-${unitType}`,
  name: unitType,
  year: 2025,
  unitType,
  frameworkId: unitType,
  frameworkVersion: 1,
});
const unit = (unitId: string, unitType: string, parentUnitId: string | null): FrameworksEventV1 => ({
  type: 'UnitRegistered',
  version: 1,
  province: P,
  unitId,
  name: unitId,
  unitType,
  parentUnitId,
});
const score = (cycleId: string, unitId: string, value: number, eventId: string): ScoreRecordedV1 => ({
  type: 'ScoreRecorded',
  version: 1,
  eventId,
  province: P,
  cycleId,
  unitId,
  subCriterionCode: '1.1',
  kind: 'appraised',
  score: value,
  previousScore: null,
  reason: 'thẩm định',
  actor: { id: 'a', name: null, roles: [] },
  occurredAt: '2025-01-01T00:00:00.000Z',
  streamVersion: 1,
});

const [catalog, scores] = rankingProjections as [(typeof rankingProjections)[0], (typeof rankingProjections)[0]];
const both = {
  name: 'ranking.both',
  topics: ['par.test.v1'],
  handle: (tx: Parameters<typeof catalog.handle>[0], m: Parameters<typeof catalog.handle>[1]) =>
    ((m.value as { type: string }).type === 'ScoreRecorded' ? scores : catalog).handle(tx, m),
};
const spec = PgliteProjectionSpec.for({
  projection: both,
  schema: 'ranking',
  migrations: [...catalogMigrations(), ...rankingMigrations()],
});

describe('cross-unit rules on PGlite: the commune cycle of the same year feeds the district 2/3 rule', () => {
  it("a commune's appraisal lowers its district's class, with the rule's explanation", () =>
    spec
      .given(
        published('district'),
        published('commune'),
        opened('district'),
        opened('commune'),
        unit('d1', 'district', null),
        unit('c1', 'commune', 'd1'),
        unit('c2', 'commune', 'd1'),
        unit('c3', 'commune', 'd1'),
        score('2025-district', 'd1', 9, 's-d1'),
        score('2025-commune', 'c1', 9, 's-c1'),
        score('2025-commune', 'c2', 8, 's-c2'),
      )
      .when(score('2025-commune', 'c2', 5, 'a-c2'))
      .then(async ({ rows }) => {
        type R = { cycle_id: string; unit_id: string; class_label: string; class_note: string | null };
        const district = (await rows<R>('results', 'cycle_id, unit_id')).filter((r) => r.cycle_id === '2025-district');
        expect(district).toEqual([
          expect.objectContaining({
            unit_id: 'd1',
            class_label: 'Khá',
            class_note: 'Chỉ 1/3 đơn vị trực thuộc xếp loại Tốt trở lên (dưới 2/3): hạ xuống loại thấp hơn liền kề.',
          }),
        ]);
      }));

  it('the district framework published last applies its rule to the communes already ranked', () =>
    spec
      .given(
        published('commune'),
        opened('district'),
        opened('commune'),
        unit('d1', 'district', null),
        unit('c1', 'commune', 'd1'),
        unit('c2', 'commune', 'd1'),
        unit('c3', 'commune', 'd1'),
        score('2025-district', 'd1', 9, 's-d1'),
        score('2025-commune', 'c1', 9, 's-c1'),
      )
      .when(published('district'))
      .then(async ({ rows }) => {
        type R = { cycle_id: string; unit_id: string; class_label: string; class_note: string | null };
        const district = (await rows<R>('results', 'cycle_id, unit_id')).filter((r) => r.cycle_id === '2025-district');
        expect(district.map((r) => [r.unit_id, r.class_label, r.class_note])).toEqual([
          ['d1', 'Khá', 'Chỉ 1/3 đơn vị trực thuộc xếp loại Tốt trở lên (dưới 2/3): hạ xuống loại thấp hơn liền kề.'],
        ]);
      }));
});
