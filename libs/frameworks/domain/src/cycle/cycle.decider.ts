import { ValidationError, type Decider } from '@par/kernel';
import { checkReferenceId } from '../reference-id';

/** One stream per cycle: `cycle:<province>:<cycleId>`. */
export const cycleStreamId = (province: string, cycleId: string) => `cycle:${province}:${cycleId}`;

export interface CycleOpened {
  type: 'CycleOpened';
  data: { cycleId: string; name: string; year: number; unitType: string; frameworkId: string; frameworkVersion: number };
}
export type CycleEvent = CycleOpened;

export interface OpenCycle {
  type: 'OpenCycle';
  data: CycleOpened['data'] & {
    /** Resolved by the handler from the framework's stream: the pinned version's unit type, if that version exists. */
    framework: { unitType: string } | undefined;
  };
}
export type CycleCommand = OpenCycle;

export interface CycleState {
  readonly opened: boolean;
}

export const cycleDecider: Decider<CycleCommand, CycleEvent, CycleState> = {
  initialState: () => ({ opened: false }),
  evolve: () => ({ opened: true }),
  decide(command, state) {
    const { framework, ...data } = command.data;
    checkReferenceId('Cycle', data.cycleId);
    if (state.opened) {
      throw new ValidationError({
        code: 'CYCLE_EXISTS',
        messageVi: `Kỳ đánh giá "${data.cycleId}" đã được mở.`,
        detail: `Cycle ${data.cycleId} already exists`,
      });
    }
    if (!framework) {
      throw new ValidationError({
        code: 'UNKNOWN_FRAMEWORK',
        messageVi: `Không tìm thấy bộ tiêu chí "${data.frameworkId}" phiên bản ${data.frameworkVersion}.`,
        detail: `Framework ${data.frameworkId} v${data.frameworkVersion} is not published`,
      });
    }
    if (framework.unitType !== data.unitType) {
      throw new ValidationError({
        code: 'UNIT_TYPE_MISMATCH',
        messageVi: `Bộ tiêu chí dành cho loại đơn vị "${framework.unitType}", không dùng được cho kỳ đánh giá loại "${data.unitType}".`,
        detail: `Framework unit type ${framework.unitType} differs from cycle unit type ${data.unitType}`,
      });
    }
    return [{ type: 'CycleOpened', data }];
  },
};
