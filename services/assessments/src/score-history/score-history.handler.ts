import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ValidationError } from '@par/kernel';
import type { EventStore } from '@par/event-store';
import { assertAllowed, READ_UNIT_RESULTS } from '@par/auth';
import { assessmentStreamId, type SelfScoreRecorded, type AppraisedScoreRecorded } from '@par/assessments-domain';
import { ScoreHistoryQuery } from './score-history.query';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import type { ScoreChangeType } from './score-change.type';

/** The audit trail of scores (not-applicable declarations are in the Assessment), read from the event store itself (not from a projection). */
@QueryHandler(ScoreHistoryQuery)
export class ScoreHistoryHandler implements IQueryHandler<ScoreHistoryQuery> {
  constructor(@Inject(ASSESSMENTS_STORE) private readonly store: EventStore) {}

  async execute({ ctx, cycleId, unitId, subCriterionCode, asOf }: ScoreHistoryQuery): Promise<ScoreChangeType[]> {
    assertAllowed(ctx, READ_UNIT_RESULTS, { unitId });
    const at = parseAsOf(asOf);
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

function parseAsOf(asOf: string | null): Date | null {
  if (asOf === null) return null;
  const at = new Date(asOf);
  if (Number.isNaN(at.getTime())) {
    throw new ValidationError({ code: 'INVALID_TIME', messageVi: 'Thời điểm không hợp lệ.', detail: `asOf ${asOf} is not an ISO time` });
  }
  return at;
}
