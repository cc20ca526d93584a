import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import { Ctx } from '@par/nest-platform';
import { EvidenceDocumentType } from './evidence-document.type';
import { EvidenceDownloadQuery } from './evidence-download.query';

@Resolver()
export class EvidenceDownloadResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => EvidenceDocumentType, { description: 'Tải một tài liệu kiểm chứng của đơn vị (nội dung base64) để xem trước' })
  evidence(
    @Ctx() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('sha256') sha256: string,
  ) {
    return this.queries.execute(new EvidenceDownloadQuery(ctx, cycleId, unitId, sha256));
  }
}
