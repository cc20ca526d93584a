import { readFileSync } from 'node:fs';
import { parseFramework, parseReport, reconcileReport, type Framework, type PublishedReport } from '../index';

const root = new URL('../../../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const fw = (p: string): Framework => parseFramework(read(p)).framework!;
const frameworks = [fw('examples/frameworks/bac-kan-2023-district.yaml'), fw('examples/frameworks/bac-kan-2023-commune.yaml')];
const report = parseReport(read('examples/reports/bac-kan-2023.yaml')).report!;

describe('reconciling the seed report 118/BC-PNV', () => {
  const r = reconcileReport(report, frameworks);

  it('finds exactly its two contradictions', () => {
    expect(r.contradictions.map((c) => [c.code, c.place])).toEqual([
      ['HEADER_MAX_MISMATCH', 'II.1/header/1'],
      ['RANK_MISMATCH', 'II.3/rank'],
    ]);
    expect(r.checks).toBeGreaterThan(150);
  });

  it('sizes the survey header contradiction: 2,00 printed, 2,5 in the framework, 6 of 8 districts above it', () => {
    const h = r.contradictions[0]!;
    expect(h).toMatchObject({ expected: 2.5, actual: 2, size: 0.5 });
    expect(h.message).toContain('13,5');
    expect(h.message).toContain('6/8');
    expect(h.message).toContain('2,052 … 2,186');
  });

  it('lists the commune rows whose printed rank does not follow from the score', () => {
    const rk = r.contradictions[1]!;
    expect(rk.rows).toEqual([
      { place: 'II.3/rows/3/rank', expected: 3, actual: 4 },
      { place: 'II.3/rows/4/rank', expected: 4, actual: 5 },
      { place: 'II.3/rows/5/rank', expected: 5, actual: 7 },
      { place: 'II.3/rows/7/rank', expected: 7, actual: 3 },
    ]);
  });

  it('notes the district classes it cannot verify against the 2/3 rule, without raising alarms', () => {
    expect(r.notes.map((n) => n.place)).toHaveLength(7);
    expect(r.notes.map((n) => n.place)).not.toContain('II.2/rows/1/class');
  });

  it('raises each kind of contradiction on a doctored report', () => {
    const bad: PublishedReport = structuredClone(report);
    const survey = bad.sections[1] as Extract<PublishedReport['sections'][number], { kind: 'component-table' }>;
    survey.header!['1'] = '2,50';
    survey.rows[0]!.total = '12,081'; // parts no longer sum
    survey.rows[1]!.parts['4'] = '1,200'; // above max 1
    const ranking = bad.sections[2] as Extract<PublishedReport['sections'][number], { kind: 'ranking-table' }>;
    ranking.rows[5]!.class = 'Tốt'; // 79,274 is Khá
    ranking.rows[0]!.index = '88,0'; // 87,461 / 100
    const detail = bad.sections[3] as Extract<PublishedReport['sections'][number], { kind: 'unit-detail' }>;
    detail.components[2]!.lost!.items!.pop(); // 1 point no longer itemised
    detail.components[0]!.lost!.total = '0,6';
    const communes = bad.sections[4] as Extract<PublishedReport['sections'][number], { kind: 'ranking-table' }>;
    communes.rows.forEach((row, i) => (row.rank = i + 1));
    const codesOf = () => reconcileReport(bad, frameworks).contradictions.map((c) => `${c.code} ${c.place}`);
    detail.components[1]!.survey = '1,9'; // differs from table II.1
    expect(codesOf()).toEqual([
      'PARTS_DONT_SUM II.1/rows/1',
      'SCORE_ABOVE_MAX II.1/rows/2/4',
      'PARTS_DONT_SUM II.1/rows/2',
      'PERCENT_MISMATCH II.2/rows/1/index',
      'CLASS_MISMATCH II.2/class',
      'LOST_MISMATCH II.2.x/components/1/lost/total',
      'LOST_NOT_ITEMIZED II.2.x/components/3/lost/items',
      'PARTS_DONT_SUM II.2.x',
      'CROSS_TABLE_MISMATCH II.2.x/components/2/survey',
    ]);
  });

  it('raises no false alarm from rounding within the stated precision', () => {
    const rounded: PublishedReport = structuredClone(report);
    const communes = rounded.sections[4] as Extract<PublishedReport['sections'][number], { kind: 'ranking-table' }>;
    communes.rows.forEach((row, i) => (row.rank = i + 1));
    const ranking = rounded.sections[2] as Extract<PublishedReport['sections'][number], { kind: 'ranking-table' }>;
    ranking.decimals = 1; // a table printed to one decimal
    ranking.rows[0]!.index = '87,5';
    ranking.rows[0]!.score = '87,5'; // 87,461 rounded: no cross-table alarm against II.2.x
    ranking.rows[1]!.score = '87,1';
    const survey = rounded.sections[1] as Extract<PublishedReport['sections'][number], { kind: 'component-table' }>;
    survey.decimals = 2; // survey points printed to 2 decimals: parts and totals no longer add up exactly
    survey.rows[0]!.parts = { '1': '2,05', '2': '1,90', '3': '2,04', '4': '0,88', '5': '2,19', '6': '1,33', '7': '1,69' };
    survey.rows[0]!.total = '12,07'; // parts sum to 12,08
    const codes = reconcileReport(rounded, frameworks).contradictions.map((c) => `${c.code} ${c.place}`);
    expect(codes).toEqual(['HEADER_MAX_MISMATCH II.1/header/1']);
  });
});
