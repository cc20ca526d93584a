import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { WriteItemExplanationCommand } from './write-item-explanation.command';

@InputType()
export class WriteItemExplanationInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field({ description: 'Mã tiêu chí' }) code!: string;
  @Field(() => String, { nullable: true, description: 'Nội dung giải trình (tối đa 4.000 ký tự); để trống để rút lại' })
  explanation?: string | null;
  @Field(() => Int, { nullable: true, description: 'Version last read; a concurrent change gives CONCURRENCY_CONFLICT' })
  expectedVersion?: number;
}

@Resolver()
export class WriteItemExplanationResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, {
    description: 'Đơn vị ghi giải trình cho một tiêu chí (bắt buộc khi thiếu tài liệu kiểm chứng theo yêu cầu)',
  })
  writeItemExplanation(@Ctx() ctx: RequestContext, @Args('input') input: WriteItemExplanationInput) {
    return this.commands.execute(new WriteItemExplanationCommand(ctx, { ...input, explanation: input.explanation ?? null }));
  }
}
