import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CampaignDefinition, CampaignState } from '@par/surveys-domain';

@ObjectType('SurveyGroup', { description: 'Nhóm đối tượng khảo sát' })
export class SurveyGroupType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int, { description: 'Số phiếu cần cho mỗi đơn vị' }) quotaPerUnit!: number;
  @Field(() => Float) weight!: number;
  @Field(() => [String], { description: 'Các đơn vị nhóm đánh giá (trống: mọi đơn vị của kỳ)' }) assesses!: string[];
}

@ObjectType('SurveyQuestion', { description: 'Câu hỏi, gắn với tiêu chí đo bằng khảo sát' })
export class SurveyQuestionType {
  @Field() id!: string;
  @Field() text!: string;
  @Field() code!: string;
  @Field(() => String, { nullable: true, description: 'Yếu tố SIPAS' }) factor!: string | null;
  @Field() required!: boolean;
}

@ObjectType('SurveyScaleLevel')
export class SurveyScaleLevelType {
  @Field(() => Int) value!: number;
  @Field() label!: string;
  @Field({ description: 'Mức được tính là hài lòng/tích cực' }) positive!: boolean;
}

@ObjectType('SurveyCampaign', { description: 'Đợt khảo sát (điều tra XHH / SIPAS)' })
export class SurveyCampaignType {
  @Field(() => ID) campaignId!: string;
  @Field(() => ID) cycleId!: string;
  @Field() name!: string;
  @Field() frameworkId!: string;
  @Field(() => Int) frameworkVersion!: number;
  @Field({ description: 'pooled | group-weights' }) weighting!: string;
  @Field(() => [SurveyScaleLevelType]) scale!: SurveyScaleLevelType[];
  @Field(() => [SurveyGroupType]) groups!: SurveyGroupType[];
  @Field(() => [SurveyQuestionType]) questions!: SurveyQuestionType[];
  @Field(() => Int, { description: 'Số phiếu đã có' }) responses!: number;
  @Field(() => Int, { description: 'Phiên bản luồng sự kiện' }) version!: number;
}

export const scaleView = (def: CampaignDefinition): SurveyScaleLevelType[] =>
  def.scale.levels.map((l) => ({ value: l.value, label: l.label, positive: def.scale.positive.includes(l.value) }));

export function campaignView(state: CampaignState & { definition: CampaignDefinition }, version: number): SurveyCampaignType {
  const def = state.definition;
  return {
    campaignId: def.campaignId,
    cycleId: def.cycleId,
    name: def.name,
    frameworkId: state.frameworkId ?? '',
    frameworkVersion: state.frameworkVersion ?? 0,
    weighting: def.weighting,
    scale: scaleView(def),
    groups: def.groups.map((g) => ({ ...g })),
    questions: def.questions.map((q) => ({ ...q })),
    responses: state.responses.size,
    version,
  };
}
