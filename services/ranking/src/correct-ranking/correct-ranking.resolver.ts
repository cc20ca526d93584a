import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { OfficialRankingType } from '../official-versions/official-version.types';
import { CorrectRankingCommand } from './correct-ranking.command';

@InputType()
export class CorrectRankingInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => String, { nullable: true, description: 'Số quyết định điều chỉnh (bắt buộc; thiếu: CORRECTION_NEEDS_DECISION)' })
  decisionNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Ngày quyết định điều chỉnh, YYYY-MM-DD (bắt buộc)' }) decisionDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Người ký quyết định' }) signer?: string | null;
  @Field({ description: 'Lý do điều chỉnh (bắt buộc)' }) reason!: string;
  @Field(() => Int, { nullable: true, description: 'Phiên bản chính thức mới nhất đã đọc (= phiên bản luồng công bố)' })
  expectedVersion?: number | null;
}

@Resolver()
export class CorrectRankingResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => OfficialRankingType, {
    description:
      'Điều chỉnh kết quả đã công bố theo quyết định mới, kèm lý do: tạo phiên bản chính thức mới; các phiên bản trước được giữ nguyên',
  })
  correctRanking(@Ctx() ctx: RequestContext, @Args('input') input: CorrectRankingInput) {
    return this.commands.execute(new CorrectRankingCommand(ctx, input));
  }
}
