import { describe, expect, it } from '@jest/globals';
import { deciderSpec } from '@par/kernel/testing';
import { campaignDecider } from './campaign.decider';
import type { CampaignEvent, ResponseRow } from './campaign.events';
import { fixtureCycle, fixtureDefinition } from '../testing/campaign-fixture';
import { readResponseTable } from '../import-responses/read-response-table';
import { aggregateResults, sipasOf, surveyProgress } from '../aggregate/aggregate-results';
import { evolveCampaign, initialCampaignState } from './campaign.state';

const spec = deciderSpec(campaignDecider);
const created: CampaignEvent = {
  type: 'SurveyCampaignCreated',
  data: { definition: fixtureDefinition(), frameworkId: 'demo', frameworkVersion: 1 },
};
const imported = (rows: ResponseRow[]): CampaignEvent => ({
  type: 'SurveyResponsesImported',
  data: { campaignId: 'xhh-2025', importId: 'i1', fileName: 'a.csv', part: 1, parts: 1, rows, unchanged: 0 },
});
const importCmd = (rows: ResponseRow[]) => ({
  type: 'ImportSurveyResponses' as const,
  data: { campaignId: 'xhh-2025', importId: 'i2', fileName: 'b.csv', rows },
});
const tokens: CampaignEvent = {
  type: 'SurveyTokensIssued',
  data: {
    campaignId: 'xhh-2025',
    group: 'nguoi-dan',
    expiresAt: '2025-06-30T00:00:00.000Z',
    tokens: [{ hash: 'h1', respondentId: 'nd-1', unitId: 'u2' }],
  },
};
const answer = (now: string, value: number | null = 5) => ({
  type: 'AnswerSurvey' as const,
  data: { campaignId: 'xhh-2025', tokenHash: 'h1', answers: [{ questionId: 'q1', value }], now },
});

