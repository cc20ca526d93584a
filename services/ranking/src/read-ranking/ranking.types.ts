import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

/** Reference to the Unit entity owned by the frameworks subgraph. */
@ObjectType('Unit')
@Directive('@key(fields: "id", resolvable: false)')
export class UnitRef {
  @Field(() => ID) id!: string;
}

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
  @Field(() => UnitRef) unit!: UnitRef;
  @Field() unitName!: string;
  @Field(() => Float, { description: 'Tổng điểm' }) total!: number;
  @Field(() => Float) maxPoints!: number;
  @Field(() => Float, { description: 'Chỉ số (%)' }) indexPercent!: number;
  @Field({ nullable: true }) classCode!: string | null;
  @Field({ nullable: true, description: 'Xếp loại (Xuất sắc, Tốt, Khá, Trung bình, Yếu)' }) classLabel!: string | null;
  @Field(() => [ComponentScoreType]) components!: ComponentScoreType[];
}
