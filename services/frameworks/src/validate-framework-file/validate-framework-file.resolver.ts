import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx, GraphQLUpload, type FileUpload } from '@par/nest-platform';
import { FrameworkFileCheckType } from './framework-file-check.type';
import { ValidateFrameworkFileCommand } from './validate-framework-file.command';

@Resolver()
export class ValidateFrameworkFileResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => FrameworkFileCheckType, {
    description: 'Kiểm tra tệp bộ tiêu chí (YAML/JSON) tải lên: các lỗi theo dòng, cột, hoặc tóm tắt (dha_admin)',
  })
  validateFrameworkFile(@Ctx() ctx: RequestContext, @Args('file', { type: () => GraphQLUpload }) file: Promise<FileUpload>) {
    return this.commands.execute(new ValidateFrameworkFileCommand(ctx, file));
  }
}
