import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CycleEntity, UnitEntity } from './ranking.entities';

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
  @Field(() => CycleEntity, { description: 'Kỳ đánh giá của bảng xếp hạng' }) cycle!: CycleEntity;
  @Field(() => UnitEntity, { description: 'Đơn vị (tên, mã… từ danh mục đơn vị)' }) unit!: UnitEntity;
  @Field({ deprecationReason: 'Use unit { name } (the unit registry owns the name)' }) unitName!: string;
  @Field(() => Float, { description: 'Tổng điểm' }) total!: number;
  @Field(() => Float, { description: 'Điểm tối đa áp dụng (trừ tiêu chí không áp dụng)' }) maxPoints!: number;
  @Field(() => Float, { description: 'Chỉ số (%)' }) indexPercent!: number;
  @Field(() => String, { nullable: true }) classCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Xếp loại (Xuất sắc, Tốt, Khá, Trung bình, Yếu)' }) classLabel!: string | null;
  @Field(() => [ComponentScoreType]) components!: ComponentScoreType[];
}
