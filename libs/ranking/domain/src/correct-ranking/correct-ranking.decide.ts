import { ValidationError } from '@par/kernel';
import { assertRowsPresent, assertUnitsFinal, checkedDecision, MAX_CORRECTION_REASON } from '../ranking-publication/decision-rules';
import type { RankingPublicationEvent, RankingSnapshotRow } from '../ranking-publication/ranking-publication.events';
import { latestOfficialVersion, type RankingPublicationState } from '../ranking-publication/ranking-publication.state';

/**
 * Correct a published ranking: a new decision with a reason makes the next official version, snapshotted again
 * from the provisional ranking (which reflects the corrected appraisals). Earlier versions stay as published.
 */
export interface CorrectRanking {
  type: 'CorrectRanking';
  data: {
    cycleId: string;
    /** Both parts are required; missing either is `CORRECTION_NEEDS_DECISION`. */
    decision: { number?: string | null; date?: string | null; signer?: string | null };
    reason: string;
    now: string;
    rows: readonly RankingSnapshotRow[];
    unitsNotFinal: readonly { unitId: string; unitName: string }[];
  };
}

function needsDecision(cycleId: string): ValidationError {
  return new ValidationError({
    code: 'CORRECTION_NEEDS_DECISION',
    messageVi: 'Việc điều chỉnh kết quả đã công bố phải theo một quyết định mới: cần số và ngày quyết định.',
    detail: `A correction of cycle ${cycleId} needs a new decision (number and date)`,
  });
}

function checkedReason(reason: string): string {
  const r = reason.normalize('NFC').trim();
  if (!r) {
    throw new ValidationError({
      code: 'REASON_REQUIRED',
      messageVi: 'Phải ghi rõ lý do điều chỉnh kết quả xếp hạng đã công bố.',
      detail: 'A correction needs a reason',
      meta: { field: 'reason' },
    });
  }
  if (r.length > MAX_CORRECTION_REASON) {
    throw new ValidationError({
      code: 'REASON_TOO_LONG',
      messageVi: `Lý do điều chỉnh quá dài (tối đa ${MAX_CORRECTION_REASON} ký tự).`,
      detail: `Reason has ${r.length} characters; at most ${MAX_CORRECTION_REASON}`,
      meta: { field: 'reason' },
    });
  }
  return r;
}

export function decideCorrectRanking(command: CorrectRanking, state: RankingPublicationState): RankingPublicationEvent[] {
  const { cycleId, now, rows } = command.data;
  const latest = latestOfficialVersion(state);
  if (!latest) {
    throw new ValidationError({
      code: 'NOT_PUBLISHED',
      messageVi: 'Kết quả xếp hạng của kỳ chưa được công bố nên chưa thể điều chỉnh.',
      detail: `Cycle ${cycleId} has no official ranking yet; use publishRanking`,
    });
  }
  const { number, date, signer } = command.data.decision;
  if (!number?.trim() || !date?.trim()) throw needsDecision(cycleId);
  const decision = checkedDecision({ number, date, signer: signer ?? null }, now);
  const reason = checkedReason(command.data.reason);
  const used = state.versions.find((v) => v.decision.number === decision.number);
  if (used) {
    throw new ValidationError({
      code: 'DECISION_ALREADY_USED',
      messageVi: `Quyết định số ${decision.number} đã được dùng cho phiên bản ${used.rankingVersion}; điều chỉnh cần một quyết định mới.`,
      detail: `Decision ${decision.number} already approved official version ${used.rankingVersion}`,
      meta: { rankingVersion: used.rankingVersion },
    });
  }
  if (decision.date < latest.decision.date) {
    throw new ValidationError({
      code: 'DECISION_DATE_BEFORE_PREVIOUS',
      messageVi: 'Ngày của quyết định điều chỉnh không được trước ngày của quyết định đang có hiệu lực.',
      detail: `Decision date ${decision.date} is before ${latest.decision.date} (official version ${latest.rankingVersion})`,
      meta: { field: 'decisionDate' },
    });
  }
  assertUnitsFinal(command.data.unitsNotFinal);
  assertRowsPresent(rows);
  const rankingVersion = latest.rankingVersion + 1;
  return [
    {
      type: 'RankingCorrected',
      data: { cycleId, rankingVersion, correctsVersion: latest.rankingVersion, decision, reason, correctedAt: now, rows: [...rows] },
    },
  ];
}
