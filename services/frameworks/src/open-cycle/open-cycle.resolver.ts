import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { CycleType } from '../read-catalog/catalog.types';
import { OpenCycleCommand } from './open-cycle.command';

@InputType()
export class OpenCycleInput {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) year!: number;
  @Field() unitType!: string;
  @Field() frameworkId!: string;
  @Field(() => Int) frameworkVersion!: number;
  @Field(() => String, { nullable: true, description: 'Units are taken as of this date (YYYY-MM-DD); default 1 January' })
  referenceDate?: string | null;
}

@Resolver()
export class OpenCycleResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CycleType, { description: 'Mở kỳ đánh giá, gắn với một phiên bản bộ tiêu chí (dha_admin)' })
  openCycle(@Ctx() ctx: RequestContext, @Args('input') input: OpenCycleInput) {
    const { id, referenceDate, ...rest } = input;
    return this.commands.execute(new OpenCycleCommand(ctx, { cycleId: id, ...rest, ...(referenceDate && { referenceDate }) }));
  }
}
