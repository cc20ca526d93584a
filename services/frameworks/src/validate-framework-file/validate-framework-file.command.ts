import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { FileUpload } from '@par/nest-platform';
import type { FrameworkFileCheckType } from './framework-file-check.type';

export class ValidateFrameworkFileCommand extends Command<FrameworkFileCheckType> {
  constructor(
    readonly ctx: RequestContext,
    readonly file: Promise<FileUpload>,
  ) {
    super();
  }
}
