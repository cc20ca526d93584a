import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { IssueSurveyTokensCommand } from './issue-survey-tokens.command';

@InputType()
export class SurveyRespondentInput {
  @Field() respondentId!: string;
  @Field(() => ID) unitId!: string;
}

@InputType()
export class IssueSurveyTokensInput {
  @Field(() => ID) campaignId!: string;
  @Field() group!: string;
  @Field(() => Int, { nullable: true, description: 'Số mã cho mỗi đơn vị (unitId, hoặc mọi đơn vị nhóm đánh giá)' }) count?: number;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => [SurveyRespondentInput], { nullable: true, description: 'Danh sách người trả lời (thay cho count)' })
  respondents?: SurveyRespondentInput[];
  @Field({ nullable: true, description: 'Hạn dùng (ISO 8601); mặc định 30 ngày' }) expiresAt?: string;
}

@ObjectType('SurveyTokens', { description: 'Mã dùng một lần đã cấp, dạng CSV đường dẫn để gửi qua e-mail/Zalo' })
export class SurveyTokensType {
  @Field(() => ID) campaignId!: string;
  @Field() group!: string;
  @Field(() => Int) count!: number;
  @Field() expiresAt!: string;
  @Field({ description: 'CSV: Mã người trả lời, Nhóm, Mã đơn vị, Đường dẫn (chỉ trả về một lần)' }) csv!: string;
}

@Resolver()
export class IssueSurveyTokensResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => SurveyTokensType, { description: 'Cấp mã trả lời trực tuyến dùng một lần cho một nhóm đối tượng (survey_operator)' })
  issueSurveyTokens(@Ctx() ctx: RequestContext, @Args('input') input: IssueSurveyTokensInput) {
    return this.commands.execute(new IssueSurveyTokensCommand(ctx, input));
  }
}
