import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, MANAGE_SURVEYS } from '@par/auth';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { SURVEYS_STORE } from '../surveys.tokens';
import { issueSurveyTokens } from './issue-tokens';
import { IssueSurveyTokensCommand } from './issue-survey-tokens.command';

@CommandHandler(IssueSurveyTokensCommand)
export class IssueSurveyTokensHandler implements ICommandHandler<IssueSurveyTokensCommand> {
  constructor(
    @Inject(SURVEYS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, input }: IssueSurveyTokensCommand) {
    assertAllowed(ctx, MANAGE_SURVEYS);
    return issueSurveyTokens({ store: this.store, db: this.runtime.db, ctx, now: this.runtime.now() }, input);
  }
}
