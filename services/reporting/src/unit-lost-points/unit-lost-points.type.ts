import { Directive, Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ReportingModule } from '../reporting.module';

/** The frameworks subgraph's `Unit` entity, extended here with its lost points (key only: the province comes from the token). */
@ObjectType('Unit', { registerIn: () => ReportingModule })
@Directive('@key(fields: "id")')
export class UnitEntity {
  @Field(() => ID) id!: string;
}

@ObjectType('LostPointsItem', { description: 'Một tiêu chí bị mất điểm (phần thẩm định)' })
export class LostPointsItemType {
  @Field() code!: string;
  @Field() name!: string;
  @Field() componentCode!: string;
  @Field(() => [String]) departments!: string[];
  @Field(() => Float) max!: number;
  @Field(() => Float) achieved!: number;
  @Field(() => Float) lost!: number;
  @Field(() => String, { nullable: true, description: 'Lý do thẩm định' }) reason!: string | null;
}

@ObjectType('LostPointsGroup', { description: 'Điểm bị mất theo lĩnh vực hoặc theo phòng/sở phụ trách' })
export class LostPointsGroupType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float) lost!: number;
  @Field(() => [LostPointsItemType]) items!: LostPointsItemType[];
}

@ObjectType('UnitLostPoints', { description: 'Điểm bị mất của đơn vị trong kỳ (phần thẩm định)' })
export class UnitLostPointsType {
  @Field(() => ID) cycleId!: string;
  @Field(() => UnitEntity, { description: 'Đơn vị' }) unit!: UnitEntity;
  @Field(() => Float, { description: 'Tổng số điểm bị mất' }) total!: number;
  @Field(() => [LostPointsGroupType], { description: 'Theo lĩnh vực' }) byComponent!: LostPointsGroupType[];
  @Field(() => [LostPointsGroupType], { description: 'Theo phòng/sở phụ trách (một tiêu chí có thể thuộc nhiều nơi)' })
  byDepartment!: LostPointsGroupType[];
}
