import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { SelfFiguresType } from '../assessment-scores/self-figures.type';
import { ItemStatus } from './item-status';

@ObjectType('Evidence', { description: 'Tài liệu kiểm chứng đính kèm một tiêu chí' })
export class EvidenceType {
  @Field({ description: 'SHA-256 của nội dung (hex): dùng để tải về bằng evidence(...)' }) sha256!: string;
  @Field() fileName!: string;
  @Field({ description: 'Loại tệp xác định từ nội dung' }) mediaType!: string;
  @Field(() => Int, { description: 'Dung lượng (byte)' }) size!: number;
}

@ObjectType('AssessmentItem', { description: 'Một tiêu chí đơn vị tự đánh giá, với điểm/số liệu, tài liệu kiểm chứng, giải trình' })
export class AssessmentItemType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float) maxPoints!: number;
  @Field({ description: 'Loại quy tắc chấm của bộ tiêu chí (manual, yes-no, ratio, bands, deduction…)' }) ruleType!: string;
  @Field({ description: 'Quy tắc chấm bằng một câu tiếng Việt' }) ruleDescription!: string;
  @Field({ description: 'Điểm được tính từ số liệu (nhập figures thay cho score)' }) takesFigures!: boolean;
  @Field(() => ItemStatus) status!: ItemStatus;
  @Field({ description: 'Trạng thái bằng tiếng Việt: Chưa chấm, Đã chấm, Không áp dụng' }) statusLabel!: string;
  @Field(() => Float, { nullable: true, description: 'Điểm tự chấm (hoặc tính từ số liệu); null = chưa chấm' }) selfScore!: number | null;
  @Field(() => SelfFiguresType, { nullable: true }) figures!: SelfFiguresType | null;
  @Field(() => String, { nullable: true, description: 'Cách quy tắc tính điểm từ số liệu' }) ruleExplanation!: string | null;
  @Field(() => String, { nullable: true, description: 'Ghi chú của đơn vị' }) note!: string | null;
  @Field(() => Float, { nullable: true, description: 'Điểm thẩm định' }) appraisedScore!: number | null;
  @Field({ description: 'Bộ tiêu chí yêu cầu tài liệu kiểm chứng' }) evidenceRequired!: boolean;
  @Field(() => [EvidenceType]) evidence!: EvidenceType[];
  @Field(() => String, { nullable: true, description: 'Giải trình của đơn vị' }) explanation!: string | null;
  @Field({ description: 'Thiếu tài liệu kiểm chứng theo yêu cầu và chưa có giải trình' }) evidenceMissing!: boolean;
}

@ObjectType('SelfAssessmentCompleteness', { description: 'Mức độ hoàn thành tự đánh giá' })
export class CompletenessType {
  @Field(() => Int, { description: 'Số tiêu chí tự đánh giá áp dụng cho đơn vị' }) applicable!: number;
  @Field(() => Int, { description: 'Số tiêu chí đã tự chấm' }) scored!: number;
  @Field(() => [String], { description: 'Mã các tiêu chí chưa chấm' }) unscored!: string[];
  @Field(() => [String], { description: 'Mã các tiêu chí thiếu tài liệu kiểm chứng (và chưa giải trình)' }) missingEvidence!: string[];
  @Field({ description: 'Đủ điều kiện gửi' }) complete!: boolean;
  @Field(() => String, { nullable: true, description: 'Hạn cuối tự đánh giá (YYYY-MM-DD); null khi kỳ chưa có lịch' })
  deadline!: string | null;
  @Field({ description: 'Đã quá hạn tự đánh giá' }) deadlinePassed!: boolean;
}
