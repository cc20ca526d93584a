import { Args, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { PublicCall } from '@par/nest-platform';
import { SurveyFormQuery } from './survey-form.query';
import { SurveyFormType } from './survey-form.types';

@Resolver()
export class SurveyFormResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => SurveyFormType, { description: 'Phiếu khảo sát trực tuyến theo mã dùng một lần (công khai, không cần đăng nhập)' })
  surveyForm(@PublicCall() call: { correlationId: string }, @Args('token') token: string) {
    return this.queries.execute(new SurveyFormQuery(call.correlationId, token));
  }
}
