import { GqlError } from '../../graphql/client';
import {
  afterSuccess,
  base64ToBytes,
  evidenceOfEntry,
  describeFigures,
  itemsOfNode,
  reasonNeeded,
  remainingItems,
  selfSide,
} from './appraisal-view';
import type { AppraisalItem } from './queries';

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
const noFigures = { yes: null, numerator: null, denominator: null, measure: null, current: null, previous: null, occurrences: null };

describe('appraisal view helpers', () => {
  it('describes the figures a unit entered in Vietnamese', () => {
    expect(describeFigures({ ...noFigures, numerator: 49, denominator: 51 })).toBe('49/51');
    expect(describeFigures({ ...noFigures, yes: false })).toBe('Không');
    expect(describeFigures({ ...noFigures, current: 12.5, previous: 10 })).toBe('Năm nay: 12,5; Năm trước: 10');
    expect(describeFigures(null)).toBe('');
  });

  it('shows the self score, or the figures with the rule explanation when the rule computes the points', () => {
    expect(selfSide(item('1.1.1', { selfScore: 1.5 }))).toEqual({ score: '1,5', figures: '', explanation: '' });
    const computed = item('2.1.1', {
      takesFigures: true,
      selfScore: 0.96,
      figures: { ...noFigures, numerator: 49, denominator: 51 },
      ruleExplanation: '49/51 thủ tục → 0,96/1 điểm',
    });
    expect(selfSide(computed)).toEqual({ score: '0,96', figures: '49/51', explanation: '49/51 thủ tục → 0,96/1 điểm' });
  });

  it('finds the items of an explained criterion, not those of a sibling with a longer code', () => {
    const items = [item('1.1.1'), item('1.1.2'), item('1.10.1'), item('2.1.1')];
    expect(itemsOfNode('1.1', items).map((i) => i.code)).toEqual(['1.1.1', '1.1.2']);
    expect(itemsOfNode('2.1.1', items).map((i) => i.code)).toEqual(['2.1.1']);
  });

  it('asks for a reason only when the appraised score differs from the self score', () => {
    expect(reasonNeeded(1.5, 1.5)).toBe(false);
    expect(reasonNeeded(1.5, 1.25)).toBe(true);
    expect(reasonNeeded(null, 0)).toBe(true);
  });

  it('lists the applicable items still without an appraised score', () => {
    const items = [item('1.1.1', { appraisedScore: 2 }), item('1.1.2'), item('2.1.1', { status: 'NOT_APPLICABLE' })];
    expect(remainingItems(items)).toEqual(['1.1.2']);
  });

  it('decodes base64 evidence content', () => {
    expect(Array.from(base64ToBytes('JVBERg=='))).toEqual([0x25, 0x50, 0x44, 0x46]);
  });
});

describe('the action states after a successful change', () => {
  it("keeps the other rows' errors, drops their notices and the refusal to finalize", () => {
    const refused = new GqlError('Phải ghi rõ lý do khi điểm thẩm định khác điểm tự đánh giá.', 'REASON_REQUIRED');
    const before = {
      '1.1.1': { done: true },
      '1.1.2': { error: refused },
      finalize: { error: new GqlError('Còn 1 tiêu chí chưa thẩm định: 2.1.1.', 'APPRAISAL_INCOMPLETE') },
      '2.1.1': { busy: true },
    };
    expect(afterSuccess(before, '2.1.1')).toEqual({ '1.1.2': { error: refused }, '2.1.1': { done: true } });
  });
});

describe('evidence cited by an explanation', () => {
  it('finds the cited files among the items of the node and names the others by hash', () => {
    const file = { sha256: 'aa'.repeat(32), fileName: 'Báo cáo quý IV.pdf', mediaType: 'application/pdf', size: 78 };
    const items = [item('1.1.1', { evidence: [file] }), item('1.1.2')];
    expect(evidenceOfEntry([file.sha256, 'bb'.repeat(32)], items)).toEqual({ known: [file], unknown: ['bb'.repeat(32)] });
  });
});
