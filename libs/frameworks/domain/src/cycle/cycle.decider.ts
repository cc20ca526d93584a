import { ValidationError, type Decider } from '@par/kernel';
import { checkReferenceId } from '../reference-id';
import { dayOf, isIsoDate, periodContainsYear } from '../calendar/calendar';
import { checkPhases, CYCLE_PHASE_LABELS_VI, type CyclePhase, type PhaseSchedule } from './cycle-phases';

export * from './cycle-phases';

/** One stream per cycle: `cycle:<province>:<cycleId>`. */
export const cycleStreamId = (province: string, cycleId: string) => `cycle:${province}:${cycleId}`;

/** Schema version of `CycleOpened` appended today (1: before the reference date). */
export const CYCLE_OPENED_SCHEMA = 2;

export interface CycleOpened {
  type: 'CycleOpened';
  data: {
    cycleId: string;
    name: string;
    year: number;
    unitType: string;
    frameworkId: string;
    frameworkVersion: number;
    /** The units of the cycle are the registry's as of this date (ISO). */
    referenceDate: string;
  };
}
export interface CyclePhasesSet {
  type: 'CyclePhasesSet';
  data: { cycleId: string; phases: PhaseSchedule[] };
}
export interface CyclePhaseAdvanced {
  type: 'CyclePhaseAdvanced';
  data: { cycleId: string; from: CyclePhase | null; to: CyclePhase; at: string };
}
export type CycleEvent = CycleOpened | CyclePhasesSet | CyclePhaseAdvanced;

/** The pinned framework version as the handler read it from the framework's stream. */
export interface PinnedFramework {
  unitType: string;
  validFrom: string;
  validTo: string;
}

export interface OpenCycle {
  type: 'OpenCycle';
  data: Omit<CycleOpened['data'], 'referenceDate'> & {
    /** Default: 1 January of the cycle's year. */
    referenceDate?: string;
    /** Resolved by the handler: the pinned version, if that version exists. */
    framework: PinnedFramework | undefined;
  };
}
export interface SetCyclePhases {
  type: 'SetCyclePhases';
  data: { cycleId: string; phases: PhaseSchedule[] };
}
/** Moves to the next phase; `now` is the handler's clock. */
export interface AdvanceCyclePhase {
  type: 'AdvanceCyclePhase';
  data: { cycleId: string; now: Date };
}
export type CycleCommand = OpenCycle | SetCyclePhases | AdvanceCyclePhase;

export interface CycleState {
  readonly opened: boolean;
  readonly phases: readonly PhaseSchedule[];
  readonly currentPhase: CyclePhase | null;
}

export function upcastCycleOpenedV1(data: unknown): CycleOpened['data'] {
  const d = data as Omit<CycleOpened['data'], 'referenceDate'>;
  return { ...d, referenceDate: `${d.year}-01-01` };
}
export const cycleUpcasters = [{ type: 'CycleOpened', fromVersion: 1, upcast: upcastCycleOpenedV1 }] as const;

const fail = (code: string, messageVi: string, detail: string) => new ValidationError({ code, messageVi, detail });

function open(data: OpenCycle['data'], state: CycleState): CycleEvent[] {
  const { framework, referenceDate = `${data.year}-01-01`, ...rest } = data;
  if (state.opened) throw fail('CYCLE_EXISTS', `Kỳ đánh giá "${data.cycleId}" đã được mở.`, `Cycle ${data.cycleId} already exists`);
  if (!framework) {
    throw fail(
      'UNKNOWN_FRAMEWORK',
      `Không tìm thấy bộ tiêu chí "${data.frameworkId}" phiên bản ${data.frameworkVersion}.`,
      `Framework ${data.frameworkId} v${data.frameworkVersion} is not published`,
    );
  }
  if (framework.unitType !== data.unitType) {
    throw fail(
      'UNIT_TYPE_MISMATCH',
      `Bộ tiêu chí dành cho loại đơn vị "${framework.unitType}", không dùng được cho kỳ đánh giá loại "${data.unitType}".`,
      `Framework unit type ${framework.unitType} differs from cycle unit type ${data.unitType}`,
    );
  }
  if (!periodContainsYear(framework, data.year)) {
    throw fail(
      'CYCLE_YEAR_OUTSIDE_FRAMEWORK_PERIOD',
      `Năm ${data.year} nằm ngoài thời gian áp dụng của bộ tiêu chí "${data.frameworkId}" phiên bản ${data.frameworkVersion} (${framework.validFrom} – ${framework.validTo}).`,
      `Cycle year ${data.year} is outside ${data.frameworkId} v${data.frameworkVersion}'s period ${framework.validFrom}..${framework.validTo}`,
    );
  }
  if (!isIsoDate(referenceDate)) {
    throw fail(
      'CYCLE_REFERENCE_DATE_INVALID',
      `Ngày chốt danh sách đơn vị "${referenceDate}" không hợp lệ (YYYY-MM-DD).`,
      `Reference date ${referenceDate} is not an ISO date`,
    );
  }
  return [{ type: 'CycleOpened', data: { ...rest, referenceDate } }];
}

