import { heading, para, type Block, type Cell } from '../model/report-document';
import { classCell } from '../ranking-report/ranking-tables';
import { rankedCount, unitOf, type UnitAnalysisInput } from './unit-analysis-input';

/**
 * Section IV: score and rank of the unit over every year on record (a table and two charts). When the maxima differ
 * between years the score chart shows the index (% of the applicable maximum), which stays comparable.
 */
export function trendBlocks(input: UnitAnalysisInput): Block[] {
  const years = input.history.map((y) => ({ y, u: unitOf(y, input.unitId) }));
  const d = input.current.framework.rounding.decimals;
  const maxima = new Set(years.filter((x) => x.u).map((x) => x.u!.applicableMax));
  const byIndex = maxima.size > 1;
  const rows: Cell[][] = years.map(({ y, u }) => [
    String(y.cycle.year),
    y.cycle.name,
    u?.total.value ?? null,
    u?.applicableMax ?? null,
    u?.index.value ?? null,
    u?.rank ?? null,
    u ? rankedCount(y) : null,
    u ? classCell(y.framework, u) : 'Không có kết quả',
  ]);
  const categories = years.map(({ y }) => String(y.cycle.year));
  const out: Block[] = [
    heading(1, 'IV. XU HƯỚNG QUA CÁC NĂM'),
    {
      kind: 'table',
      sheet: 'Xu hướng',
      title: 'Bảng 3. Điểm và thứ hạng qua các năm',
      columns: [
        { header: 'Năm', kind: 'text', width: 0.8 },
        { header: 'Kỳ đánh giá', kind: 'text', width: 2.5 },
        { header: 'Điểm', kind: 'number', decimals: d },
        { header: 'Điểm tối đa', kind: 'number', decimals: d, trim: true },
        { header: 'Chỉ số (%)', kind: 'number', decimals: 2 },
        { header: 'Xếp hạng', kind: 'number', decimals: 0 },
        { header: 'Số đơn vị', kind: 'number', decimals: 0 },
        { header: 'Xếp loại', kind: 'text' },
      ],
      rows,
    },
  ];
  if (years.filter((x) => x.u).length < 2)
    out.push(para('Mới có kết quả của một năm trong hệ thống: biểu đồ xu hướng sẽ có thêm điểm khi có kết quả các năm tiếp theo.'));
  out.push(
    {
      kind: 'chart',
      title: byIndex ? 'Chỉ số CCHC qua các năm (% điểm tối đa)' : 'Tổng điểm Chỉ số CCHC qua các năm',
      categories,
      series: [
        { name: byIndex ? 'Chỉ số (%)' : 'Tổng điểm', values: years.map(({ u }) => (byIndex ? u?.index.value : u?.total.value) ?? null) },
      ],
      xLabel: 'Năm',
      yLabel: byIndex ? 'Chỉ số (%)' : 'Điểm',
      decimals: byIndex ? 2 : d,
      min: 0,
      max: byIndex ? 100 : Math.max(...maxima, 0) || undefined,
    },
    {
      kind: 'chart',
      title: 'Thứ hạng qua các năm (1 là cao nhất)',
      categories,
      series: [{ name: 'Xếp hạng', values: years.map(({ u }) => u?.rank ?? null) }],
      xLabel: 'Năm',
      yLabel: 'Xếp hạng',
      decimals: 0,
      inverse: true,
      min: 1,
      max: Math.max(1, ...years.map(({ y }) => rankedCount(y))),
    },
  );
  return out;
}
