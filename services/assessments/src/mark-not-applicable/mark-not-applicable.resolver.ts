import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { MarkNotApplicableCommand } from './mark-not-applicable.command';

@InputType()
export class MarkNotApplicableInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field({ description: 'Mã tiêu chí / tiêu chí thành phần được chấm điểm (e.g. 1.1.2)' }) code!: string;
  @Field({ description: 'Lý do không áp dụng (bắt buộc), e.g. "Đơn vị không có thủ tục hành chính"' }) reason!: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number;
}

@Resolver()
export class MarkNotApplicableResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, {
    description: 'Khai báo một tiêu chí không áp dụng cho đơn vị trong kỳ (chỉ tiêu chí có điều kiện áp dụng; kèm lý do)',
  })
  markNotApplicable(@Ctx() ctx: RequestContext, @Args('input') input: MarkNotApplicableInput) {
    return this.commands.execute(new MarkNotApplicableCommand(ctx, input));
  }
}
