import { Inject } from '@nestjs/common';
import { findUnit } from '@par/frameworks-catalog';
import { NotFoundError } from '@par/kernel';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@par/nest-platform';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, READ_UNIT_RESULTS } from '@par/auth';
import { assessmentDecider, assessmentStreamId, type AssessmentEvent } from '@par/assessments-domain';
import { UnitAssessmentQuery } from './unit-assessment.query';
import { ASSESSMENTS_SCHEMA, ASSESSMENTS_STORE } from '../assessments.tokens';
import type { AssessmentType } from '../assessment-scores/assessment-scores.type';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

/**
 * The unit's current assessment, folded from its stream with the aggregate's own `evolve` (the state every
 * decision sees); an empty assessment at version 0 when nothing was recorded yet — of a unit the province has:
 * an id it does not know (another province's, a typo) is UNKNOWN_UNIT, not an empty assessment of nobody.
 */
@QueryHandler(UnitAssessmentQuery)
export class UnitAssessmentHandler implements IQueryHandler<UnitAssessmentQuery> {
  constructor(
    @Inject(ASSESSMENTS_STORE) private readonly store: EventStore,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async execute({ ctx, cycleId, unitId }: UnitAssessmentQuery): Promise<AssessmentType> {
    assertAllowed(ctx, READ_UNIT_RESULTS, { unitId });
    const events = await this.store.readStream(ctx.province, assessmentStreamId(ctx.province, cycleId, unitId));
    if (
      events.length === 0 &&
      !(await this.runtime.db.withProvince(ctx.province, (tx) => findUnit(tx, ASSESSMENTS_SCHEMA, ctx.province, unitId)))
    ) {
      throw new NotFoundError('UNKNOWN_UNIT', `Không tìm thấy đơn vị "${unitId}".`, `Unit ${unitId} not found in province ${ctx.province}`);
    }
    const state = events
      .map((e) => ({ type: e.type, data: e.data }) as AssessmentEvent)
      .reduce(assessmentDecider.evolve, assessmentDecider.initialState());
    return toAssessmentScores(cycleId, unitId, events.at(-1)?.streamVersion ?? 0, state);
  }
}
