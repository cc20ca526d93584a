import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ItemScore')
export class ItemScoreType {
  @Field() subCriterionCode!: string;
  @Field(() => Float, { nullable: true, description: 'Điểm tự đánh giá' }) selfScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'Điểm thẩm định' }) appraisedScore!: number | null;
}

@ObjectType('Assessment', { description: 'Kết quả tự đánh giá và thẩm định của một đơn vị trong một kỳ' })
export class AssessmentType {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => Int, { description: 'Stream version: send it back as expectedVersion to detect concurrent edits' }) version!: number;
  @Field(() => [ItemScoreType]) scores!: ItemScoreType[];
}

@ObjectType('ScoreChange', { description: 'Một lần thay đổi điểm: giá trị cũ → mới, ai, vai trò, khi nào, lý do' })
export class ScoreChangeType {
  @Field(() => ID) eventId!: string;
  @Field({ description: 'self | appraised' }) kind!: string;
  @Field(() => Float, { nullable: true }) oldValue!: number | null;
  @Field(() => Float) newValue!: number;
  @Field() actorId!: string;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => [String]) actorRoles!: string[];
  @Field() at!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int) streamVersion!: number;
  @Field() globalPosition!: string;
  @Field() hash!: string;
}

@ObjectType('AuditVerification', { description: 'Kết quả kiểm tra tính toàn vẹn của lịch sử' })
export class AuditVerificationType {
  @Field() ok!: boolean;
  @Field(() => Int) checked!: number;
  @Field({ nullable: true }) firstBrokenStreamId?: string;
  @Field(() => Int, { nullable: true }) firstBrokenVersion?: number;
  @Field({ nullable: true }) firstBrokenEventId?: string;
}
