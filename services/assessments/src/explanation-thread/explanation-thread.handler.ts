import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore, StoredEvent } from '@par/event-store';
import { assertAllowed, READ_UNIT_RESULTS } from '@par/auth';
import { assessmentStreamId, type ExplanationDecided, type ExplanationSubmitted } from '@par/assessments-domain';
import { ExplanationThreadQuery } from './explanation-thread.query';
import { ASSESSMENTS_STORE } from '../assessments.tokens';
import { ExplanationOutcome, type ExplanationEntryType, type ExplanationThreadType } from '../assessment-scores/explanation-thread.type';

function toEntry(e: StoredEvent): ExplanationEntryType {
  const who = { actorId: e.actor.id, actorName: e.actor.name ?? null, streamVersion: e.streamVersion };
  if (e.type === 'ExplanationSubmitted') {
    const d = e.data as ExplanationSubmitted['data'];
    const none = { outcome: null, reason: null, subCriterionCode: null, score: null, previousScore: null };
    return { kind: 'EXPLANATION', at: d.submittedAt, text: d.text, evidenceSha256s: d.evidenceSha256s, ...none, ...who };
  }
  const d = e.data as ExplanationDecided['data'];
  return {
    kind: 'DECISION',
    at: d.decidedAt,
    text: null,
    evidenceSha256s: [],
    outcome: d.outcome === 'changed' ? ExplanationOutcome.CHANGED : ExplanationOutcome.KEPT,
    reason: d.reason,
    subCriterionCode: d.subCriterionCode,
    score: d.score,
    previousScore: d.previousScore,
    ...who,
  };
}

/** Every explanation and decision on one code, in stream order, with who made it; open while the last is an explanation. */
@QueryHandler(ExplanationThreadQuery)
export class ExplanationThreadHandler implements IQueryHandler<ExplanationThreadQuery> {
  constructor(@Inject(ASSESSMENTS_STORE) private readonly store: EventStore) {}

  async execute({ ctx, cycleId, unitId, code }: ExplanationThreadQuery): Promise<ExplanationThreadType> {
    assertAllowed(ctx, READ_UNIT_RESULTS, { unitId });
    const events = await this.store.readStream(ctx.province, assessmentStreamId(ctx.province, cycleId, unitId));
    const entries = events
      .filter((e) => (e.type === 'ExplanationSubmitted' || e.type === 'ExplanationDecided') && (e.data as { code: string }).code === code)
      .map(toEntry);
    return { code, open: entries.at(-1)?.kind === 'EXPLANATION', entries };
  }
}
