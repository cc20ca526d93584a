import { deciderSpec } from '@par/kernel/testing';
import {
  rankingPublicationDecider,
  rankingPublicationStreamId,
  type CorrectRanking,
  type PublishRanking,
  type RankingPublicationEvent,
  type RankingSnapshotRow,
} from '../index';

const NOW = '2026-03-10T03:00:00.000Z'; // 10/03/2026 10:00 in Vietnam
const row = (unitId: string, rank: number, total: number): RankingSnapshotRow => ({
  unitId,
  unitName: `UBND ${unitId}`,
  rank,
  total,
  maxPoints: 10,
  indexPercent: total * 10,
  classCode: 'weak',
  classLabel: 'Yếu',
  components: [{ code: '1', name: 'Công tác chỉ đạo', points: total, maxPoints: 10 }],
  unscoredItems: 0,
  unscoredMaxPoints: 0,
  scoringStatus: 'FULLY_SCORED',
});
const rows = [row('u1', 1, 6), row('u2', 2, 4)];
const decision = { number: '123/QĐ-UBND', date: '2026-03-09', signer: 'Nguyễn Văn A' };
const publish = (over: Partial<PublishRanking['data']> = {}): PublishRanking => ({
  type: 'PublishRanking',
  data: { cycleId: 'c1', decision, now: NOW, rows, unitsNotFinal: [], ...over },
});
const correct = (over: Partial<CorrectRanking['data']> = {}): CorrectRanking => ({
  type: 'CorrectRanking',
  data: {
    cycleId: 'c1',
    decision: { number: '150/QĐ-UBND', date: '2026-03-10' },
    reason: 'Điều chỉnh điểm tiêu chí 1.1.2 của u2 sau giải trình',
    now: NOW,
    rows: [row('u2', 1, 7), row('u1', 2, 6)],
    unitsNotFinal: [],
    ...over,
  },
});
const published: RankingPublicationEvent = {
  type: 'RankingPublished',
  data: { cycleId: 'c1', rankingVersion: 1, decision, publishedAt: NOW, rows },
};
const corrected: RankingPublicationEvent = {
  type: 'RankingCorrected',
  data: {
    cycleId: 'c1',
    rankingVersion: 2,
    correctsVersion: 1,
    decision: { number: '150/QĐ-UBND', date: '2026-03-10', signer: null },
    reason: 'Điều chỉnh điểm tiêu chí 1.1.2 của u2 sau giải trình',
    correctedAt: NOW,
    rows: [row('u2', 1, 7), row('u1', 2, 6)],
  },
};
const given = deciderSpec(rankingPublicationDecider);

describe('PublishRanking', () => {
  it('publishes official version 1 with the snapshot of every row and the decision', () => given([]).when(publish()).then([published]));

  it('normalizes the decision number and signer (trimmed); a missing signer is null', () =>
    given([])
      .when(publish({ decision: { number: '  19/2025/QĐ-TTg ', date: '2026-03-10', signer: '  ' } }))
      .then([{ ...published, data: { ...published.data, decision: { number: '19/2025/QĐ-TTg', date: '2026-03-10', signer: null } } }]));

  it('refuses a malformed decision number, in Vietnamese', () => {
    for (const number of ['123', 'QĐ-UBND', '123/QD-UBND', '123/QĐ', '0/QĐ-UBND', 'abc/QĐ-UBND', '123/QĐ-UBND; DROP']) {
      given([])
        .when(publish({ decision: { ...decision, number } }))
        .thenThrows({ code: 'DECISION_NUMBER_INVALID', meta: { field: 'decisionNumber' } });
    }
    given([])
      .when(publish({ decision: { ...decision, number: '12' } }))
      .thenThrows({ messageVi: 'Số quyết định "12" không đúng định dạng (ví dụ: 123/QĐ-UBND).' });
  });

  it('refuses a decision dated after today in Vietnam (the injected clock), and a non-date', () => {
    given([])
      .when(publish({ decision: { ...decision, date: '2026-03-11' } }))
      .thenThrows({ code: 'DECISION_DATE_IN_FUTURE', messageVi: 'Ngày quyết định 11/03/2026 sau ngày hôm nay (10/03/2026).' });
    // 23:30 UTC on 10/03 is already 11/03 in Vietnam: a decision of 11/03 is today there
    given([])
      .when(publish({ decision: { ...decision, date: '2026-03-11' }, now: '2026-03-10T23:30:00.000Z' }))
      .then([
        {
          ...published,
          data: { ...published.data, decision: { ...decision, date: '2026-03-11' }, publishedAt: '2026-03-10T23:30:00.000Z' },
        },
      ]);
    for (const date of ['2026-02-30', '10/03/2026', '', '2026-3-1']) {
      given([])
        .when(publish({ decision: { ...decision, date } }))
        .thenThrows({ code: 'DECISION_DATE_INVALID' });
    }
  });

  it('refuses while any unit is not final, naming them (no override)', () =>
    given([])
      .when(publish({ unitsNotFinal: [{ unitId: 'u2', unitName: 'UBND huyện Chợ Đồn' }] }))
      .thenThrows({
        code: 'UNITS_NOT_FINAL',
        messageVi: 'Chưa thể công bố kết quả: 1 đơn vị chưa hoàn thành thẩm định (UBND huyện Chợ Đồn).',
        meta: { units: ['u2'] },
      }));

  it('lists at most ten names, then how many more', () =>
    given([])
      .when(publish({ unitsNotFinal: Array.from({ length: 12 }, (_, i) => ({ unitId: `x${i}`, unitName: `X${i}` })) }))
      .thenThrows({
        messageVi:
          'Chưa thể công bố kết quả: 12 đơn vị chưa hoàn thành thẩm định (X0, X1, X2, X3, X4, X5, X6, X7, X8, X9 và 2 đơn vị khác).',
      }));

  it('bounds what the DHA types: a decision number over 50 characters, a signer over 200', () => {
    given([])
      .when(publish({ decision: { ...decision, number: `1/${'Q'.repeat(60)}` } }))
      .thenThrows({ code: 'DECISION_NUMBER_INVALID' });
    given([])
      .when(publish({ decision: { ...decision, signer: 'A'.repeat(201) } }))
      .thenThrows({ code: 'SIGNER_TOO_LONG', meta: { field: 'signer' } });
  });

  it('refuses an empty ranking', () =>
    given([])
      .when(publish({ rows: [] }))
      .thenThrows({ code: 'RANKING_EMPTY' }));

  it('refuses a second publication: corrections go by a new decision', () =>
    given([published])
      .when(publish())
      .thenThrows({ code: 'ALREADY_PUBLISHED', meta: { rankingVersion: 1 } }));
});