describe('survey campaign decider', () => {
  it('creates a campaign valid against the pinned framework; the same definition again changes nothing', () => {
    spec([])
      .when({ type: 'CreateSurveyCampaign', data: { definition: fixtureDefinition(), cycle: fixtureCycle() } })
      .then([created]);
    spec([created])
      .when({ type: 'CreateSurveyCampaign', data: { definition: fixtureDefinition(), cycle: fixtureCycle() } })
      .then([]);
  });

  it('refuses an unknown node and a node not survey-measured, with coded errors', () => {
    const q = (code: string) => fixtureDefinition({ questions: [{ id: 'q1', text: 'Câu 1', code, factor: null, required: true }] });
    spec([])
      .when({ type: 'CreateSurveyCampaign', data: { definition: q('9.9.9'), cycle: fixtureCycle() } })
      .thenThrows({ code: 'UNKNOWN_SURVEY_NODE' });
    spec([])
      .when({ type: 'CreateSurveyCampaign', data: { definition: q('1.1.1'), cycle: fixtureCycle() } })
      .thenThrows({ code: 'NODE_NOT_SURVEY_MEASURED' });
    spec([])
      .when({
        type: 'CreateSurveyCampaign',
        data: {
          definition: fixtureDefinition({
            scale: {
              levels: [
                { value: 1, label: 'a' },
                { value: 2, label: 'b' },
              ],
              positive: [3],
            },
          }),
          cycle: fixtureCycle(),
        },
      })
      .thenThrows({ code: 'SURVEY_SCALE_INVALID' });
  });

  it('imports new and changed rows only: the same rows again record nothing, a corrected row only itself', () => {
    const rows: ResponseRow[] = [
      ['r1', 'dai-bieu', 'u1', [5, 4, null]],
      ['r2', 'nguoi-dan', 'u1', [2, null, null]],
    ];
    spec([created, imported(rows)])
      .when(importCmd(rows))
      .then([]);
    const corrected: ResponseRow[] = [rows[0]!, ['r2', 'nguoi-dan', 'u1', [4, null, null]]];
    spec([created, imported(rows)])
      .when(importCmd(corrected))
      .then([
        {
          type: 'SurveyResponsesImported',
          data: { campaignId: 'xhh-2025', importId: 'i2', fileName: 'b.csv', part: 1, parts: 1, rows: [corrected[1]!], unchanged: 1 },
        },
      ]);
  });

  it('records an online answer once per token: a second use is TOKEN_USED, after expiry TOKEN_EXPIRED', () => {
    const answered: CampaignEvent = {
      type: 'SurveyAnswered',
      data: { campaignId: 'xhh-2025', tokenHash: 'h1', row: ['nd-1', 'nguoi-dan', 'u2', [5, null, null]] },
    };
    spec([created, tokens]).when(answer('2025-06-01T00:00:00.000Z')).then([answered]);
    spec([created, tokens, answered]).when(answer('2025-06-01T00:00:00.000Z')).thenThrows({ code: 'TOKEN_USED' });
    spec([created, tokens]).when(answer('2025-07-01T00:00:00.000Z')).thenThrows({ code: 'TOKEN_EXPIRED' });
    spec([created, tokens]).when(answer('2025-06-01T00:00:00.000Z', 7)).thenThrows({ code: 'ANSWER_OUT_OF_SCALE' });
    spec([created, tokens]).when(answer('2025-06-01T00:00:00.000Z', null)).thenThrows({ code: 'MISSING_ANSWER' });
  });

  it('refuses tokens that expire in the past or for a respondent who already answered', () => {
    const cmd = (expiresAt: string, respondentId = 'nd-9') => ({
      type: 'IssueSurveyTokens' as const,
      data: {
        campaignId: 'xhh-2025',
        group: 'nguoi-dan',
        expiresAt,
        now: '2025-06-01T00:00:00.000Z',
        tokens: [{ hash: 'h9', respondentId, unitId: 'u1' }],
        unitIds: ['u1', 'u2', 'u3'],
      },
    });
    spec([created]).when(cmd('2025-05-01T00:00:00.000Z')).thenThrows({ code: 'TOKEN_EXPIRY_INVALID' });
    spec([created, tokens]).when(cmd('2025-07-01T00:00:00.000Z', 'nd-1')).thenThrows({ code: 'DUPLICATE_RESPONDENT' });
  });

  it('publishes results as the next version; the same results again publish nothing', () => {
    const rows: ResponseRow[] = [['r1', 'dai-bieu', 'u1', [5, 4, 5]]];
    const cmd = { type: 'PublishSurveyResults' as const, data: { campaignId: 'xhh-2025', cycle: fixtureCycle() } };
    const state = [created, imported(rows)].reduce(evolveCampaign, initialCampaignState());
    const [published] = campaignDecider.decide(cmd, state);
    expect(published).toMatchObject({ type: 'SurveyResultsPublished', data: { resultVersion: 1, cycleId: '2025-district' } });
    spec([created, imported(rows), published!])
      .when(cmd)
      .then([]);
    spec([created]).when(cmd).thenThrows({ code: 'NO_SURVEY_RESPONSES' });
  });
});

