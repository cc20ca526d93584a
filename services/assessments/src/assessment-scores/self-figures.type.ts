import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';

/**
 * Raw figures of a self-assessed item whose framework rule computes points (`RuleInput` of @par/scoring): which
 * fields count depends on the rule — ratio / bands on ratio: numerator, denominator; bands on percentage or count:
 * measure; bands on growth: current, previous; deduction: occurrences; yes-no: yes.
 */
@InputType('SelfFiguresInput')
export class SelfFiguresInput {
  @Field({ nullable: true, description: 'Có/Không (quy tắc yes-no)' }) yes?: boolean;
  @Field(() => Float, { nullable: true, description: 'Tử số (vd. số TTHC thanh toán trực tuyến)' }) numerator?: number;
  @Field(() => Float, { nullable: true, description: 'Mẫu số (vd. tổng số TTHC)' }) denominator?: number;
  @Field(() => Float, { nullable: true, description: 'Tỷ lệ % hoặc số lượng đo được' }) measure?: number;
  @Field(() => Float, { nullable: true, description: 'Số liệu kỳ này (tăng trưởng)' }) current?: number;
  @Field(() => Float, { nullable: true, description: 'Số liệu kỳ trước (tăng trưởng)' }) previous?: number;
  @Field(() => Int, { nullable: true, description: 'Số lần vi phạm (trừ điểm)' }) occurrences?: number;
}

@ObjectType('SelfFigures', { description: 'Số liệu đơn vị nhập để quy tắc của bộ tiêu chí tính điểm' })
export class SelfFiguresType {
  @Field(() => Boolean, { nullable: true }) yes?: boolean | null;
  @Field(() => Float, { nullable: true }) numerator?: number | null;
  @Field(() => Float, { nullable: true }) denominator?: number | null;
  @Field(() => Float, { nullable: true }) measure?: number | null;
  @Field(() => Float, { nullable: true }) current?: number | null;
  @Field(() => Float, { nullable: true }) previous?: number | null;
  @Field(() => Int, { nullable: true }) occurrences?: number | null;
}
