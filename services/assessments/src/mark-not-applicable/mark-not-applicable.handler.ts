import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { MarkNotApplicableCommand } from './mark-not-applicable.command';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { decideApplicability } from '../applicability-target/decide-applicability';

@CommandHandler(MarkNotApplicableCommand)
export class MarkNotApplicableHandler implements ICommandHandler<MarkNotApplicableCommand> {
  constructor(
    @Inject(ASSESSMENTS_STORE) readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) readonly runtime: ServiceRuntime,
  ) {}

  execute({ ctx, input }: MarkNotApplicableCommand) {
    return decideApplicability(this, ctx, 'MarkNotApplicable', input);
  }
}
