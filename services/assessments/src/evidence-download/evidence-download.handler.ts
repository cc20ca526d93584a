import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, READ_UNIT_RESULTS } from '@par/auth';
import { NotFoundError } from '@par/kernel';
import { assessmentStreamId, type EvidenceAttached } from '@par/assessments-domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { EvidenceDownloadQuery } from './evidence-download.query';
import type { EvidenceDocumentType } from './evidence-document.type';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { getEvidence } from '../evidence-store/evidence-store';

/**
 * A document the unit attached (now or earlier: the history may cite it) in this cycle, with its bytes. The hash
 * alone is not enough: it must be cited by this unit's stream, so a reader of one unit never reaches another's
 * documents even when it knows their hash.
 */
@QueryHandler(EvidenceDownloadQuery)
export class EvidenceDownloadHandler implements IQueryHandler<EvidenceDownloadQuery> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, cycleId, unitId, sha256 }: EvidenceDownloadQuery): Promise<EvidenceDocumentType> {
    assertAllowed(ctx, READ_UNIT_RESULTS, { unitId });
    const hash = sha256.toLowerCase();
    const events = await this.store.readStream(ctx.province, assessmentStreamId(ctx.province, cycleId, unitId));
    const cited = events
      .filter((e) => e.type === 'EvidenceAttached')
      .map((e) => e.data as EvidenceAttached['data'])
      .findLast((d) => d.sha256 === hash);
    const stored = cited && (await this.runtime.db.withProvince(ctx.province, (tx) => getEvidence(tx, ctx.province, hash)));
    if (!cited || !stored) {
      throw new NotFoundError(
        'UNKNOWN_EVIDENCE',
        'Không tìm thấy tài liệu kiểm chứng này trong kết quả tự đánh giá của đơn vị.',
        `Evidence ${hash} is not attached to ${unitId} in ${cycleId}`,
      );
    }
    return {
      sha256: hash,
      fileName: cited.fileName,
      mediaType: stored.mediaType,
      size: stored.size,
      code: cited.subCriterionCode,
      contentBase64: stored.content.toString('base64'),
    };
  }
}
