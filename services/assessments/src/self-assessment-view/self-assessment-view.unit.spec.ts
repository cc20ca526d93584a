import { assessmentDecider, type AssessmentEvent } from '@par/assessments-domain';
import type { Leaf } from '@par/scoring';
import { itemView } from './item-view';
import { toAssessmentScores } from '../assessment-scores/to-assessment-scores';

const ids = { cycleId: '2025', unitId: 'u1' };
const leaf = (code: string, extra: Partial<Leaf> = {}): Leaf => ({
  code,
  name: `Tiêu chí ${code}`,
  max: 2,
  method: 'appraised',
  rule: { type: 'manual', step: 0.25 },
  departments: [],
  kind: 'sub-criterion',
  componentCode: '1',
  index: 0,
  path: '/',
  ...extra,
});
const fold = (events: AssessmentEvent[]) => events.reduce(assessmentDecider.evolve, assessmentDecider.initialState());
const scored = (code: string, score: number): AssessmentEvent => ({
  type: 'SelfScoreRecorded',
  data: { ...ids, subCriterionCode: code, score, previousScore: null, note: null },
});

describe('the self-assessment read', () => {
  it('tells chưa chấm (not scored) from a score of 0', () => {
    const state = fold([scored('1.1.1', 0)]);
    expect(itemView(leaf('1.1.1'), state, false)).toMatchObject({ status: 'SCORED', statusLabel: 'Đã chấm', selfScore: 0 });
    expect(itemView(leaf('1.1.2'), state, false)).toMatchObject({ status: 'NOT_SCORED', statusLabel: 'Chưa chấm', selfScore: null });
  });
  it('shows a not-applicable item as such, and the rule in Vietnamese', () => {
    const state = fold([{ type: 'NotApplicableMarked', data: { ...ids, subCriterionCode: '2.1', reason: 'Không có TTHC' } }]);
    expect(itemView(leaf('2.1', { rule: { type: 'ratio', unitLabel: 'thủ tục' } }), state, false)).toMatchObject({
      status: 'NOT_APPLICABLE',
      statusLabel: 'Không áp dụng',
      takesFigures: true,
      ruleDescription: 'Điểm = tỷ lệ thủ tục đạt yêu cầu × 2 (tối đa 2).',
    });
  });
  it('gives the unit NOT_STARTED, IN_PROGRESS, then SUBMITTED', () => {
    const status = (events: AssessmentEvent[]) => toAssessmentScores('2025', 'u1', events.length, fold(events)).status;
    const evidence: AssessmentEvent = {
      type: 'EvidenceAttached',
      data: { ...ids, subCriterionCode: '1.1.1', sha256: 'a'.repeat(64), size: 1, mediaType: 'application/pdf', fileName: 'a.pdf' },
    };
    expect(status([])).toBe('NOT_STARTED');
    expect(status([evidence])).toBe('IN_PROGRESS');
    expect(status([scored('1.1.1', 0)])).toBe('IN_PROGRESS');
    expect(status([scored('1.1.1', 1), { type: 'SelfAssessmentSubmitted', data: { ...ids, submittedAt: '2025-10-20T00:00:00Z' } }])).toBe(
      'SUBMITTED',
    );
  });
});
