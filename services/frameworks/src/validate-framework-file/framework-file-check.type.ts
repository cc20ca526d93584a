import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FrameworkFileProblem', { description: 'Một lỗi của tệp bộ tiêu chí' })
export class FrameworkFileProblemType {
  @Field({ description: 'JSON pointer, e.g. /components/2/criteria/0/max' }) path!: string;
  @Field() code!: string;
  @Field({ description: 'Vietnamese' }) message!: string;
  @Field({ description: 'English' }) detail!: string;
  @Field(() => Int, { nullable: true }) line!: number | null;
  @Field(() => Int, { nullable: true }) column!: number | null;
}

@ObjectType('FrameworkFileSummary', { description: 'Tóm tắt bộ tiêu chí đọc được' })
export class FrameworkFileSummaryType {
  @Field() frameworkId!: string;
  @Field() name!: string;
  @Field() unitType!: string;
  @Field(() => Float) totalMaxPoints!: number;
  @Field(() => Int) components!: number;
  @Field(() => Int) criteria!: number;
  @Field(() => Int) subCriteria!: number;
  @Field() decisionNumber!: string;
  @Field(() => Int) periodFrom!: number;
  @Field(() => Int) periodTo!: number;
}

@ObjectType('FrameworkFileCheck', { description: 'Kết quả kiểm tra tệp bộ tiêu chí' })
export class FrameworkFileCheckType {
  @Field() fileName!: string;
  @Field({ description: 'yaml | json (later: xlsx)' }) kind!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field() ok!: boolean;
  @Field(() => [FrameworkFileProblemType]) problems!: FrameworkFileProblemType[];
  @Field(() => FrameworkFileSummaryType, { nullable: true }) summary!: FrameworkFileSummaryType | null;
}
