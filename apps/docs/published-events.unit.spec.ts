import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContractValidator, EVENT_PRODUCERS, producerOfTopic, PUBLISHED_TOPICS } from '@par/platform';
import { publishedEventFiles } from './asyncapi';

const dir = fileURLToPath(new URL('../../docs/integrators/', import.meta.url));

/** A stored event as the forwarder reads it, for the mapper of `topic`. */
function stored(type: string, data: unknown, streamId = 'x:bac-kan:1') {
  return {
    id: `ev-${type}`,
    streamId,
    streamVersion: 2,
    globalPosition: '7',
    type,
    schemaVersion: 1,
    data,
    province: 'bac-kan' as never,
    actor: { id: 'u-1', name: 'Lê Văn Cường', roles: ['appraiser'] },
    occurredAt: '2026-03-01T08:00:00.000Z',
    recordedAt: '2026-03-01T08:00:00.000Z',
    reason: null,
    correlationId: 'corr-1',
    causationId: null,
    hash: 'h',
    prevHash: null,
  };
}

describe('published events: AsyncAPI document and JSON Schemas (docs/integrators/)', () => {
  it('the committed files are what `npm run docs:asyncapi` writes from the contracts', () => {
    for (const [path, content] of publishedEventFiles()) {
      expect({ path, content: readFileSync(`${dir}${path}`, 'utf8') }).toEqual({ path, content });
    }
  });

  it('every topic a service publishes is described for outside consumers', () => {
    const described = PUBLISHED_TOPICS.map((t) => t.topic);
    expect(EVENT_PRODUCERS.map((p) => p.topic).filter((t) => !described.includes(t))).toEqual([]);
  });

  it("the mappers' messages for events the e2e flow does not produce are valid too", () => {
    const validate = createContractValidator();
    const decision = { number: '12/NQ-HĐND', date: '2025-06-16' };
    const frameworks = producerOfTopic('par.frameworks.v1').toMessage;
    const assessments = producerOfTopic('par.assessments.v1').toMessage;
    const scored = { cycleId: '2025-district', unitId: 'u1', subCriterionCode: '1.1.1' };
    const messages = [
      frameworks(stored('UnitRenamed', { unitId: 'u1', previousName: 'Xã A', name: 'Phường A', effectiveDate: '2025-07-01', decision })),
      frameworks(stored('UnitDissolved', { unitId: 'u2', effectiveDate: '2025-07-01', decision: { number: '5/QĐ', date: null } })),
      frameworks(
        stored('CyclePhasesSet', { cycleId: 'c', phases: [{ phase: 'SELF_ASSESSMENT', startDate: '2026-01-05', deadline: '2026-02-28' }] }),
      ),
      frameworks(stored('CyclePhaseAdvanced', { cycleId: 'c', from: null, to: 'SELF_ASSESSMENT', at: '2026-01-05T00:00:00.000Z' })),
      assessments(stored('AppraisedScoreRecorded', { ...scored, score: 1.5, previousScore: 2, reason: 'Ban hành chậm' })),
      assessments(stored('NotApplicableMarked', { ...scored, reason: 'Không có thủ tục' })),
      assessments(stored('NotApplicableCleared', { ...scored, reason: null })),
    ];
    expect(messages.every((m) => m !== null)).toBe(true);
    expect(messages.map((m) => validate(m!))).toEqual(messages.map(() => undefined));
  });

  it("the self-assessment, ranking and survey mappers' messages are valid (internal fields of stored data left out)", () => {
    const validate = createContractValidator();
    const assessments = producerOfTopic('par.assessments.v1').toMessage;
    const ranking = producerOfTopic('par.ranking.v1').toMessage;
    const surveys = producerOfTopic('par.surveys.v1').toMessage;
    const unit = { cycleId: '2025-district', unitId: 'u1' };
    const sha256 = 'a'.repeat(64);
    const component = { code: '1', name: 'Công tác chỉ đạo', points: 5.5, maxPoints: 6 };
    // as a stored row may carry it: `appraisalFinal` is the provisional read model's, not the contract's
    const row = {
      ...{ unitId: 'u1', unitName: 'UBND huyện Ba Bể', rank: 1, total: 5.5, maxPoints: 10, indexPercent: 55 },
      ...{ classCode: 'average', classLabel: 'Trung bình', classNote: null, components: [{ ...component, weight: 1 }] },
      ...{ unscoredItems: 1, unscoredMaxPoints: 4, scoringStatus: 'PARTLY_SCORED', appraisalFinal: true },
    };
    const decision = { number: '123/QĐ-UBND', date: '2026-03-09', signer: 'Nguyễn Văn A' };
    const at = '2026-03-10T03:00:00.000Z';
    const messages = [
      assessments(stored('SelfAssessmentSubmitted', { ...unit, submittedAt: at })),
      assessments(stored('SubmissionReopened', { ...unit, reason: 'Thiếu tài liệu', submittedAt: at })),
      assessments(
        stored('EvidenceAttached', {
          ...unit,
          subCriterionCode: '1.1.1',
          sha256,
          size: 2048,
          mediaType: 'application/pdf',
          fileName: 'KH 12.pdf',
        }),
      ),
      assessments(stored('EvidenceDetached', { ...unit, subCriterionCode: '1.1.1', sha256 })),
      ranking(stored('RankingPublished', { cycleId: 'c1', rankingVersion: 1, decision, publishedAt: at, rows: [row] })),
      ranking(
        stored('RankingCorrected', {
          ...{ cycleId: 'c1', rankingVersion: 2, correctsVersion: 1, decision: { ...decision, number: '130/QĐ-UBND', signer: null } },
          ...{ reason: 'Sai điểm tiêu chí 1.1', correctedAt: at, rows: [{ ...row, classNote: undefined }] },
        }),
      ),
      surveys(
        stored('SurveyResultsPublished', {
          ...{ campaignId: 'sipas-2025', cycleId: 'c1', resultVersion: 1 },
          results: [{ unitId: 'u1', items: [{ code: '5.1', factor: 'ACCESS', rate: 0.85, points: 0.85, responses: 40 }] }],
        }),
      ),
      surveys(
        stored('SurveyTokensIssued', {
          ...{ campaignId: 'sipas-2025', group: 'citizens', expiresAt: '2026-04-09T03:00:00.000Z' },
          tokens: [{ hash: sha256, respondentId: 'r1', unitId: 'u1', secret: 'never published' }],
        }),
      ),
    ];
    expect(messages.every((m) => m !== null)).toBe(true);
    expect(messages.map((m) => validate(m!))).toEqual(messages.map(() => undefined));
    expect(JSON.stringify(messages)).not.toMatch(/appraisalFinal|weight|never published|factor/);
  });

  it("the appraisal round's messages are valid (the explanation's text is not published)", () => {
    const validate = createContractValidator();
    const assessments = producerOfTopic('par.assessments.v1').toMessage;
    const unit = { cycleId: '2025-district', unitId: 'u1' };
    const lists = { cycleId: '2025-district', unitIds: ['u1', 'u2'], appraiserIds: ['appraiser.1', 'a-2@bac-kan'] };
    const at = '2026-03-10T03:00:00.000Z';
    const assignments = 'appraisal-assignments:bac-kan:2025-district';
    const messages = [
      assessments(stored('AppraisersAssigned', { ...lists, teamName: 'Tổ thẩm định số 1' }, assignments)),
      assessments(stored('AppraisersAssigned', { ...lists, teamName: null }, assignments)),
      assessments(stored('AppraisersUnassigned', { ...lists, reason: null }, assignments)),
      assessments(
        stored('ExplanationSubmitted', {
          ...unit,
          code: '1.1',
          text: 'Đơn vị đã ban hành đúng hạn',
          evidenceSha256s: ['b'.repeat(64)],
          submittedAt: at,
        }),
      ),
      assessments(
        stored('ExplanationDecided', {
          ...{ ...unit, code: '1.1', outcome: 'changed', reason: 'Chấp nhận giải trình' },
          ...{ subCriterionCode: '1.1.1', score: 2, previousScore: 1.5, decidedAt: at },
        }),
      ),
      assessments(
        stored('ExplanationDecided', {
          ...{ ...unit, code: '1.1', outcome: 'kept', reason: 'Giữ nguyên' },
          ...{ subCriterionCode: null, score: null, previousScore: null, decidedAt: at },
        }),
      ),
      assessments(stored('AppraisalFinalized', { ...unit, finalizedAt: at })),
      assessments(stored('AppraisalReopened', { ...unit, reason: 'Sai sót điểm 1.1.1', reopenedAt: at })),
    ];
    expect(messages.every((m) => m !== null)).toBe(true);
    expect(messages.map((m) => validate(m!))).toEqual(messages.map(() => undefined));
    expect(JSON.stringify(messages)).not.toMatch(/ban hành đúng hạn|previousScore/);
  });

  it('a schema refuses what its contract does not allow', () => {
    const validate = createContractValidator();
    const m = producerOfTopic('par.frameworks.v1').toMessage(
      stored('CyclePhaseAdvanced', { cycleId: 'c', from: 'SELF_ASSESSMENT', to: 'LATER', at: 'yesterday' }),
    )!;
    expect(validate(m)?.problems).toEqual(
      expect.arrayContaining(['/to must be equal to one of the allowed values', '/at must match format "date-time"']),
    );
    const tokens = producerOfTopic('par.surveys.v1').toMessage(
      stored('SurveyTokensIssued', {
        campaignId: 'k',
        group: 'g',
        expiresAt: 'soon',
        tokens: [{ hash: 'secret', respondentId: 'r', unitId: 'u' }],
      }),
    )!;
    expect(validate(tokens)?.problems).toEqual([
      '/expiresAt must match format "date-time"',
      '/tokens/0/hash must match pattern "^[0-9a-f]{64}$"',
    ]);
  });
});
