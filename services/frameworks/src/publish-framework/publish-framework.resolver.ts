import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { FrameworkVersionType } from '../read-catalog/catalog.types';
import { PublishFrameworkCommand } from './publish-framework.command';

@InputType()
export class PublishFrameworkInput {
  @Field({ description: 'The framework in the documented format (docs/framework-format.md)' }) definition!: string;
  @Field({ defaultValue: 'yaml', description: 'yaml | json' }) format!: string;
  @Field({ nullable: true, description: 'Why (e.g. the issuing decision)' }) reason?: string;
}

@Resolver()
export class PublishFrameworkResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => FrameworkVersionType, { description: 'Ban hành một phiên bản bộ tiêu chí (dha_admin)' })
  publishFramework(@Ctx() ctx: RequestContext, @Args('input') input: PublishFrameworkInput) {
    return this.commands.execute(
      new PublishFrameworkCommand(ctx, input.definition, input.format === 'json' ? 'json' : 'yaml', input.reason ?? null),
    );
  }
}
