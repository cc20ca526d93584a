import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AppraisalAssignmentsState } from '@par/assessments-domain';

@ObjectType('UnitAppraisers', { description: 'Người thẩm định được phân công cho một đơn vị' })
export class UnitAppraisersType {
  @Field(() => ID) unitId!: string;
  @Field(() => [ID], { description: 'Mã tài khoản (sub của token) của người thẩm định' }) appraiserIds!: string[];
  @Field(() => String, { nullable: true, description: 'Tên tổ thẩm định' }) teamName!: string | null;
}

@ObjectType('AppraisalAssignments', { description: 'Phân công thẩm định của một kỳ đánh giá' })
export class AppraisalAssignmentsType {
  @Field(() => ID) cycleId!: string;
  @Field(() => Int, { description: 'Stream version: send it back as expectedVersion to detect concurrent edits' }) version!: number;
  @Field(() => [UnitAppraisersType]) units!: UnitAppraisersType[];
}

/** The folded assignments as GraphQL's `AppraisalAssignments`, units in id order. */
export function toAssignmentsView(cycleId: string, version: number, state: AppraisalAssignmentsState): AppraisalAssignmentsType {
  return {
    cycleId,
    version,
    units: Object.entries(state.units)
      .sort(([a], [b]) => a.localeCompare(b, 'vi', { numeric: true }))
      .map(([unitId, a]) => ({ unitId, appraiserIds: [...a.appraiserIds], teamName: a.teamName })),
  };
}
