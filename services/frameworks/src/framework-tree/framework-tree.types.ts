import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JsonScalar } from './json.scalar';

export enum MeasurementMethodEnum {
  APPRAISED = 'appraised',
  SURVEY = 'survey',
  SATISFACTION = 'satisfaction',
  INDICATOR = 'indicator',
  MIXED = 'mixed',
}
registerEnumType(MeasurementMethodEnum, {
  name: 'MeasurementMethod',
  description: 'Phương pháp đánh giá: thẩm định, điều tra xã hội học, khảo sát hài lòng, chỉ số, hỗn hợp',
});

@ObjectType('ScoringRule', { description: 'Quy tắc chấm điểm' })
export class ScoringRuleType {
  @Field({ description: 'manual | yes-no | ratio | bands | deduction | rate (docs/framework-format.md)' }) type!: string;
  @Field(() => JsonScalar, { description: 'The rule’s parameters as in the definition' }) parameters!: unknown;
  @Field({ description: 'Mô tả quy tắc bằng tiếng Việt' }) descriptionVi!: string;
}

@ObjectType('Applicability', { description: 'Phạm vi áp dụng' })
export class ApplicabilityType {
  @Field({ description: 'always | conditional' }) mode!: string;
  @Field(() => String, { nullable: true }) condition!: string | null;
}

@ObjectType('ScoredNodeFields', { isAbstract: true })
class ScoredFields {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float) maxPoints!: number;
  @Field(() => MeasurementMethodEnum, { nullable: true }) method!: MeasurementMethodEnum | null;
  @Field(() => ScoringRuleType, { nullable: true }) rule!: ScoringRuleType | null;
  @Field(() => [String], { description: 'Responsible departments (codes; first is the lead)' }) departments!: string[];
  @Field(() => ApplicabilityType) applicability!: ApplicabilityType;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('FrameworkSubCriterion', { description: 'Tiêu chí thành phần' })
export class FrameworkSubCriterionType extends ScoredFields {}

@ObjectType('FrameworkCriterion', { description: 'Tiêu chí (with sub-criteria, or carrying points itself)' })
export class FrameworkCriterionType extends ScoredFields {
  @Field(() => [FrameworkSubCriterionType]) subCriteria!: FrameworkSubCriterionType[];
}

@ObjectType('FrameworkAggregate', { description: 'Points whose criteria the source does not itemise' })
export class FrameworkAggregateType extends ScoredFields {}

@ObjectType('Decision', { description: 'Quyết định' })
export class DecisionType {
  @Field() number!: string;
  @Field({ description: 'ISO date' }) date!: string;
}

@ObjectType('FrameworkAmendment', { description: 'The version a version amends, and the amending decision' })
export class FrameworkAmendmentType {
  @Field(() => Int) fromVersion!: number;
  @Field(() => DecisionType) decision!: DecisionType;
}

@ObjectType('Rounding', { description: 'Làm tròn' })
export class RoundingType {
  @Field(() => Int) decimals!: number;
  @Field() mode!: string;
  @Field({ description: 'leaf | component | total' }) at!: string;
}

@ObjectType('ClassificationBand', { description: 'Mức xếp loại' })
export class ClassificationBandType {
  @Field() code!: string;
  @Field() label!: string;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper bound (exclusive): the next band’s min' }) max!: number | null;
}

@ObjectType('Department', { description: 'Cơ quan chủ trì' })
export class DepartmentType {
  @Field() code!: string;
  @Field() name!: string;
}
