import { registerEnumType } from '@nestjs/graphql';

export enum SelfAssessmentStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(SelfAssessmentStatus, {
  name: 'SelfAssessmentStatus',
  description: 'NOT_STARTED: chưa tự đánh giá; IN_PROGRESS: đang tự đánh giá; SUBMITTED: đã gửi thẩm định',
});
