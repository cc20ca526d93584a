import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertAllowed, READ_CYCLE_AUDIT, READ_UNIT_RESULTS } from '@par/auth';
import type { EventStore } from '@par/event-store';
import { AssessmentDiffQuery, CycleDiffQuery } from './assessment-diff.query';
import type { AssessmentDiffType } from './assessment-diff.type';
import { unitDiff } from './unit-diff';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { parseRange } from '../audit-moment/parse-moment';
import { cycleStreams, unitOfStream } from '../cycle-streams/cycle-streams';

@QueryHandler(AssessmentDiffQuery)
export class AssessmentDiffHandler implements IQueryHandler<AssessmentDiffQuery> {
  constructor(@Inject(ASSESSMENTS_STORE) private readonly store: EventStore) {}

  async execute({ ctx, cycleId, unitId, from, to }: AssessmentDiffQuery): Promise<AssessmentDiffType> {
    assertAllowed(ctx, READ_UNIT_RESULTS, { unitId });
    return unitDiff(this.store, ctx.province, cycleId, unitId, parseRange(from, to));
  }
}

/** Only streams appended to after `from` can differ: the others are not read. */
@QueryHandler(CycleDiffQuery)
export class CycleDiffHandler implements IQueryHandler<CycleDiffQuery> {
  constructor(@Inject(ASSESSMENTS_STORE) private readonly store: EventStore) {}

  async execute({ ctx, cycleId, from, to }: CycleDiffQuery): Promise<AssessmentDiffType[]> {
    assertAllowed(ctx, READ_CYCLE_AUDIT);
    const range = parseRange(from, to);
    const out: AssessmentDiffType[] = [];
    for (const s of await cycleStreams(this.store, ctx.province, cycleId)) {
      if (new Date(s.updatedAt) <= range.from) continue;
      const d = await unitDiff(this.store, ctx.province, cycleId, unitOfStream(s.streamId, ctx.province, cycleId), range);
      if (d.items.length > 0) out.push(d);
    }
    return out;
  }
}
