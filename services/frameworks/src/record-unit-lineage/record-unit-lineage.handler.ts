import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_REFERENCE_DATA } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { FRAMEWORKS_STORE } from '../frameworks.tokens';
import { decideOnRegistry } from '../unit-registry/decide-on-registry';
import { RecordUnitLineageCommand } from './record-unit-lineage.command';

const REASON = {
  MergeUnits: 'Sáp nhập đơn vị',
  SplitUnit: 'Chia tách đơn vị',
  RenameUnit: 'Đổi tên đơn vị',
  DissolveUnit: 'Giải thể đơn vị',
};

@CommandHandler(RecordUnitLineageCommand)
export class RecordUnitLineageHandler implements ICommandHandler<RecordUnitLineageCommand> {
  constructor(
    @Inject(FRAMEWORKS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, change }: RecordUnitLineageCommand): Promise<number> {
    assertAllowed(ctx, MANAGE_REFERENCE_DATA);
    const { events } = await decideOnRegistry({
      store: this.store,
      ctx,
      now: this.runtime.now(),
      command: change,
      reason: REASON[change.type],
    });
    return events;
  }
}
