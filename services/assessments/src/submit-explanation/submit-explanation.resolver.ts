import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { SubmitExplanationCommand } from './submit-explanation.command';

@InputType()
export class SubmitExplanationInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field({ description: 'Mã tiêu chí (hoặc tiêu chí thành phần) được giải trình' }) code!: string;
  @Field({ description: 'Nội dung giải trình' }) text!: string;
  @Field(() => [String], { nullable: true, description: 'SHA-256 của tài liệu kiểm chứng mới' }) evidenceSha256s?: string[] | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number;
}

@Resolver()
export class SubmitExplanationResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, { description: 'Đơn vị giải trình kết quả thẩm định sơ bộ của một tiêu chí (trong hạn giải trình)' })
  submitExplanation(@Ctx() ctx: RequestContext, @Args('input') input: SubmitExplanationInput) {
    return this.commands.execute(new SubmitExplanationCommand(ctx, input));
  }
}
