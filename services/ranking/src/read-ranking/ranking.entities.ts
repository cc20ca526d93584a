import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { RankingModule } from '../ranking.module';

/** The frameworks subgraph's `Unit` entity, extended here with `rank(cycleId)` (key only: the province comes from the token). */
@ObjectType('Unit', { registerIn: () => RankingModule })
@Directive('@key(fields: "id")')
export class UnitEntity {
  @Field(() => ID) id!: string;
}

/** The frameworks subgraph's `Cycle` entity, extended here with its `ranking`. */
@ObjectType('Cycle', { registerIn: () => RankingModule })
@Directive('@key(fields: "id")')
export class CycleEntity {
  @Field(() => ID) id!: string;
}
