import { deciderSpec } from '@par/kernel/testing';
import { frameworksDecider, type FrameworksEvent } from './index';

const given = deciderSpec(frameworksDecider);
const published = (v: number): FrameworksEvent => ({
  type: 'FrameworkVersionPublished',
  data: {
    frameworkId: 'f',
    frameworkVersion: v,
    name: 'Bộ',
    unitType: 'district',
    definition: {},
    components: [],
    items: [],
    totalMaxPoints: 10,
  },
});

describe('frameworks reference data', () => {
  it('numbers framework versions', () =>
    given([published(1)])
      .when({
        type: 'PublishFrameworkVersion',
        data: {
          frameworkId: 'f',
          name: 'Bộ',
          unitType: 'district',
          definition: { amended: true },
          components: [],
          items: [],
          totalMaxPoints: 10,
        },
      })
      .then([{ type: 'FrameworkVersionPublished', data: { ...published(2).data, definition: { amended: true } } } as FrameworksEvent]));
  it('publishing the same definition again changes nothing', () =>
    given([published(1)])
      .when({
        type: 'PublishFrameworkVersion',
        data: { frameworkId: 'f', name: 'Bộ', unitType: 'district', definition: {}, components: [], items: [], totalMaxPoints: 10 },
      })
      .then([]));
  it('rejects registering a unit twice', () =>
    given([{ type: 'UnitRegistered', data: { unitId: 'u1', name: 'A', unitType: 'district', parentUnitId: null } }])
      .when({ type: 'RegisterUnit', data: { unitId: 'u1', name: 'A', unitType: 'district', parentUnitId: null } })
      .thenThrows({ code: 'UNIT_EXISTS' }));
  it('opens a cycle only on a published framework of the same unit type', () => {
    const data = { cycleId: 'c', name: 'Năm 2025', year: 2025, unitType: 'district', frameworkId: 'f', frameworkVersion: 1 };
    given([])
      .when({ type: 'OpenCycle', data: { ...data, framework: undefined } })
      .thenThrows({ code: 'UNKNOWN_FRAMEWORK' });
    given([])
      .when({ type: 'OpenCycle', data: { ...data, framework: { unitType: 'commune' } } })
      .thenThrows({ code: 'UNIT_TYPE_MISMATCH' });
    given([])
      .when({ type: 'OpenCycle', data: { ...data, framework: { unitType: 'district' } } })
      .then([{ type: 'CycleOpened', data }]);
  });
});
