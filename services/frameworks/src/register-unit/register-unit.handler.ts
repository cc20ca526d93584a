import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { RegisterUnitCommand } from './register-unit.command';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';
import type { UnitType } from '../read-catalog/catalog.types';
import { decideOnRegistry } from '../unit-registry/decide-on-registry';
import type { UnitKind } from '../unit-registry/unit-kind.enum';

@CommandHandler(RegisterUnitCommand)
export class RegisterUnitHandler implements ICommandHandler<RegisterUnitCommand> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, unit }: RegisterUnitCommand): Promise<UnitType> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    const { state } = await decideOnRegistry({
      store: this.store,
      ctx,
      now: this.runtime.now(),
      command: { type: 'RegisterUnit', data: unit },
      reason: 'Đăng ký đơn vị',
    });
    const u = state.units[unit.unitId]!;
    return {
      id: u.unitId,
      name: u.names[0]!.name,
      unitType: u.unitType,
      parentUnitId: u.parentUnitId,
      code: u.code,
      kind: u.kind as UnitKind,
      validFrom: u.validFrom,
      validTo: u.validTo,
    };
  }
}
