import { deciderSpec } from '@par/kernel/testing';
import { cycleDecider, type CycleCommand, type CycleEvent, type PhaseSchedule, type PinnedFramework } from './cycle.decider';

const given = deciderSpec(cycleDecider);
const data = { cycleId: '2025-district', name: 'Năm 2025', year: 2025, unitType: 'district', frameworkId: 'f', frameworkVersion: 1 };
const fw: PinnedFramework = { unitType: 'district', validFrom: '2025-01-01', validTo: '2025-12-31' };
const open = (framework: PinnedFramework | undefined, extra: Record<string, unknown> = {}): CycleCommand => ({
  type: 'OpenCycle',
  data: { ...data, framework, ...extra },
});
const opened: CycleEvent = { type: 'CycleOpened', data: { ...data, referenceDate: '2025-01-01' } };
const schedule: PhaseSchedule[] = [
  { phase: 'SELF_ASSESSMENT', startDate: '2025-10-01', deadline: '2025-10-31' },
  { phase: 'APPRAISAL', startDate: '2025-11-01', deadline: '2025-11-30' },
  { phase: 'EXPLANATION', startDate: '2025-12-01', deadline: '2025-12-10' },
  { phase: 'FINAL_APPRAISAL', startDate: '2025-12-11', deadline: '2025-12-31' },
  { phase: 'PUBLISHED', startDate: '2026-01-15', deadline: '2026-01-31' },
];
const setPhases = (phases: PhaseSchedule[]): CycleCommand => ({ type: 'SetCyclePhases', data: { cycleId: data.cycleId, phases } });
const phasesSet: CycleEvent = { type: 'CyclePhasesSet', data: { cycleId: data.cycleId, phases: schedule } };
const advance = (now: string): CycleCommand => ({ type: 'AdvanceCyclePhase', data: { cycleId: data.cycleId, now: new Date(now) } });

describe('cycle decider: opening', () => {
  it('opens a cycle pinned to a published framework version of the same unit type', () => given([]).when(open(fw)).then([opened]));
  it('keeps a reference date given for the unit list', () =>
    given([])
      .when(open(fw, { referenceDate: '2025-07-01' }))
      .then([{ type: 'CycleOpened', data: { ...data, referenceDate: '2025-07-01' } }]));
  it('rejects a framework version that is not published', () => given([]).when(open(undefined)).thenThrows({ code: 'UNKNOWN_FRAMEWORK' }));
  it('rejects a framework of another unit type', () =>
    given([])
      .when(open({ ...fw, unitType: 'commune' }))
      .thenThrows({ code: 'UNIT_TYPE_MISMATCH' }));
  it('rejects a year outside the period of the framework version (1999 on a 2025 framework)', () =>
    given([])
      .when(open(fw, { year: 1999 }))
      .thenThrows({ code: 'CYCLE_YEAR_OUTSIDE_FRAMEWORK_PERIOD', messageVi: expect.stringContaining('Năm 1999 nằm ngoài') }));
  it('rejects opening the same cycle twice', () =>
    given([opened]).when(open(fw)).thenThrows({ code: 'CYCLE_EXISTS', messageVi: 'Kỳ đánh giá "2025-district" đã được mở.' }));
  it('rejects an invalid cycle id or reference date', () => {
    given([])
      .when(open(fw, { cycleId: '../2025' }))
      .thenThrows({ code: 'INVALID_ID' });
    given([])
      .when(open(fw, { referenceDate: '31/12/2025' }))
      .thenThrows({ code: 'CYCLE_REFERENCE_DATE_INVALID' });
  });
});

describe('cycle decider: phases', () => {
  it('sets the phases in order', () => given([opened]).when(setPhases(schedule)).then([phasesSet]));
  it('records nothing when the same phases are set again', () => given([opened, phasesSet]).when(setPhases(schedule)).then([]));
  it('refuses a deadline before its start', () =>
    given([opened])
      .when(setPhases([{ phase: 'SELF_ASSESSMENT', startDate: '2025-10-31', deadline: '2025-10-01' }]))
      .thenThrows({ code: 'CYCLE_PHASE_DEADLINE_BEFORE_START' }));
  it('refuses overlapping phases', () =>
    given([opened])
      .when(setPhases([schedule[0]!, { ...schedule[1]!, startDate: '2025-10-31' }]))
      .thenThrows({ code: 'CYCLE_PHASES_OVERLAP' }));
  it('refuses phases out of order, by name or by date', () => {
    given([opened])
      .when(setPhases([schedule[1]!, schedule[0]!]))
      .thenThrows({ code: 'CYCLE_PHASES_OUT_OF_ORDER' });
    given([opened])
      .when(setPhases([schedule[0]!, { phase: 'APPRAISAL', startDate: '2025-09-01', deadline: '2025-09-15' }]))
      .thenThrows({ code: 'CYCLE_PHASES_OUT_OF_ORDER' });
  });
  it('refuses phases of a cycle that is not opened, and bad dates', () => {
    given([]).when(setPhases(schedule)).thenThrows({ code: 'UNKNOWN_CYCLE' });
    given([opened])
      .when(setPhases([{ phase: 'SELF_ASSESSMENT', startDate: '2025-02-30', deadline: '2025-03-01' }]))
      .thenThrows({ code: 'CYCLE_PHASE_DATE_INVALID' });
  });
  it('advances to the next phase once it has started, with the injected clock', () => {
    given([opened, phasesSet])
      .when(advance('2025-10-02T08:00:00Z'))
      .then([
        { type: 'CyclePhaseAdvanced', data: { cycleId: data.cycleId, from: null, to: 'SELF_ASSESSMENT', at: '2025-10-02T08:00:00.000Z' } },
      ]);
    const inSelf: CycleEvent = {
      type: 'CyclePhaseAdvanced',
      data: { cycleId: data.cycleId, from: null, to: 'SELF_ASSESSMENT', at: '2025-10-02T08:00:00.000Z' },
    };
    given([opened, phasesSet, inSelf]).when(advance('2025-10-20T08:00:00Z')).thenThrows({ code: 'CYCLE_PHASE_NOT_STARTED' });
    given([opened, phasesSet, inSelf])
      .when(advance('2025-11-01T01:00:00Z'))
      .then([
        {
          type: 'CyclePhaseAdvanced',
          data: { cycleId: data.cycleId, from: 'SELF_ASSESSMENT', to: 'APPRAISAL', at: '2025-11-01T01:00:00.000Z' },
        },
      ]);
  });
  it('does not advance without phases or past the last one; a published cycle keeps its schedule', () => {
    given([opened]).when(advance('2025-10-02T00:00:00Z')).thenThrows({ code: 'CYCLE_PHASES_NOT_SET' });
    const published: CycleEvent = {
      type: 'CyclePhaseAdvanced',
      data: { cycleId: data.cycleId, from: 'FINAL_APPRAISAL', to: 'PUBLISHED', at: '2026-01-15T00:00:00.000Z' },
    };
    given([opened, phasesSet, published]).when(advance('2026-02-01T00:00:00Z')).thenThrows({ code: 'CYCLE_LAST_PHASE' });
    given([opened, phasesSet, published]).when(setPhases(schedule)).thenThrows({ code: 'CYCLE_PUBLISHED' });
  });
});
