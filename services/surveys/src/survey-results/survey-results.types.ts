import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SurveyItemResult', { description: 'Kết quả của đơn vị trên một tiêu chí đo bằng khảo sát' })
export class SurveyItemResultType {
  @Field() code!: string;
  @Field(() => String, { nullable: true }) factor!: string | null;
  @Field(() => Float, { description: 'Tỷ lệ trả lời tích cực/hài lòng (0–1)' }) rate!: number;
  @Field(() => Float) points!: number;
  @Field(() => Float) maxPoints!: number;
  @Field(() => Int) responses!: number;
}

@ObjectType('SipasFactorResult', { description: 'Một yếu tố SIPAS: tỷ lệ hài lòng và điểm' })
export class SipasFactorResultType {
  @Field() factor!: string;
  @Field() labelVi!: string;
  @Field() code!: string;
  @Field(() => Float) rate!: number;
  @Field(() => Float) points!: number;
}

@ObjectType('SurveyUnitResult', { description: 'Kết quả khảo sát đã công bố của một đơn vị' })
export class SurveyUnitResultType {
  @Field(() => ID) unitId!: string;
  @Field(() => [SurveyItemResultType]) items!: SurveyItemResultType[];
  @Field(() => [SipasFactorResultType]) sipasFactors!: SipasFactorResultType[];
  @Field(() => Float, { nullable: true, description: 'Chỉ số SIPAS: trung bình tỷ lệ hài lòng của các yếu tố' }) sipasIndex!: number | null;
  @Field(() => Float) totalPoints!: number;
}

@ObjectType('SurveyResults', { description: 'Kết quả khảo sát đã công bố' })
export class SurveyResultsType {
  @Field(() => ID) campaignId!: string;
  @Field(() => ID) cycleId!: string;
  @Field(() => Int) resultVersion!: number;
  @Field(() => [SurveyUnitResultType]) units!: SurveyUnitResultType[];
}
