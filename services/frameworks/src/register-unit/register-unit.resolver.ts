import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { UnitType } from '../read-catalog/catalog.types';
import { RegisterUnitCommand } from './register-unit.command';

@InputType()
export class RegisterUnitInput {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() unitType!: string;
  @Field(() => ID, { nullable: true }) parentUnitId?: string;
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
        unitType: input.unitType,
        parentUnitId: input.parentUnitId ?? null,
      }),
    );
  }
}
