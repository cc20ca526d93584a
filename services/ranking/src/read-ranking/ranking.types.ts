import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CycleEntity, UnitEntity } from './ranking.entities';

export enum ScoringStatus {
  NOT_SCORED = 'NOT_SCORED',
  PARTLY_SCORED = 'PARTLY_SCORED',
  FULLY_SCORED = 'FULLY_SCORED',
}
registerEnumType(ScoringStatus, {
  name: 'ScoringStatus',
  description: 'Tình trạng chấm điểm của đơn vị: chưa chấm (khác với 0 điểm), đang chấm, đã chấm đủ',
  valuesMap: {
    NOT_SCORED: { description: 'Chưa chấm tiêu chí nào' },
    PARTLY_SCORED: { description: 'Còn tiêu chí chưa chấm' },
    FULLY_SCORED: { description: 'Đã chấm mọi tiêu chí áp dụng' },
  },
});

export enum RankingKind {
  PROVISIONAL = 'PROVISIONAL',
  OFFICIAL = 'OFFICIAL',
}
registerEnumType(RankingKind, {
  name: 'RankingKind',
  description: 'Xếp hạng tạm thời (trực tiếp từ điểm, trước khi công bố) hoặc chính thức (theo quyết định công bố/điều chỉnh)',
});

@ObjectType('ComponentScore')
export class ComponentScoreType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float) points!: number;
  @Field(() => Float) maxPoints!: number;
}

@ObjectType('RankingRow', { description: 'Một dòng của bảng xếp hạng' })
export class RankingRowType {
  @Field(() => Int) rank!: number;
  @Field(() => ID) unitId!: string;
  @Field(() => CycleEntity, { description: 'Kỳ đánh giá của bảng xếp hạng' }) cycle!: CycleEntity;
  @Field(() => UnitEntity, { description: 'Đơn vị (tên, mã… từ danh mục đơn vị)' }) unit!: UnitEntity;
  @Field({ deprecationReason: 'Use unit { name } (the unit registry owns the name)' }) unitName!: string;
  @Field(() => Float, { description: 'Tổng điểm (tiêu chí chưa chấm không được tính)' }) total!: number;
  @Field(() => Float, { description: 'Điểm tối đa áp dụng (trừ tiêu chí không áp dụng)' }) maxPoints!: number;
  @Field(() => Float, { description: 'Chỉ số (%)' }) indexPercent!: number;
  @Field(() => String, { nullable: true }) classCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Xếp loại (Xuất sắc, Tốt, Khá, Trung bình, Yếu)' }) classLabel!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Điều chỉnh xếp loại theo quy tắc (ví dụ tỷ lệ 2/3 đơn vị cấp xã trực thuộc): giữ nguyên, hạ loại, hoặc chưa áp dụng được',
  })
  classNote!: string | null;
  @Field(() => [ComponentScoreType]) components!: ComponentScoreType[];
  @Field(() => Int, { description: 'Số tiêu chí áp dụng chưa chấm ("chưa chấm", không phải 0 điểm)' }) unscoredItems!: number;
  @Field(() => Float, { description: 'Tổng điểm tối đa của các tiêu chí chưa chấm' }) unscoredMaxPoints!: number;
  @Field(() => Float, {
    description: 'Điểm bị mất trên các tiêu chí đã chấm: điểm tối đa áp dụng − điểm tối đa chưa chấm − tổng điểm',
  })
  lostPoints!: number;
  @Field(() => ScoringStatus) scoringStatus!: ScoringStatus;
  @Field(() => RankingKind, { description: 'Tạm thời hay chính thức' }) kind!: RankingKind;
  @Field(() => Int, { nullable: true, description: 'Phiên bản chính thức (null với xếp hạng tạm thời)' }) rankingVersion!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Đơn vị đã hoàn thành thẩm định (chỉ với xếp hạng tạm thời; null với xếp hạng chính thức)',
  })
  appraisalFinal!: boolean | null;
}

/** Points lost on the scored items only: unscored items are not lost points (thousandths, as maxima are). */
export function lostOnScored(r: { maxPoints: number; unscoredMaxPoints: number; total: number }): number {
  return Math.round((r.maxPoints - r.unscoredMaxPoints - r.total) * 1000) / 1000;
}
