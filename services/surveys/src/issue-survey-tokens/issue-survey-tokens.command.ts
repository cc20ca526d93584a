import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { IssuedTokens, IssueTokensInput } from './issue-tokens';

export class IssueSurveyTokensCommand extends Command<IssuedTokens> {
  constructor(
    readonly ctx: RequestContext,
    readonly input: IssueTokensInput,
  ) {
    super();
  }
}
