import { Args, Field, Float, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { ExplanationOutcome } from '../assessment-scores/explanation-thread.type';
import { DecideExplanationCommand } from './decide-explanation.command';

@InputType()
export class DecideExplanationInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field({ description: 'Mã tiêu chí đã được giải trình' }) code!: string;
  @Field(() => ExplanationOutcome) outcome!: ExplanationOutcome;
  @Field(() => Float, { nullable: true, description: 'Điểm thẩm định mới (khi điều chỉnh)' }) score?: number | null;
  @Field(() => String, { nullable: true, description: 'Tiêu chí thành phần được điều chỉnh (khi tiêu chí có nhiều tiêu chí thành phần)' })
  subCriterionCode?: string | null;
  @Field({ description: 'Lý do (bắt buộc)' }) reason!: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number;
}

@Resolver()
export class DecideExplanationResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, { description: 'Người thẩm định quyết định về giải trình: giữ nguyên hoặc điều chỉnh điểm, kèm lý do' })
  decideExplanation(@Ctx() ctx: RequestContext, @Args('input') input: DecideExplanationInput) {
    return this.commands.execute(
      new DecideExplanationCommand(ctx, { ...input, outcome: input.outcome === ExplanationOutcome.CHANGED ? 'changed' : 'kept' }),
    );
  }
}