describe('response files', () => {
  const header = ['Mã người trả lời', 'Nhóm', 'Mã đơn vị', 'q1', 'q2', 'q3'];
  it('reports every bad row and returns no rows while any is wrong', () => {
    const t = readResponseTable(
      fixtureDefinition(),
      ['u1', 'u2'],
      [
        {
          sheet: null,
          rows: [
            header,
            ['r1', 'dai-bieu', 'u1', '5', '4', ''],
            ['r2', 'dai-bieu', 'u9', '5', '', ''],
            ['r3', 'khach', 'u1', '6', '', ''],
            ['r1', 'nguoi-dan', 'u2', '', '', ''],
            ['r5', 'nguoi-dan', 'u2', '4\uFFFD', '', ''],
          ],
        },
      ],
    );
    expect(t.rows).toEqual([]);
    expect(t.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'UNKNOWN_UNIT'],
      [4, 'UNKNOWN_GROUP'],
      [4, 'ANSWER_OUT_OF_SCALE'],
      [5, 'DUPLICATE_RESPONDENT'],
      [5, 'MISSING_ANSWER'],
      [6, 'BAD_ENCODING'],
      [6, 'ANSWER_OUT_OF_SCALE'],
    ]);
  });

  it('refuses a file row for a respondent who answers online (issued a token)', () => {
    const t = readResponseTable(
      fixtureDefinition(),
      ['u1'],
      [{ sheet: null, rows: [header, ['nd-1', 'nguoi-dan', 'u1', '5', '', '']] }],
      new Set(['nd-1']),
    );
    expect(t.problems.map((p) => p.code)).toEqual(['RESPONDENT_ONLINE']);
  });

  it('reads good rows in question order, skipping empty rows', () => {
    const t = readResponseTable(
      fixtureDefinition(),
      ['u1'],
      [
        {
          sheet: 'Phiếu',
          rows: [
            ['q3', 'q2', 'q1', 'Mã đơn vị', 'Nhóm', 'Mã người trả lời'],
            ['1', '', '5', 'u1', 'dai-bieu', 'r1'],
            ['', '', '', '', '', ''],
          ],
        },
      ],
    );
    expect(t).toEqual({ rows: [['r1', 'dai-bieu', 'u1', [5, null, 1]]], problems: [] });
  });
});

describe('aggregation', () => {
  const rows: ResponseRow[] = [
    ['a', 'dai-bieu', 'u1', [5, 5, 5]],
    ['b', 'dai-bieu', 'u1', [2, 4, 1]],
    ['c', 'nguoi-dan', 'u1', [4, 1, 5]],
    ['d', 'nguoi-dan', 'u1', [1, null, 4]],
  ];
  const state = [created, imported(rows)].reduce(evolveCampaign, initialCampaignState());

  it('pooled: positive answers over answers, times the max; bands by percentage', () => {
    const [u1] = aggregateResults(fixtureDefinition(), fixtureCycle(['u1']), state.responses);
    // q1: 5,2,4,1 → 2/4 = 0.5 → 1 point; q2: 5,4,1 → 2/3 → 0.67; q3: 5,1,5,4 → 3/4 = 75 % → band ≥ 50: 0.5
    expect(u1!.items).toEqual([
      { code: '2.1.2', factor: null, rate: 0.5, points: 1, responses: 4 },
      { code: '3.1', factor: 'access', rate: 0.666667, points: 0.67, responses: 3 },
      { code: '3.2', factor: 'procedures', rate: 0.75, points: 0.5, responses: 4 },
    ]);
    expect(sipasOf(u1!.items)).toEqual({
      factors: [
        { factor: 'access', labelVi: 'Tiếp cận dịch vụ', code: '3.1', rate: 0.666667, points: 0.67 },
        { factor: 'procedures', labelVi: 'Thủ tục hành chính', code: '3.2', rate: 0.75, points: 0.5 },
      ],
      index: 0.708334,
    });
  });

  it('group weights: the weighted mean of each group rate', () => {
    const [u1] = aggregateResults(fixtureDefinition({ weighting: 'group-weights' }), fixtureCycle(['u1']), state.responses);
    // q1: dai-bieu 1/2 (weight 3), nguoi-dan 1/2 (weight 1) → 0.5; q2: dai-bieu 2/2, nguoi-dan 0/1 (3·1 + 1·0) / 4 = 0.75; q3: dai-bieu 1/2, nguoi-dan 2/2 → 0.625 → band ≥ 50: 0.5
    expect(u1!.items.map((i) => [i.rate, i.points])).toEqual([
      [0.5, 1],
      [0.75, 0.75],
      [0.625, 0.5],
    ]);
  });

  it('progress per unit and group against the quota', () => {
    expect(surveyProgress(fixtureDefinition(), ['u1', 'u2'], state.responses)).toEqual([
      { unitId: 'u1', group: 'dai-bieu', responses: 2, quota: 2 },
      { unitId: 'u1', group: 'nguoi-dan', responses: 2, quota: 3 },
      { unitId: 'u2', group: 'dai-bieu', responses: 0, quota: 2 },
      { unitId: 'u2', group: 'nguoi-dan', responses: 0, quota: 3 },
    ]);
  });
});
