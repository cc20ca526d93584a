import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { FrameworkSummaryType } from '../framework-definition/framework-summary.types';
import { SaveFrameworkDraftCommand } from './save-framework-draft.command';

@InputType()
export class SaveFrameworkDraftInput {
  @Field({ description: 'The framework in the documented format (docs/framework-format.md); its `id` names the framework' })
  definition!: string;
  @Field({ defaultValue: 'yaml', description: 'yaml | json' }) format!: string;
}

@Resolver()
export class SaveFrameworkDraftResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => FrameworkSummaryType, { description: 'Tạo hoặc sửa bản dự thảo bộ tiêu chí (dha_admin)' })
  saveFrameworkDraft(@Ctx() ctx: RequestContext, @Args('input') input: SaveFrameworkDraftInput) {
    return this.commands.execute(new SaveFrameworkDraftCommand(ctx, input.definition, input.format === 'json' ? 'json' : 'yaml'));
  }
}
