import { deciderSpec } from '@par/kernel/testing';
import { cycleDecider, type CycleEvent, type OpenCycle } from './cycle.decider';

const given = deciderSpec(cycleDecider);
const data = { cycleId: '2025-district', name: 'Năm 2025', year: 2025, unitType: 'district', frameworkId: 'f', frameworkVersion: 1 };
const open = (framework: { unitType: string } | undefined, cycleId = data.cycleId): OpenCycle => ({
  type: 'OpenCycle',
  data: { ...data, cycleId, framework },
});
const opened: CycleEvent = { type: 'CycleOpened', data };

describe('cycle decider', () => {
  it('opens a cycle pinned to a published framework version of the same unit type', () =>
    given([])
      .when(open({ unitType: 'district' }))
      .then([opened]));
  it('rejects a framework version that is not published', () => given([]).when(open(undefined)).thenThrows({ code: 'UNKNOWN_FRAMEWORK' }));
  it('rejects a framework of another unit type', () =>
    given([])
      .when(open({ unitType: 'commune' }))
      .thenThrows({ code: 'UNIT_TYPE_MISMATCH' }));
  it('rejects opening the same cycle twice', () =>
    given([opened])
      .when(open({ unitType: 'district' }))
      .thenThrows({ code: 'CYCLE_EXISTS', messageVi: 'Kỳ đánh giá "2025-district" đã được mở.' }));
  it('rejects an invalid cycle id', () =>
    given([])
      .when(open({ unitType: 'district' }, '../2025'))
      .thenThrows({ code: 'INVALID_ID' }));
});
