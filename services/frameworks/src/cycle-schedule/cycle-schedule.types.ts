import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CYCLE_PHASE_LABELS_VI, type CyclePhase } from '@par/frameworks-domain';

export enum CyclePhaseEnum {
  SELF_ASSESSMENT = 'SELF_ASSESSMENT',
  APPRAISAL = 'APPRAISAL',
  EXPLANATION = 'EXPLANATION',
  FINAL_APPRAISAL = 'FINAL_APPRAISAL',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(CyclePhaseEnum, {
  name: 'CyclePhase',
  description: 'Giai đoạn: tự đánh giá (tu_danh_gia), thẩm định, giải trình, thẩm định lại, công bố',
});

@ObjectType('CyclePhaseSchedule', { description: 'Một giai đoạn với ngày bắt đầu và hạn (ISO, gồm cả hai ngày)' })
export class PhaseScheduleType {
  @Field(() => CyclePhaseEnum) phase!: CyclePhaseEnum;
  @Field() labelVi!: string;
  @Field() startDate!: string;
  @Field() deadline!: string;
}

@InputType('CyclePhaseInput')
export class PhaseScheduleInput {
  @Field(() => CyclePhaseEnum) phase!: CyclePhaseEnum;
  @Field({ description: 'YYYY-MM-DD' }) startDate!: string;
  @Field({ description: 'YYYY-MM-DD' }) deadline!: string;
}

@ObjectType('CycleSchedule', { description: 'Lịch các giai đoạn của kỳ đánh giá' })
export class CycleScheduleType {
  @Field(() => ID) cycleId!: string;
  @Field(() => [PhaseScheduleType]) phases!: PhaseScheduleType[];
  @Field(() => CyclePhaseEnum, { nullable: true, description: 'The phase the cycle was last advanced to' })
  currentPhase!: CyclePhaseEnum | null;
}

export const toPhaseView = (p: { phase: CyclePhase; startDate: string; deadline: string }): PhaseScheduleType => ({
  phase: p.phase as CyclePhaseEnum,
  labelVi: CYCLE_PHASE_LABELS_VI[p.phase],
  startDate: p.startDate,
  deadline: p.deadline,
});
