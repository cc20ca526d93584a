import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

@ObjectType('AuditChange', { description: 'Một giá trị thay đổi: trường, giá trị cũ → mới' })
export class AuditChangeType {
  @Field(() => String, { nullable: true, description: 'Tiêu chí; null: cả đơn vị' }) code!: string | null;
  @Field({ description: 'Trường của trạng thái, ví dụ scores.self, scores.appraised, notApplicable' }) field!: string;
  @Field({ description: 'Tên trường bằng tiếng Việt' }) label!: string;
  @Field(() => String, { nullable: true }) oldValue!: string | null;
  @Field(() => String, { nullable: true }) newValue!: string | null;
}

@ObjectType('AuditEntry', { description: 'Một sự kiện của lịch sử kiểm toán: cái gì đổi (cũ → mới), ai, khi nào, lý do, mã băm' })
export class AuditEntryType {
  @Field(() => ID) eventId!: string;
  @Field({ description: 'Loại sự kiện nội bộ, ví dụ SelfScoreRecorded' }) eventType!: string;
  @Field({ description: 'self | appraised | not-applicable | not-applicable-cleared | (loại sự kiện)' }) kind!: string;
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => String, { nullable: true, description: 'Tiêu chí của sự kiện; null: cả đơn vị' }) code!: string | null;
  @Field({ description: 'Mô tả bằng tiếng Việt' }) summary!: string;
  @Field(() => String, { nullable: true, description: 'Giá trị chính trước sự kiện' }) oldValue!: string | null;
  @Field(() => String, { nullable: true, description: 'Giá trị chính sau sự kiện' }) newValue!: string | null;
  @Field(() => [AuditChangeType]) changes!: AuditChangeType[];
  @Field() actorId!: string;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => [String]) actorRoles!: string[];
  @Field({ description: 'Thời điểm thao tác (ISO)' }) at!: string;
  @Field({ description: 'Thời điểm ghi vào kho sự kiện (đồng hồ cơ sở dữ liệu, ISO); asOf, from, to so với giá trị này' })
  recordedAt!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() streamId!: string;
  @Field(() => Int) streamVersion!: number;
  @Field() globalPosition!: string;
  @Field() hash!: string;
  @Field(() => String, { nullable: true }) prevHash!: string | null;
}

export enum HistoryOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}
registerEnumType(HistoryOrder, { name: 'HistoryOrder', description: 'Thứ tự: mới nhất trước hoặc cũ nhất trước' });

@ObjectType('HistoryPageInfo')
export class HistoryPageInfoType {
  @Field(() => String, { nullable: true, description: 'Gửi lại làm "after" để lấy trang sau' }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ObjectType('AuditHistoryPage', { description: 'Một trang lịch sử kiểm toán' })
export class AuditHistoryPageType {
  @Field(() => [AuditEntryType]) entries!: AuditEntryType[];
  @Field(() => HistoryPageInfoType) pageInfo!: HistoryPageInfoType;
}
