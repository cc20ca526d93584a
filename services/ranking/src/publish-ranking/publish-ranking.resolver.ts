import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { OfficialRankingType } from '../official-versions/official-version.types';
import { PublishRankingCommand } from './publish-ranking.command';

@InputType()
export class PublishRankingInput {
  @Field(() => ID) cycleId!: string;
  @Field({ description: 'Số quyết định phê duyệt, công bố (ví dụ 123/QĐ-UBND)' }) decisionNumber!: string;
  @Field({ description: 'Ngày quyết định, YYYY-MM-DD (không sau ngày hôm nay)' }) decisionDate!: string;
  @Field(() => String, { nullable: true, description: 'Người ký quyết định' }) signer?: string | null;
  @Field(() => Int, { nullable: true, description: 'Phiên bản luồng công bố đã đọc (0 khi chưa công bố)' }) expectedVersion?: number | null;
}

@Resolver()
export class PublishRankingResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => OfficialRankingType, {
    description: 'Phê duyệt và công bố kết quả xếp hạng của kỳ theo quyết định: chụp lại xếp hạng tạm thời thành phiên bản chính thức 1',
  })
  publishRanking(@Ctx() ctx: RequestContext, @Args('input') input: PublishRankingInput) {
    return this.commands.execute(new PublishRankingCommand(ctx, input));
  }
}
