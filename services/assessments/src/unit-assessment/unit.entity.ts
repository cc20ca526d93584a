import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** The frameworks subgraph's `Unit` entity, extended here with the unit's assessment (key only: the province comes from the token). */
@ObjectType('Unit')
@Directive('@key(fields: "id")')
export class UnitEntity {
  @Field(() => ID) id!: string;
}
