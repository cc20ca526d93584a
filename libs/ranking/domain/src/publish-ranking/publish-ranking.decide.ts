import { ValidationError } from '@par/kernel';
import { assertRowsPresent, assertUnitsFinal, checkedDecision } from '../ranking-publication/decision-rules';
import type { RankingPublicationEvent, RankingSnapshotRow } from '../ranking-publication/ranking-publication.events';
import { latestOfficialVersion, type RankingPublicationState } from '../ranking-publication/ranking-publication.state';

/**
 * Approve and publish a cycle's ranking by decision. The handler resolves into the command the provisional rows
 * (the snapshot that becomes official version 1), the units whose appraisal is not final, and the clock.
 */
export interface PublishRanking {
  type: 'PublishRanking';
  data: {
    cycleId: string;
    decision: { number: string; date: string; signer?: string | null };
    /** ISO instant of the request (the injected clock). */
    now: string;
    rows: readonly RankingSnapshotRow[];
    unitsNotFinal: readonly { unitId: string; unitName: string }[];
  };
}

/** Once only: a published ranking changes only by `CorrectRanking` (a new decision with a reason). */
export function decidePublishRanking(command: PublishRanking, state: RankingPublicationState): RankingPublicationEvent[] {
  const { cycleId, now, rows } = command.data;
  const latest = latestOfficialVersion(state);
  if (latest) {
    throw new ValidationError({
      code: 'ALREADY_PUBLISHED',
      messageVi: `Kết quả xếp hạng của kỳ đã được công bố theo Quyết định số ${latest.decision.number}; mọi điều chỉnh phải theo quyết định mới, kèm lý do.`,
      detail: `Cycle ${cycleId} is already published (official version ${latest.rankingVersion}); use correctRanking`,
      meta: { rankingVersion: latest.rankingVersion },
    });
  }
  const decision = checkedDecision(command.data.decision, now);
  assertUnitsFinal(command.data.unitsNotFinal);
  assertRowsPresent(rows);
  return [{ type: 'RankingPublished', data: { cycleId, rankingVersion: 1, decision, publishedAt: now, rows: [...rows] } }];
}
