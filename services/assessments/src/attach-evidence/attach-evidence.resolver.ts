import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx, GraphQLUpload, type FileUpload } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { AttachEvidenceCommand } from './attach-evidence.command';

@InputType()
export class EvidenceTargetInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field({ description: 'Mã tiêu chí' }) code!: string;
  @Field(() => Int, { nullable: true, description: 'Version last read; a concurrent change gives CONCURRENCY_CONFLICT' })
  expectedVersion?: number;
}

@Resolver()
export class AttachEvidenceResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, {
    description:
      'Đính kèm tài liệu kiểm chứng (PDF, DOCX, XLSX, PNG, JPEG; kiểm tra theo nội dung tệp; tối đa 20 MB) cho một tiêu chí tự đánh giá',
  })
  attachEvidence(
    @Ctx() ctx: RequestContext,
    @Args('input') input: EvidenceTargetInput,
    @Args('file', { type: () => GraphQLUpload }) file: Promise<FileUpload>,
  ) {
    return this.commands.execute(new AttachEvidenceCommand(ctx, input, file));
  }
}
