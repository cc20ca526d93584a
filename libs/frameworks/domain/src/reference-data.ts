import { ValidationError, type Decider } from '@par/kernel';
import type { ScoringItemV1 } from '@par/frameworks-contracts';

/** Internal events of the frameworks context (plain data; published as @par/frameworks-contracts v1). */
export type FrameworksEvent =
  | {
      type: 'FrameworkVersionPublished';
      data: {
        frameworkId: string;
        frameworkVersion: number;
        name: string;
        unitType: string;
        definition: unknown;
        components: { code: string; name: string; maxPoints: number }[];
        items: ScoringItemV1[];
        totalMaxPoints: number;
      };
    }
  | { type: 'UnitRegistered'; data: { unitId: string; name: string; unitType: string; parentUnitId: string | null } }
  | {
      type: 'CycleOpened';
      data: { cycleId: string; name: string; year: number; unitType: string; frameworkId: string; frameworkVersion: number };
    };

export const frameworkStreamId = (province: string, frameworkId: string) => `framework:${province}:${frameworkId}`;
export const unitStreamId = (province: string, unitId: string) => `unit:${province}:${unitId}`;
export const cycleStreamId = (province: string, cycleId: string) => `cycle:${province}:${cycleId}`;

/** One stream holds one framework (its versions), one unit or one cycle: the state is just what it holds. */
export interface ReferenceState {
  readonly exists: boolean;
  readonly latestFrameworkVersion: number;
  /** The latest framework version's definition, serialized: publishing the same definition again is a no-op. */
  readonly latestDefinitionJson: string | null;
}

export type FrameworksCommand =
  | {
      type: 'PublishFrameworkVersion';
      data: Omit<Extract<FrameworksEvent, { type: 'FrameworkVersionPublished' }>['data'], 'frameworkVersion'>;
    }
  | { type: 'RegisterUnit'; data: Extract<FrameworksEvent, { type: 'UnitRegistered' }>['data'] }
  | {
      type: 'OpenCycle';
      data: Extract<FrameworksEvent, { type: 'CycleOpened' }>['data'] & {
        /** Resolved by the handler: the pinned framework version's unit type, if it exists. */
        framework: { unitType: string } | undefined;
      };
    };

const CODE = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

function checkId(kind: string, kindVi: string, id: string) {
  if (!CODE.test(id)) {
    throw new ValidationError({
      code: 'INVALID_ID',
      messageVi: `Mã ${kindVi} "${id}" không hợp lệ (chỉ gồm chữ, số, dấu chấm, gạch ngang; tối đa 64 ký tự).`,
      detail: `${kind} id ${JSON.stringify(id)} must match ${CODE.source}`,
    });
  }
}

export const frameworksDecider: Decider<FrameworksCommand, FrameworksEvent, ReferenceState> = {
  initialState: () => ({ exists: false, latestFrameworkVersion: 0, latestDefinitionJson: null }),
  evolve: (state, event) =>
    event.type === 'FrameworkVersionPublished'
      ? { exists: true, latestFrameworkVersion: event.data.frameworkVersion, latestDefinitionJson: JSON.stringify(event.data.definition) }
      : { ...state, exists: true },
  decide(command, state) {
    switch (command.type) {
      case 'PublishFrameworkVersion':
        checkId('Framework', 'bộ tiêu chí', command.data.frameworkId);
        if (state.latestDefinitionJson === JSON.stringify(command.data.definition)) return [];
        return [{ type: 'FrameworkVersionPublished', data: { ...command.data, frameworkVersion: state.latestFrameworkVersion + 1 } }];
      case 'RegisterUnit':
        checkId('Unit', 'đơn vị', command.data.unitId);
        if (state.exists) {
          throw new ValidationError({
            code: 'UNIT_EXISTS',
            messageVi: `Đơn vị "${command.data.unitId}" đã được đăng ký.`,
            detail: `Unit ${command.data.unitId} is already registered`,
          });
        }
        if (!command.data.name.trim()) {
          throw new ValidationError({ code: 'NAME_REQUIRED', messageVi: 'Tên đơn vị không được để trống.', detail: 'Unit name is empty' });
        }
        return [{ type: 'UnitRegistered', data: command.data }];
      case 'OpenCycle': {
        const { framework, ...data } = command.data;
        checkId('Cycle', 'kỳ đánh giá', data.cycleId);
        if (state.exists) {
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
      }
    }
  },
};
