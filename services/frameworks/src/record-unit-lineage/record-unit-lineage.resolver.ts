import { Args, Field, Float, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { RecordUnitLineageCommand } from './record-unit-lineage.command';

@InputType()
export class UnitDecisionInput {
  @Field({ description: 'Số quyết định / nghị quyết' }) number!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) date?: string | null;
}
@InputType()
export class MergeUnitsInput {
  @Field(() => [ID]) predecessorIds!: string[];
  @Field(() => ID, { description: 'Đơn vị mới (đã đăng ký, hiệu lực từ effectiveDate)' }) successorId!: string;
  @Field({ description: 'YYYY-MM-DD; đơn vị cũ hết hiệu lực ngày hôm trước' }) effectiveDate!: string;
  @Field(() => UnitDecisionInput) decision!: UnitDecisionInput;
}
@InputType()
export class SplitSuccessorInput {
  @Field(() => ID) unitId!: string;
  @Field(() => Float, { nullable: true, description: 'Tỷ lệ 0–1, nếu biết' }) share?: number | null;
}
@InputType()
export class SplitUnitInput {
  @Field(() => ID) predecessorId!: string;
  @Field(() => [SplitSuccessorInput]) successors!: SplitSuccessorInput[];
  @Field() effectiveDate!: string;
  @Field(() => UnitDecisionInput) decision!: UnitDecisionInput;
}
@InputType()
export class RenameUnitInput {
  @Field(() => ID) unitId!: string;
  @Field() name!: string;
  @Field() effectiveDate!: string;
  @Field(() => UnitDecisionInput) decision!: UnitDecisionInput;
}
@InputType()
export class DissolveUnitInput {
  @Field(() => ID) unitId!: string;
  @Field() effectiveDate!: string;
  @Field(() => UnitDecisionInput) decision!: UnitDecisionInput;
}

const dec = (d: UnitDecisionInput) => ({ number: d.number, date: d.date ?? null });

/** Lineage of the unit registry (dha_admin); each returns the number of events recorded (0: already recorded). */
@Resolver()
export class RecordUnitLineageResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => Int, { description: 'Sáp nhập nhiều đơn vị thành một đơn vị mới' })
  mergeUnits(@Ctx() ctx: RequestContext, @Args('input') i: MergeUnitsInput) {
    return this.commands.execute(new RecordUnitLineageCommand(ctx, { type: 'MergeUnits', data: { ...i, decision: dec(i.decision) } }));
  }

  @Mutation(() => Int, { description: 'Chia tách một đơn vị thành nhiều đơn vị' })
  splitUnit(@Ctx() ctx: RequestContext, @Args('input') i: SplitUnitInput) {
    const successors = i.successors.map((s) => ({ unitId: s.unitId, share: s.share ?? null }));
    return this.commands.execute(
      new RecordUnitLineageCommand(ctx, { type: 'SplitUnit', data: { ...i, successors, decision: dec(i.decision) } }),
    );
  }

  @Mutation(() => Int, { description: 'Đổi tên đơn vị từ một ngày' })
  renameUnit(@Ctx() ctx: RequestContext, @Args('input') i: RenameUnitInput) {
    return this.commands.execute(new RecordUnitLineageCommand(ctx, { type: 'RenameUnit', data: { ...i, decision: dec(i.decision) } }));
  }

  @Mutation(() => Int, { description: 'Giải thể đơn vị' })
  dissolveUnit(@Ctx() ctx: RequestContext, @Args('input') i: DissolveUnitInput) {
    return this.commands.execute(new RecordUnitLineageCommand(ctx, { type: 'DissolveUnit', data: { ...i, decision: dec(i.decision) } }));
  }
}
