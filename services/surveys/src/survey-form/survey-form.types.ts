import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SurveyScaleLevelType } from '../campaign-view/campaign-view.type';

@ObjectType('SurveyFormQuestion')
export class SurveyFormQuestionType {
  @Field() id!: string;
  @Field() text!: string;
  @Field() required!: boolean;
}

@ObjectType('SurveyForm', { description: 'Phiếu khảo sát mở bằng mã dùng một lần (không cần đăng nhập)' })
export class SurveyFormType {
  @Field() campaignName!: string;
  @Field() groupName!: string;
  @Field({ description: 'Đơn vị được đánh giá' }) unitName!: string;
  @Field() expiresAt!: string;
  @Field(() => [SurveyScaleLevelType]) scale!: SurveyScaleLevelType[];
  @Field(() => [SurveyFormQuestionType]) questions!: SurveyFormQuestionType[];
}

@ObjectType('SurveyAnswerReceipt', { description: 'Xác nhận đã ghi nhận câu trả lời' })
export class SurveyAnswerReceiptType {
  @Field() message!: string;
  @Field(() => Int) answered!: number;
}
