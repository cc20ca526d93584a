import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { FileUpload } from '@par/nest-platform';
import type { TableReconciliationType } from './reconcile-published-table.type';

export class ReconcilePublishedTableQuery extends Query<TableReconciliationType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly file: Promise<FileUpload>,
  ) {
    super();
  }
}
