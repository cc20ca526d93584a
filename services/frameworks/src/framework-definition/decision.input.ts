import { Field, InputType } from '@nestjs/graphql';

@InputType('DecisionInput', { description: 'Quyết định: số và ngày, e.g. { number: "1416/QĐ-UBND", date: "2023-05-07" }' })
export class DecisionInput {
  @Field() number!: string;
  @Field({ description: 'ISO date YYYY-MM-DD' }) date!: string;
}
