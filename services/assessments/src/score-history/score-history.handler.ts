import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { assertAllowed, READ_UNIT_RESULTS } from '@par/auth';
import { assessmentStreamId, type SelfScoreRecorded, type AppraisedScoreRecorded } from '@par/assessments-domain';
import { ScoreHistoryQuery } from './score-history.query';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import type { ScoreChangeType } from './score-change.type';
import { parseOptionalMoment } from '../audit-moment/parse-moment';

/**
 * The audit trail of scores (not-applicable declarations are in the Assessment), read from the event store itself.
 * @deprecated Use `auditHistory` (every event type, paging, per criterion, user or cycle, old → new by folding).
 */
@QueryHandler(ScoreHistoryQuery)
export class ScoreHistoryHandler implements IQueryHandler<ScoreHistoryQuery> {
  constructor(@Inject(ASSESSMENTS_STORE) private readonly store: EventStore) {}

  async execute({ ctx, cycleId, unitId, subCriterionCode, asOf }: ScoreHistoryQuery): Promise<ScoreChangeType[]> {
    assertAllowed(ctx, READ_UNIT_RESULTS, { unitId });
    const at = parseOptionalMoment(asOf, 'asOf');
    const events = await this.store.readStream(ctx.province, assessmentStreamId(ctx.province, cycleId, unitId), at ? { asOf: at } : {});
    return events
      .filter((e) => e.type === 'SelfScoreRecorded' || e.type === 'AppraisedScoreRecorded')
      .filter((e) => subCriterionCode === null || (e.data as SelfScoreRecorded['data']).subCriterionCode === subCriterionCode)
      .map((e) => {
        const ev = { type: e.type, data: e.data } as SelfScoreRecorded | AppraisedScoreRecorded;
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
