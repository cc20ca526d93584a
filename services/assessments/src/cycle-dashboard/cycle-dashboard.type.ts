import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UnitProgressStatus, UnitProgressType } from '../unit-progress/unit-progress.type';

@ObjectType('StatusCount')
export class StatusCountType {
  @Field(() => UnitProgressStatus) status!: UnitProgressStatus;
  @Field(() => Int) count!: number;
}

@ObjectType('CycleDashboard', { description: 'Bảng theo dõi kỳ đánh giá: các đơn vị theo trạng thái' })
export class CycleDashboardType {
  @Field(() => ID) cycleId!: string;
  @Field(() => [StatusCountType], { description: 'Số đơn vị theo từng trạng thái (đủ sáu trạng thái)' }) counts!: StatusCountType[];
  @Field(() => [UnitProgressType]) units!: UnitProgressType[];
}
