import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@par/kernel';
import type { EvidenceDocumentType } from './evidence-document.type';

/** One evidence document of a unit's assessment, with its bytes (for appraisers to preview). */
export class EvidenceDownloadQuery extends Query<EvidenceDocumentType> {
  constructor(
    readonly ctx: RequestContext,
    readonly cycleId: string,
    readonly unitId: string,
    readonly sha256: string,
  ) {
    super();
  }
}
