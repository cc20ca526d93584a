import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx, GraphQLUpload, type FileUpload } from '@par/nest-platform';
import { TableReconciliationType } from './reconcile-published-table.type';
import { ReconcilePublishedTableQuery } from './reconcile-published-table.query';

@Resolver()
export class ReconcilePublishedTableResolver {
  constructor(private readonly queries: QueryBus) {}

  // A mutation only because GraphQL multipart uploads go through mutations here (ADR 0013); it changes nothing.
  @Mutation(() => TableReconciliationType, {
    description: 'Đối chiếu bảng kết quả đã công bố (CSV/XLSX nhập tay) với bộ tiêu chí của kỳ đánh giá; không thay đổi dữ liệu',
  })
  reconcilePublishedTable(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('file', { type: () => GraphQLUpload }) file: Promise<FileUpload>,
  ) {
    return this.queries.execute(new ReconcilePublishedTableQuery(ctx, cycleId, file));
  }
}
