import { Args, Field, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { ImportUnitsCommand } from './import-units.command';

/** One row of a unit list (columns as in the CSV/XLSX: Mã đơn vị, Tên đơn vị, Loại, …); dates YYYY-MM-DD or dd/mm/yyyy. */
@InputType()
export class UnitRowInput {
  @Field(() => String, { nullable: true, description: 'Tên sheet (XLSX)' }) sheet?: string | null;
  @Field(() => Int, { description: 'Số dòng trong tệp' }) row!: number;
  @Field(() => String, { nullable: true, description: 'Mã định danh (trống: theo mã đơn vị)' }) unitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Mã đơn vị' }) code?: string | null;
  @Field(() => String, { nullable: true, description: 'Tên đơn vị' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Loại: Sở, Xã, Phường, Đặc khu, Huyện' }) kind?: string | null;
  @Field(() => String, { nullable: true, description: 'Mã đơn vị cấp trên' }) parentCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Hiệu lực từ' }) validFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Hiệu lực đến' }) validTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Hình thành từ (các mã, cách nhau bởi dấu phẩy hoặc chấm phẩy)' })
  formedFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Căn cứ (số quyết định / nghị quyết)' }) decision?: string | null;
}

@ObjectType('UnitImportProblem')
export class UnitImportProblemType {
  @Field(() => String, { nullable: true }) sheet!: string | null;
  @Field(() => Int, { nullable: true }) row!: number | null;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field() code!: string;
  @Field() messageVi!: string;
  @Field() detail!: string;
}

@ObjectType('UnitImportResult', { description: 'Kết quả nhập danh mục: có lỗi thì không nhập dòng nào' })
export class UnitImportResultType {
  @Field(() => Int, { description: 'Số sự kiện đã ghi (đăng ký, sáp nhập, chia tách)' }) imported!: number;
  @Field(() => Int, { description: 'Số dòng đã có sẵn đúng như tệp' }) unchanged!: number;
  @Field(() => [UnitImportProblemType]) problems!: UnitImportProblemType[];
}

@Resolver()
export class ImportUnitsResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => UnitImportResultType, { description: 'Nhập danh mục đơn vị (dha_admin): tất cả hoặc không dòng nào' })
  importUnits(@Ctx() ctx: RequestContext, @Args('rows', { type: () => [UnitRowInput] }) rows: UnitRowInput[]) {
    return this.commands.execute(new ImportUnitsCommand(ctx, rows));
  }
}
