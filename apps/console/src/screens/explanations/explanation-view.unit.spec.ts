import { formatPoints } from '../../format/format';
import type { AppraisalItem } from '../appraisal/queries';
import { appraisalReasons, criteriaWithItems, hasPreliminaryResult, scoreDifference } from './explanation-view';

const item = (code: string, over: Partial<AppraisalItem> = {}): AppraisalItem => ({
  code,
  name: `Tiêu chí ${code}`,
  maxPoints: 2,
  ruleDescription: 'Chấm theo mức độ',
  takesFigures: false,
  status: 'SCORED',
  statusLabel: 'Đã chấm',
  selfScore: 1,
  figures: null,
  ruleExplanation: null,
  note: null,
  appraisedScore: null,
  evidenceRequired: false,
  evidence: [],
  explanation: null,
  ...over,
});

describe("the unit's preliminary result", () => {
  it("takes each item's reason from the latest change of its appraised score, not from other events", () => {
    const newestFirst = [
      { changes: [{ code: '1.1.2', field: 'scores.appraised' }], reason: 'Báo cáo quý IV chứng minh hoàn thành' },
      { changes: [], reason: 'Quyết định sau giải trình' },
      { changes: [{ code: '1.1', field: 'explanationThreads.open' }], reason: null },
      { changes: [{ code: '1.1.2', field: 'scores.appraised' }], reason: 'Chưa hoàn thành 2 nhiệm vụ' },
      { changes: [{ code: '1.1.1', field: 'scores.appraised' }], reason: null },
      { changes: [{ code: '1.1.1', field: 'scores.self' }], reason: 'ghi chú của đơn vị' },
    ];
    expect(appraisalReasons(newestFirst)).toEqual({ '1.1.2': 'Báo cáo quý IV chứng minh hoàn thành', '1.1.1': null });
  });

  it('groups the items under their criteria, leaving out criteria with no self-assessed item and longer siblings', () => {
    const criteria = [
      { code: '1.1', name: 'Kế hoạch', maxPoints: 6 },
      { code: '1.10', name: 'Khác', maxPoints: 1 },
      { code: '2.2', name: 'Khảo sát', maxPoints: 2 },
    ];
    const grouped = criteriaWithItems(criteria, [item('1.1.1'), item('1.1.2'), item('1.10.1')]);
    expect(grouped.map((g) => [g.criterion.code, g.items.map((i) => i.code)])).toEqual([
      ['1.1', ['1.1.1', '1.1.2']],
      ['1.10', ['1.10.1']],
    ]);
  });

  it('allows an explanation once an item of the criterion is appraised', () => {
    expect(hasPreliminaryResult([item('1.1.1'), item('1.1.2')])).toBe(false);
    expect(hasPreliminaryResult([item('1.1.1'), item('1.1.2', { appraisedScore: 0 })])).toBe(true);
  });

  it('prints the difference with its sign and a decimal comma', () => {
    expect(scoreDifference(3, 2.5, formatPoints)).toBe('−0,5');
    expect(scoreDifference(2, 3, formatPoints)).toBe('+1');
    expect(scoreDifference(1.5, 1.5, formatPoints)).toBe('0');
    expect(scoreDifference(null, 2, formatPoints)).toBe('');
  });
});
