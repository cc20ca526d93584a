import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assessmentStreamId, type AssessmentEvent } from '@par/assessments-domain';
import { ScoreHistoryQuery } from './score-history.query';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import type { ScoreChangeType } from '../assessment-view/assessment.types';

/** The audit trail of scores, read from the event store itself (not from a projection). */
@QueryHandler(ScoreHistoryQuery)
export class ScoreHistoryHandler implements IQueryHandler<ScoreHistoryQuery> {
  constructor(@Inject(ASSESSMENTS_STORE) private readonly store: EventStore) {}

  async execute({ ctx, cycleId, unitId, subCriterionCode, asOf }: ScoreHistoryQuery): Promise<ScoreChangeType[]> {
    const events = await this.store.readStream(ctx.province, assessmentStreamId(ctx.province, cycleId, unitId), asOf ? { asOf } : {});
    return events
      .filter((e) => subCriterionCode === null || (e.data as AssessmentEvent['data']).subCriterionCode === subCriterionCode)
      .map((e) => {
        const ev = { type: e.type, data: e.data } as AssessmentEvent;
        return {
          eventId: e.id,
          kind: ev.type === 'SelfScoreRecorded' ? 'self' : 'appraised',
          oldValue: ev.data.previousScore,
          newValue: ev.data.score,
          actorId: e.actor.id,
          actorName: e.actor.name ?? null,
          actorRoles: e.actor.roles,
          at: e.occurredAt,
          reason: ev.type === 'AppraisedScoreRecorded' ? ev.data.reason : e.reason,
          note: ev.type === 'SelfScoreRecorded' ? ev.data.note : null,
          streamVersion: e.streamVersion,
          globalPosition: e.globalPosition,
          hash: e.hash,
        };
      });
  }
}
