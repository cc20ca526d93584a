import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { FrameworkSummaryType } from '../framework-definition/framework-summary.types';
import { DiscardFrameworkDraftCommand } from './discard-framework-draft.command';

@Resolver()
export class DiscardFrameworkDraftResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => FrameworkSummaryType, { description: 'Hủy bản dự thảo; các phiên bản đã ban hành giữ nguyên (dha_admin)' })
  discardFrameworkDraft(@Ctx() ctx: RequestContext, @Args('frameworkId', { type: () => ID }) frameworkId: string) {
    return this.commands.execute(new DiscardFrameworkDraftCommand(ctx, frameworkId));
  }
}
