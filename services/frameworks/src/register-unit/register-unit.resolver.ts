import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { UnitType } from '../read-catalog/catalog.types';
import { UnitKind } from '../unit-registry/unit-kind.enum';
import { RegisterUnitCommand } from './register-unit.command';

@InputType()
export class RegisterUnitInput {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Cấp đánh giá (district, commune, department); suy ra từ kind nếu bỏ trống' })
  unitType?: string | null;
  @Field(() => UnitKind, { nullable: true, description: 'Loại đơn vị; suy ra từ unitType nếu bỏ trống' }) kind?: UnitKind | null;
  @Field(() => String, { nullable: true, description: 'Mã đơn vị hành chính' }) code?: string | null;
  @Field(() => ID, { nullable: true }) parentUnitId?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; trống = không giới hạn' }) validFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, kể cả ngày này; trống = còn hiệu lực' }) validTo?: string | null;
}

@Resolver()
export class RegisterUnitResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => UnitType, { description: 'Đăng ký đơn vị (dha_admin)' })
  registerUnit(@Ctx() ctx: RequestContext, @Args('input') input: RegisterUnitInput) {
    return this.commands.execute(
      new RegisterUnitCommand(ctx, {
        unitId: input.id,
        name: input.name,
        unitType: input.unitType ?? null,
        kind: input.kind ?? null,
        code: input.code ?? null,
        parentUnitId: input.parentUnitId ?? null,
        validFrom: input.validFrom ?? null,
        validTo: input.validTo ?? null,
      }),
    );
  }
}
