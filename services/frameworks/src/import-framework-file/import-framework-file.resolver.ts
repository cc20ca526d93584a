import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx, GraphQLUpload, type FileUpload } from '@par/nest-platform';
import { FrameworkSummaryType } from '../framework-definition/framework-summary.types';
import { ImportFrameworkFileCommand } from './import-framework-file.command';

@Resolver()
export class ImportFrameworkFileResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => FrameworkSummaryType, {
    description:
      'Nhập phụ lục bộ tiêu chí (XLSX) hoặc tệp YAML/JSON tải lên thành bản dự thảo; có lỗi thì báo mọi lỗi theo trang, dòng, cột và không lưu gì (dha_admin)',
  })
  importFrameworkFile(@Ctx() ctx: RequestContext, @Args('file', { type: () => GraphQLUpload }) file: Promise<FileUpload>) {
    return this.commands.execute(new ImportFrameworkFileCommand(ctx, file));
  }
}
