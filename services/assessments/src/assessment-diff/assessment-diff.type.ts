import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AuditChangeType, AuditEntryType } from '../audit-entries/audit-entry.type';

@ObjectType('ItemDiff', { description: 'Một tiêu chí đã thay đổi giữa hai thời điểm: giá trị tại from và tại to, các sự kiện ở giữa' })
export class ItemDiffType {
  @Field(() => String, { nullable: true, description: 'Mã tiêu chí; null: thông tin chung của đơn vị' }) code!: string | null;
  @Field(() => [AuditChangeType], { description: 'oldValue: giá trị tại from; newValue: giá trị tại to' }) changes!: AuditChangeType[];
  @Field(() => [AuditEntryType], { description: 'Các sự kiện của tiêu chí ghi sau from, đến to' }) events!: AuditEntryType[];
}

@ObjectType('AssessmentDiff', { description: 'Khác biệt kết quả của một đơn vị giữa hai thời điểm' })
export class AssessmentDiffType {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => Int, { description: 'Phiên bản luồng tại from' }) fromVersion!: number;
  @Field(() => Int, { description: 'Phiên bản luồng tại to' }) toVersion!: number;
  @Field(() => [ItemDiffType], { description: 'Chỉ các tiêu chí đã thay đổi' }) items!: ItemDiffType[];
}
