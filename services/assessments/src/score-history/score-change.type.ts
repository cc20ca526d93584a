import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ScoreChange', { description: 'Một lần thay đổi điểm: giá trị cũ → mới, ai, vai trò, khi nào, lý do' })
export class ScoreChangeType {
  @Field(() => ID) eventId!: string;
  @Field({ description: 'self | appraised' }) kind!: string;
  @Field(() => Float, { nullable: true }) oldValue!: number | null;
  @Field(() => Float) newValue!: number;
  @Field() actorId!: string;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => [String]) actorRoles!: string[];
  @Field() at!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int) streamVersion!: number;
  @Field() globalPosition!: string;
  @Field() hash!: string;
}
