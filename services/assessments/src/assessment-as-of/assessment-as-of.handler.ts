import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertAllowed, READ_CYCLE_AUDIT, READ_UNIT_RESULTS } from '@par/auth';
import type { EventStore } from '@par/event-store';
import { assessmentStreamId, foldAssessment } from '@par/assessments-domain';
import { AssessmentAsOfQuery, CycleScoresAsOfQuery } from './assessment-as-of.query';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import type { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';
import { parseMoment } from '../audit-moment/parse-moment';
import { cycleStreams, unitOfStream } from '../cycle-streams/cycle-streams';

/** The scores as they stood: the stream read as of the moment (recording time) and folded with the aggregate's `evolve`. */
@QueryHandler(AssessmentAsOfQuery)
export class AssessmentAsOfHandler implements IQueryHandler<AssessmentAsOfQuery> {
  constructor(@Inject(ASSESSMENTS_STORE) private readonly store: EventStore) {}

  async execute({ ctx, cycleId, unitId, asOf }: AssessmentAsOfQuery): Promise<AssessmentType> {
    assertAllowed(ctx, READ_UNIT_RESULTS, { unitId });
    const at = parseMoment(asOf, 'asOf');
    const events = await this.store.readStream(ctx.province, assessmentStreamId(ctx.province, cycleId, unitId), { asOf: at });
    return toAssessmentScores(cycleId, unitId, events.at(-1)?.streamVersion ?? 0, foldAssessment(events));
  }
}

/** The same for every unit of the cycle: one read per unit stream (streams untouched since the moment are read too). */
@QueryHandler(CycleScoresAsOfQuery)
export class CycleScoresAsOfHandler implements IQueryHandler<CycleScoresAsOfQuery> {
  constructor(@Inject(ASSESSMENTS_STORE) private readonly store: EventStore) {}

  async execute({ ctx, cycleId, asOf }: CycleScoresAsOfQuery): Promise<AssessmentType[]> {
    assertAllowed(ctx, READ_CYCLE_AUDIT);
    const at = parseMoment(asOf, 'asOf');
    const out: AssessmentType[] = [];
    for (const s of await cycleStreams(this.store, ctx.province, cycleId)) {
      const events = await this.store.readStream(ctx.province, s.streamId, { asOf: at });
      if (events.length === 0) continue;
      const unitId = unitOfStream(s.streamId, ctx.province, cycleId);
      out.push(toAssessmentScores(cycleId, unitId, events.at(-1)!.streamVersion, foldAssessment(events)));
    }
    return out;
  }
}
