import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AssessmentState } from '@par/assessments-domain';
import { UnitEntity } from '../unit-assessment/unit.entity';
import { ExplanationThreadType } from './explanation-thread.type';
import { SelfFiguresType } from './self-figures.type';
import { SelfAssessmentStatus } from './self-assessment-status';

/** The Assessment the scoring and not-applicable mutations return: every item's self and appraised score, and the stream version. */

@ObjectType('ItemScore')
export class ItemScoreType {
  @Field() subCriterionCode!: string;
  @Field(() => Float, { nullable: true, description: 'Điểm tự đánh giá' }) selfScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'Điểm thẩm định' }) appraisedScore!: number | null;
  @Field(() => SelfFiguresType, { nullable: true, description: 'Số liệu đơn vị nhập (khi điểm tự chấm được tính từ số liệu)' })
  figures?: SelfFiguresType | null;
  @Field(() => String, { nullable: true, description: 'Cách quy tắc tính điểm từ số liệu ("49/51 thủ tục → 0,96/1 điểm")' })
  ruleExplanation?: string | null;
}

@ObjectType('NotApplicableItem', { description: 'Tiêu chí không áp dụng cho đơn vị trong kỳ, kèm lý do' })
export class NotApplicableItemType {
  @Field() code!: string;
  @Field() reason!: string;
}

@ObjectType('Assessment', { description: 'Kết quả tự đánh giá và thẩm định của một đơn vị trong một kỳ' })
export class AssessmentType {
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => UnitEntity, { description: 'Đơn vị (tên, mã… từ danh mục đơn vị)' }) unit!: UnitEntity;
  @Field(() => Int, { description: 'Stream version: send it back as expectedVersion to detect concurrent edits' }) version!: number;
  @Field(() => [ItemScoreType]) scores!: ItemScoreType[];
  @Field(() => [NotApplicableItemType], { description: 'Tiêu chí không áp dụng (điểm tối đa của chúng không tính)' })
  notApplicable!: NotApplicableItemType[];
  @Field(() => String, { nullable: true, description: 'Thời điểm đơn vị gửi kết quả tự đánh giá (ISO); null khi chưa gửi' })
  submittedAt!: string | null;
  @Field(() => SelfAssessmentStatus, { description: 'Trạng thái tự đánh giá của đơn vị' }) status!: SelfAssessmentStatus;
  /** The folded state (not in the schema): `items` and `completeness` are resolved from it. */
  state!: AssessmentState;
  @Field(() => String, { nullable: true, description: 'Thời điểm chốt kết quả thẩm định (null: chưa chốt)' }) finalizedAt!: string | null;
  @Field(() => [ExplanationThreadType], { description: 'Các luồng giải trình (kết quả thẩm định sơ bộ) theo tiêu chí' })
  explanationThreads!: ExplanationThreadType[];
}
