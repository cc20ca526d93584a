import { Args, Field, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { PublicCall } from '@par/nest-platform';
import { SurveyAnswerReceiptType } from '../survey-form/survey-form.types';
import { AnswerSurveyCommand } from './answer-survey.command';

@InputType()
export class SurveyAnswerInput {
  @Field() questionId!: string;
  @Field(() => Int, { nullable: true, description: 'Mức trả lời; trống: không trả lời' }) value?: number | null;
}

@Resolver()
export class AnswerSurveyResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => SurveyAnswerReceiptType, { description: 'Gửi câu trả lời bằng mã dùng một lần (công khai, không cần đăng nhập)' })
  answerSurvey(
    @PublicCall() call: { correlationId: string },
    @Args('token') token: string,
    @Args('answers', { type: () => [SurveyAnswerInput] }) answers: SurveyAnswerInput[],
  ) {
    return this.commands.execute(
      new AnswerSurveyCommand(
        call.correlationId,
        token,
        answers.map((a) => ({ questionId: a.questionId, value: a.value ?? null })),
      ),
    );
  }
}
