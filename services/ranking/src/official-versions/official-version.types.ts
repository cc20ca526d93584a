import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CycleEntity } from '../read-ranking/ranking.entities';
import { RankingRowType } from '../read-ranking/ranking.types';
import { RankingModule } from '../ranking.module';

export enum RankingVersionKind {
  PUBLISHED = 'PUBLISHED',
  CORRECTED = 'CORRECTED',
}
registerEnumType(RankingVersionKind, {
  name: 'RankingVersionKind',
  description: 'Công bố lần đầu hoặc điều chỉnh sau công bố (theo quyết định mới)',
});

@ObjectType('RankingVersion', {
  description: 'Một phiên bản chính thức của bảng xếp hạng, theo một quyết định',
  registerIn: () => RankingModule,
})
export class RankingVersionType {
  @Field(() => Int, { description: '1 khi công bố, 2, 3… cho mỗi lần điều chỉnh' }) version!: number;
  @Field(() => RankingVersionKind) kind!: RankingVersionKind;
  @Field({ description: 'Số quyết định, ví dụ 123/QĐ-UBND' }) decisionNumber!: string;
  @Field({ description: 'Ngày quyết định (YYYY-MM-DD)' }) decisionDate!: string;
  @Field(() => String, { nullable: true, description: 'Người ký' }) signer!: string | null;
  @Field(() => String, { nullable: true, description: 'Lý do điều chỉnh (null khi công bố lần đầu)' }) reason!: string | null;
  @Field(() => Int, { nullable: true, description: 'Phiên bản được điều chỉnh' }) correctsVersion!: number | null;
  @Field({ description: 'Thời điểm ghi nhận (ISO)' }) publishedAt!: string;
  @Field(() => ID, { description: 'Người thực hiện (định danh)' }) publishedById!: string;
  @Field(() => String, { nullable: true, description: 'Người thực hiện (tên)' }) publishedByName!: string | null;
  @Field({ description: 'Mã băm của sự kiện trong chuỗi kiểm toán' }) hash!: string;
}

/** Scoped to the ranking module (ADR 0012): its `cycle` is the ranking subgraph's `Cycle` entity reference (key only; the frameworks subgraph resolves the rest). */
@ObjectType('OfficialRanking', {
  description: 'Bảng xếp hạng chính thức của một kỳ, theo một phiên bản (không thay đổi sau khi công bố)',
  registerIn: () => RankingModule,
})
export class OfficialRankingType {
  @Field(() => ID) cycleId!: string;
  @Field(() => CycleEntity) cycle!: CycleEntity;
  @Field(() => RankingVersionType) version!: RankingVersionType;
  @Field(() => Int, { description: 'Phiên bản chính thức mới nhất của kỳ (để biết phiên bản này còn hiệu lực không)' })
  latestVersion!: number;
  @Field(() => [RankingRowType]) rows!: RankingRowType[];
}
