import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditVerification', { description: 'Kết quả kiểm tra tính toàn vẹn của lịch sử' })
export class AuditVerificationType {
  @Field() ok!: boolean;
  @Field(() => Int) checked!: number;
  @Field({ nullable: true }) firstBrokenStreamId?: string;
  @Field(() => Int, { nullable: true }) firstBrokenVersion?: number;
  @Field({ nullable: true }) firstBrokenEventId?: string;
}
