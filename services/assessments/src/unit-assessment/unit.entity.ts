import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { AssessmentsModule } from '../assessments.module';

/** The frameworks subgraph's `Unit` entity, extended here with the unit's assessment (key only: the province comes from the token). */
@ObjectType('Unit', { registerIn: () => AssessmentsModule })
@Directive('@key(fields: "id")')
export class UnitEntity {
  @Field(() => ID) id!: string;
}
