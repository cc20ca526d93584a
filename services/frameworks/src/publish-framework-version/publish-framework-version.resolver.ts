import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { FrameworkVersionType } from '../read-catalog/catalog.types';
import { DecisionInput } from '../framework-definition/decision.input';
import { PublishFrameworkVersionCommand } from './publish-framework-version.command';

@InputType()
export class PublishFrameworkVersionInput {
  @Field(() => ID) frameworkId!: string;
  @Field(() => DecisionInput, { description: 'Quyết định ban hành (required)' }) decision!: DecisionInput;
  @Field(() => String, { nullable: true, description: 'A year (2023) or an ISO date; default: the definition’s period' })
  validFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'A year (2025) or an ISO date; default: the definition’s period' })
  validTo?: string | null;
}

@Resolver()
export class PublishFrameworkVersionResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => FrameworkVersionType, { description: 'Ban hành bản dự thảo thành phiên bản mới, không sửa được nữa (dha_admin)' })
  publishFrameworkVersion(@Ctx() ctx: RequestContext, @Args('input') input: PublishFrameworkVersionInput) {
    const { frameworkId, decision, validFrom = null, validTo = null } = input;
    return this.commands.execute(
      new PublishFrameworkVersionCommand(ctx, frameworkId, { number: decision.number, date: decision.date }, validFrom, validTo),
    );
  }
}
