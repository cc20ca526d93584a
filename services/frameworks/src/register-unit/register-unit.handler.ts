import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ForbiddenError, hasRole } from '@par/kernel';
import { runDecision, type EventStore } from '@par/event-store';
import { frameworksDecider, unitStreamId } from '@par/frameworks-domain';
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
    if (!hasRole(ctx, 'dha_admin')) throw new ForbiddenError('Registering a unit requires role dha_admin');
    await runDecision({
      store: this.store,
      decider: frameworksDecider,
      streamId: unitStreamId(ctx.province, unit.unitId),
      command: { type: 'RegisterUnit', data: unit },
      ctx,
      now: this.runtime.now(),
      reason: 'Đăng ký đơn vị',
    });
    return { id: unit.unitId, name: unit.name, unitType: unit.unitType, parentUnitId: unit.parentUnitId };
  }
}
