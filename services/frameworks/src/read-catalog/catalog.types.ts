import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { UnitKind } from '../unit-registry/unit-kind.enum';

@ObjectType('FrameworkComponent', { description: 'Lĩnh vực / chỉ số thành phần' })
export class FrameworkComponentType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float) maxPoints!: number;
}

@ObjectType('ScoringItem', { description: 'Tiêu chí thành phần (or a criterion carrying points itself)' })
export class ScoringItemType {
  @Field() code!: string;
  @Field() name!: string;
  @Field() componentCode!: string;
  @Field(() => Float) maxPoints!: number;
  @Field({ description: 'appraised | survey | satisfaction | indicator' }) method!: string;
  @Field(() => Float, { nullable: true }) step?: number;
  @Field(() => [String]) departments!: string[];
}

@ObjectType('FrameworkVersion', { description: 'Bộ tiêu chí, one published version' })
export class FrameworkVersionType {
  @Field(() => ID) frameworkId!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field() unitType!: string;
  @Field(() => Float) totalMaxPoints!: number;
  @Field(() => [FrameworkComponentType]) components!: FrameworkComponentType[];
  @Field(() => [ScoringItemType]) items!: ScoringItemType[];
}

@ObjectType('Unit', { description: 'Đơn vị được đánh giá' })
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

@ObjectType('Cycle', { description: 'Kỳ đánh giá' })
export class CycleType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) year!: number;
  @Field() unitType!: string;
  @Field() frameworkId!: string;
  @Field(() => Int) frameworkVersion!: number;
}
