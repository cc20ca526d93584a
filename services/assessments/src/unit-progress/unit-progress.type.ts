import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum UnitProgressStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
  APPRAISED = 'APPRAISED',
  EXPLAINING = 'EXPLAINING',
  FINAL = 'FINAL',
}
registerEnumType(UnitProgressStatus, {
  name: 'UnitProgressStatus',
  description: 'Chưa bắt đầu, đang tự đánh giá, đã nộp, đã thẩm định (một phần), đang giải trình, đã chốt',
});

@ObjectType('UnitProgress', { description: 'Tiến độ của một đơn vị trong kỳ đánh giá' })
export class UnitProgressType {
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field(() => UnitProgressStatus) status!: UnitProgressStatus;
  @Field(() => Int, { description: 'Số tiêu chí thẩm định thủ công (trừ tiêu chí không áp dụng)' }) itemsTotal!: number;
  @Field(() => Int) itemsSelfScored!: number;
  @Field(() => Int) itemsAppraised!: number;
  @Field(() => Int, { description: 'Số giải trình đang chờ quyết định' }) openExplanations!: number;
  @Field(() => String, { nullable: true }) submittedAt!: string | null;
  @Field(() => String, { nullable: true }) finalizedAt!: string | null;
}
