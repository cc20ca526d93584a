import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { FrameworksModule } from '../frameworks.module';
import {
  ClassificationBandType,
  DecisionType,
  DepartmentType,
  FrameworkAggregateType,
  FrameworkAmendmentType,
  FrameworkCriterionType,
  RoundingType,
} from '../framework-tree/framework-tree.types';
import { UnitKind } from '../unit-registry/unit-kind.enum';

@ObjectType('FrameworkComponent', { description: 'Lĩnh vực / chỉ số thành phần' })
export class FrameworkComponentType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float) maxPoints!: number;
  @Field(() => String, { nullable: true }) shortName?: string | null;
  @Field(() => [FrameworkCriterionType], { defaultValue: [] }) criteria?: FrameworkCriterionType[];
  @Field(() => [FrameworkAggregateType], { defaultValue: [] }) aggregates?: FrameworkAggregateType[];
}

@ObjectType('ScoringItem', { description: 'Tiêu chí thành phần (or a criterion carrying points itself)' })
@Directive('@key(fields: "frameworkId frameworkVersion code")')
export class ScoringItemType {
  /** Filled from the parent framework by `FrameworkVersion.items` (entity-references.resolver.ts). */
  @Field(() => ID) frameworkId?: string;
  @Field(() => Int) frameworkVersion?: number;
  @Field() code!: string;
  @Field() name!: string;
  @Field() componentCode!: string;
  @Field(() => Float) maxPoints!: number;
  @Field({ description: 'appraised | survey | satisfaction | indicator' }) method!: string;
  @Field(() => Float, { nullable: true }) step?: number;
  @Field(() => [String]) departments!: string[];
}

@ObjectType('FrameworkVersion', { description: 'Bộ tiêu chí, one published version' })
@Directive('@key(fields: "frameworkId version")')
export class FrameworkVersionType {
  @Field(() => ID) frameworkId!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field() unitType!: string;
  @Field(() => Float) totalMaxPoints!: number;
  @Field(() => [FrameworkComponentType]) components!: FrameworkComponentType[];
  @Field(() => [ScoringItemType]) items!: ScoringItemType[];
  @Field(() => DecisionType, { nullable: true, description: 'Quyết định ban hành' }) decision?: DecisionType | null;
  @Field(() => String, { nullable: true, description: 'First day the version applies (ISO)' }) validFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day the version applies (ISO)' }) validTo?: string | null;
  @Field(() => FrameworkAmendmentType, { nullable: true }) amends?: FrameworkAmendmentType | null;
  @Field(() => RoundingType, { nullable: true }) rounding?: RoundingType | null;
  @Field(() => String, { nullable: true, description: 'index | total' }) classificationBasis?: string | null;
  @Field(() => [ClassificationBandType], { defaultValue: [] }) classificationBands?: ClassificationBandType[];
  @Field(() => [DepartmentType], { defaultValue: [] }) departments?: DepartmentType[];
}

@ObjectType('Unit', { description: 'Đơn vị được đánh giá', registerIn: () => FrameworksModule })
@Directive('@key(fields: "id")')
export class UnitType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() unitType!: string;
  @Field(() => ID, { nullable: true }) parentUnitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Mã đơn vị hành chính (2025: 5 chữ số cho xã, phường, đặc khu; Sở do tỉnh cấp)' })
  code?: string | null;
  @Field(() => UnitKind, { nullable: true }) kind?: UnitKind | null;
  @Field(() => String, { nullable: true, description: 'Hiệu lực từ (YYYY-MM-DD; trống = không giới hạn)' }) validFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Hiệu lực đến, kể cả ngày này (YYYY-MM-DD; trống = còn hiệu lực)' })
  validTo?: string | null;
}

@ObjectType('Cycle', { description: 'Kỳ đánh giá', registerIn: () => FrameworksModule })
@Directive('@key(fields: "id")')
export class CycleType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) year!: number;
  @Field() unitType!: string;
  @Field() frameworkId!: string;
  @Field(() => Int) frameworkVersion!: number;
  @Field(() => String, { nullable: true, description: 'The units are the registry’s as of this date (ISO)' })
  referenceDate?: string | null;
}
