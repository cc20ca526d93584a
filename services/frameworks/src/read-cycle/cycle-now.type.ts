import { Field, ObjectType } from '@nestjs/graphql';
import { CyclePhaseEnum, PhaseScheduleType } from '../cycle-schedule/cycle-schedule.types';

@ObjectType('CycleNow', { description: 'Các giai đoạn của kỳ và giai đoạn hiện tại' })
export class CycleNowType {
  @Field(() => [PhaseScheduleType]) phases!: PhaseScheduleType[];
  @Field(() => CyclePhaseEnum, { nullable: true, description: 'The phase the cycle was last advanced to' })
  currentPhase!: CyclePhaseEnum | null;
  @Field(() => PhaseScheduleType, { nullable: true, description: 'The phase whose dates contain today' })
  scheduledPhase!: PhaseScheduleType | null;
  @Field({ description: 'Today (ISO), as the service’s clock says' }) today!: string;
  @Field({ description: 'Today is after the deadline of the current phase' }) overdue!: boolean;
}
