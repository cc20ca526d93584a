import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('LostPointsReport')
export class LostPointsReportType {
  @Field(() => ID) unitId!: string;
  @Field(() => Float) totalLost!: number;
  @Field({ description: 'Báo cáo (Markdown, tiếng Việt)' }) markdown!: string;
}