describe('CorrectRanking', () => {
  it('makes official version 2 from the new snapshot, with decision and reason; version 1 stays in its event', () =>
    given([published]).when(correct()).then([corrected]));

  it('makes version 3 after version 2', () =>
    given([published, corrected])
      .when(correct({ decision: { number: '170/QĐ-UBND', date: '2026-03-10' } }))
      .then([
        {
          ...corrected,
          data: {
            ...corrected.data,
            rankingVersion: 3,
            correctsVersion: 2,
            decision: { number: '170/QĐ-UBND', date: '2026-03-10', signer: null },
          },
        },
      ]));

  it('refuses a correction without a decision (number or date missing)', () => {
    for (const d of [{}, { number: '150/QĐ-UBND' }, { date: '2026-03-10' }, { number: ' ', date: '2026-03-10' }]) {
      given([published])
        .when(correct({ decision: d }))
        .thenThrows({
          code: 'CORRECTION_NEEDS_DECISION',
          messageVi: 'Việc điều chỉnh kết quả đã công bố phải theo một quyết định mới: cần số và ngày quyết định.',
        });
    }
  });

  it('refuses a correction without a reason', () =>
    given([published])
      .when(correct({ reason: '  ' }))
      .thenThrows({ code: 'REASON_REQUIRED' }));

  it('refuses a reason over the size limit', () =>
    given([published])
      .when(correct({ reason: 'x'.repeat(2001) }))
      .thenThrows({ code: 'REASON_TOO_LONG' }));

  it('refuses the decision of an earlier version, and a decision dated before it', () => {
    given([published])
      .when(correct({ decision: { number: '123/QĐ-UBND', date: '2026-03-10' } }))
      .thenThrows({ code: 'DECISION_ALREADY_USED', meta: { rankingVersion: 1 } });
    given([published])
      .when(correct({ decision: { number: '150/QĐ-UBND', date: '2026-03-01' } }))
      .thenThrows({ code: 'DECISION_DATE_BEFORE_PREVIOUS' });
  });

  it('checks the decision like a publication (format, date)', () => {
    given([published])
      .when(correct({ decision: { number: '150/QD-UBND', date: '2026-03-10' } }))
      .thenThrows({ code: 'DECISION_NUMBER_INVALID' });
    given([published])
      .when(correct({ decision: { number: '150/QĐ-UBND', date: '2027-01-01' } }))
      .thenThrows({ code: 'DECISION_DATE_IN_FUTURE' });
  });

  it('refuses a correction before publication, and while a unit is not final', () => {
    given([]).when(correct()).thenThrows({ code: 'NOT_PUBLISHED' });
    given([published])
      .when(correct({ unitsNotFinal: [{ unitId: 'u1', unitName: 'UBND u1' }] }))
      .thenThrows({ code: 'UNITS_NOT_FINAL' });
  });
});

describe('stream', () => {
  it('is one per province and cycle, province first', () =>
    expect(rankingPublicationStreamId('bac-kan', '2025-district')).toBe('ranking-publication:bac-kan:2025-district'));
});
