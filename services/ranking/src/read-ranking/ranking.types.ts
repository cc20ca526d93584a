import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ComponentScore')
export class ComponentScoreType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float) points!: number;
  @Field(() => Float) maxPoints!: number;
}

@ObjectType('RankingRow', { description: 'Một dòng của bảng xếp hạng' })
export class RankingRowType {
  @Field(() => Int) rank!: number;
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field(() => Float, { description: 'Tổng điểm' }) total!: number;
  @Field(() => Float) maxPoints!: number;
  @Field(() => Float, { description: 'Chỉ số (%)' }) indexPercent!: number;
  @Field(() => String, { nullable: true }) classCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Xếp loại (Xuất sắc, Tốt, Khá, Trung bình, Yếu)' }) classLabel!: string | null;
  @Field(() => [ComponentScoreType]) components!: ComponentScoreType[];
}
