import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { DecisionInput } from '../framework-definition/decision.input';
import { FrameworkSummaryType } from '../framework-definition/framework-summary.types';
import { AmendFrameworkCommand } from './amend-framework.command';

@InputType()
export class AmendFrameworkInput {
  @Field(() => ID) frameworkId!: string;
  @Field(() => Int, { description: 'The latest version, which the amendment replaces' }) fromVersion!: number;
  @Field(() => DecisionInput, { description: 'Quyết định sửa đổi, e.g. 1778/QĐ-UBND' }) decision!: DecisionInput;
  @Field(() => String, { nullable: true, description: 'The amended definition; omitted: a copy of fromVersion to edit' })
  definition?: string | null;
  @Field({ defaultValue: 'yaml', description: 'yaml | json' }) format!: string;
}

@Resolver()
export class AmendFrameworkResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => FrameworkSummaryType, {
    description: 'Tạo bản dự thảo sửa đổi từ phiên bản mới nhất theo quyết định sửa đổi (dha_admin)',
  })
  amendFramework(@Ctx() ctx: RequestContext, @Args('input') input: AmendFrameworkInput) {
    const definition = input.definition
      ? { text: input.definition, format: input.format === 'json' ? ('json' as const) : ('yaml' as const) }
      : null;
    return this.commands.execute(
      new AmendFrameworkCommand(
        ctx,
        input.frameworkId,
        input.fromVersion,
        { number: input.decision.number, date: input.decision.date },
        definition,
      ),
    );
  }
}
