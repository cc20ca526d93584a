import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { DetachEvidenceCommand } from './detach-evidence.command';

@InputType()
export class DetachEvidenceInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field({ description: 'Mã tiêu chí' }) code!: string;
  @Field({ description: 'SHA-256 của tài liệu (hex)' }) sha256!: string;
  @Field(() => Int, { nullable: true, description: 'Version last read; a concurrent change gives CONCURRENCY_CONFLICT' })
  expectedVersion?: number;
}

@Resolver()
export class DetachEvidenceResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AssessmentType, { description: 'Gỡ một tài liệu kiểm chứng khỏi tiêu chí' })
  detachEvidence(@Ctx() ctx: RequestContext, @Args('input') input: DetachEvidenceInput) {
    return this.commands.execute(new DetachEvidenceCommand(ctx, input));
  }
}
