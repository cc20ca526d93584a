import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { ClearNotApplicableCommand } from './clear-not-applicable.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { decideApplicability } from '../applicability-target/decide-applicability';

@CommandHandler(ClearNotApplicableCommand)
export class ClearNotApplicableHandler implements ICommandHandler<ClearNotApplicableCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) readonly runtime: ServiceRuntime,
  ) {}

  execute({ ctx, input }: ClearNotApplicableCommand) {
    return decideApplicability(this, ctx, 'ClearNotApplicable', input);
  }
}