function notOpened(cycleId: string) {
  return fail('UNKNOWN_CYCLE', `Không tìm thấy kỳ đánh giá "${cycleId}".`, `Cycle ${cycleId} is not opened`);
}

function advance(data: AdvanceCyclePhase['data'], state: CycleState): CycleEvent[] {
  if (!state.opened) throw notOpened(data.cycleId);
  if (state.phases.length === 0) {
    throw fail('CYCLE_PHASES_NOT_SET', `Kỳ đánh giá "${data.cycleId}" chưa có lịch các giai đoạn.`, `Cycle ${data.cycleId} has no phases`);
  }
  const at = state.currentPhase ? state.phases.findIndex((p) => p.phase === state.currentPhase) : -1;
  const next = state.phases[at + 1];
  if (!next) {
    throw fail('CYCLE_LAST_PHASE', `Kỳ đánh giá "${data.cycleId}" đã ở giai đoạn cuối.`, `Cycle ${data.cycleId} is in its last phase`);
  }
  const today = dayOf(data.now);
  if (today < next.startDate) {
    throw fail(
      'CYCLE_PHASE_NOT_STARTED',
      `Giai đoạn "${CYCLE_PHASE_LABELS_VI[next.phase]}" bắt đầu từ ngày ${next.startDate}, chưa chuyển được (hôm nay ${today}).`,
      `Phase ${next.phase} starts ${next.startDate}; today is ${today}`,
    );
  }
  return [
    { type: 'CyclePhaseAdvanced', data: { cycleId: data.cycleId, from: state.currentPhase, to: next.phase, at: data.now.toISOString() } },
  ];
}

function setPhases(data: SetCyclePhases['data'], state: CycleState): CycleEvent[] {
  if (!state.opened) throw notOpened(data.cycleId);
  if (state.currentPhase === 'PUBLISHED') {
    throw fail(
      'CYCLE_PUBLISHED',
      `Kết quả kỳ đánh giá "${data.cycleId}" đã công bố; không đổi được lịch.`,
      `Cycle ${data.cycleId} is published`,
    );
  }
  const phases = checkPhases(data.phases);
  if (state.currentPhase && !phases.some((p) => p.phase === state.currentPhase)) {
    throw fail(
      'CYCLE_CURRENT_PHASE_REMOVED',
      `Kỳ đánh giá đang ở giai đoạn "${CYCLE_PHASE_LABELS_VI[state.currentPhase]}"; lịch mới phải có giai đoạn này.`,
      `The new schedule drops the current phase ${state.currentPhase}`,
    );
  }
  if (JSON.stringify(phases) === JSON.stringify(state.phases)) return [];
  return [{ type: 'CyclePhasesSet', data: { cycleId: data.cycleId, phases } }];
}

export const cycleDecider: Decider<CycleCommand, CycleEvent, CycleState> = {
  initialState: () => ({ opened: false, phases: [], currentPhase: null }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'CycleOpened':
        return { ...state, opened: true };
      case 'CyclePhasesSet':
        return { ...state, phases: event.data.phases };
      case 'CyclePhaseAdvanced':
        return { ...state, currentPhase: event.data.to };
    }
  },
  decide(command, state) {
    checkReferenceId('Cycle', command.data.cycleId);
    switch (command.type) {
      case 'OpenCycle':
        return open(command.data, state);
      case 'SetCyclePhases':
        return setPhases(command.data, state);
      case 'AdvanceCyclePhase':
        return advance(command.data, state);
    }
  },
};
