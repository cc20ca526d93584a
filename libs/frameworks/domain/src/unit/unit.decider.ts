import { ValidationError, type Decider } from '@par/kernel';
import { checkReferenceId } from '../reference-id';

/** One stream per unit: `unit:<province>:<unitId>`. */
export const unitStreamId = (province: string, unitId: string) => `unit:${province}:${unitId}`;

export interface UnitRegistered {
  type: 'UnitRegistered';
  data: { unitId: string; name: string; unitType: string; parentUnitId: string | null };
}
export type UnitEvent = UnitRegistered;

export interface RegisterUnit {
  type: 'RegisterUnit';
  data: UnitRegistered['data'];
}
export type UnitCommand = RegisterUnit;

export interface UnitState {
  readonly registered: boolean;
}

export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState> = {
  initialState: () => ({ registered: false }),
  evolve: () => ({ registered: true }),
  decide(command, state) {
    checkReferenceId('Unit', command.data.unitId);
    if (state.registered) {
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
  },
};
