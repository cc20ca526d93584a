import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runDecision, type EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { unitDecider, unitStreamId } from '@par/frameworks-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { RegisterUnitCommand } from './register-unit.command';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';
import type { UnitType } from '../read-catalog/catalog.types';

@CommandHandler(RegisterUnitCommand)
export class RegisterUnitHandler implements ICommandHandler<RegisterUnitCommand> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, unit }: RegisterUnitCommand): Promise<UnitType> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    await runDecision({
      store: this.store,
      decider: unitDecider,
      streamId: unitStreamId(ctx.province, unit.unitId),
      command: { type: 'RegisterUnit', data: unit },
      ctx,
      now: this.runtime.now(),
      reason: 'Đăng ký đơn vị',
    });
    return { id: unit.unitId, name: unit.name, unitType: unit.unitType, parentUnitId: unit.parentUnitId };
  }
}
