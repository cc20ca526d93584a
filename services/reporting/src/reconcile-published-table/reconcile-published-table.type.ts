import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TableContradiction', { description: 'Một chỗ mâu thuẫn của bảng đã công bố' })
export class TableContradictionType {
  @Field({ description: 'HEADER_MAX_MISMATCH, PARTS_DONT_SUM, RANK_MISMATCH, CLASS_MISMATCH, PERCENT_MISMATCH, …' }) code!: string;
  @Field({ description: 'Vị trí: bảng/dòng/cột, ví dụ bang-xep-hang/rows/3/rank' }) place!: string;
  @Field({ description: 'Tiếng Việt' }) message!: string;
  @Field({ description: 'English' }) detail!: string;
  @Field(() => String, { nullable: true }) expected!: string | null;
  @Field(() => String, { nullable: true }) actual!: string | null;
  @Field(() => Float, { nullable: true, description: 'Mức chênh' }) size!: number | null;
}

@ObjectType('TableNote', { description: 'Điều chưa kiểm tra được' })
export class TableNoteType {
  @Field() place!: string;
  @Field() message!: string;
}

@ObjectType('TableReadProblem', { description: 'Cột hoặc bảng không đọc được' })
export class TableReadProblemType {
  @Field() sheet!: string;
  @Field(() => Int, { nullable: true }) row!: number | null;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field() code!: string;
  @Field() message!: string;
}

@ObjectType('TableReconciliation', { description: 'Kết quả đối chiếu bảng kết quả đã công bố với bộ tiêu chí của kỳ đánh giá' })
export class TableReconciliationType {
  @Field() fileName!: string;
  @Field({ description: 'Không có mâu thuẫn và đọc được toàn bộ' }) ok!: boolean;
  @Field(() => Int, { description: 'Số phép kiểm tra' }) checks!: number;
  @Field(() => [TableContradictionType]) contradictions!: TableContradictionType[];
  @Field(() => [TableNoteType]) notes!: TableNoteType[];
  @Field(() => [TableReadProblemType]) problems!: TableReadProblemType[];
}
