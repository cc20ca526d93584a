import { Args, Field, ID, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx, GraphQLUpload, type FileUpload } from '@par/nest-platform';
import { ImportSurveyResponsesCommand } from './import-survey-responses.command';

@ObjectType('SurveyImportProblem', { description: 'Một lỗi của tệp phiếu khảo sát: sheet, dòng, cột' })
export class SurveyImportProblemType {
  @Field(() => String, { nullable: true }) sheet!: string | null;
  @Field(() => Int, { nullable: true }) row!: number | null;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field() code!: string;
  @Field() messageVi!: string;
  @Field() detail!: string;
}

@ObjectType('SurveyImportResult', { description: 'Kết quả nhập phiếu: có lỗi thì không nhập dòng nào' })
export class SurveyImportResultType {
  @Field(() => ID) campaignId!: string;
  @Field() fileName!: string;
  @Field(() => Int, { description: 'Số dòng phiếu trong tệp' }) rows!: number;
  @Field(() => Int, { description: 'Số phiếu mới hoặc đã sửa được ghi' }) imported!: number;
  @Field(() => Int, { description: 'Số phiếu đã có sẵn đúng như tệp' }) unchanged!: number;
  @Field(() => [SurveyImportProblemType]) problems!: SurveyImportProblemType[];
}

@Resolver()
export class ImportSurveyResponsesResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => SurveyImportResultType, {
    description:
      'Nhập phiếu khảo sát từ tệp CSV/XLSX: báo mọi dòng lỗi và không nhập gì nếu có lỗi; nhập lại cùng tệp không đổi gì (survey_operator)',
  })
  importSurveyResponses(
    @Ctx() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('file', { type: () => GraphQLUpload }) file: Promise<FileUpload>,
  ) {
    return this.commands.execute(new ImportSurveyResponsesCommand(ctx, campaignId, file));
  }
}
