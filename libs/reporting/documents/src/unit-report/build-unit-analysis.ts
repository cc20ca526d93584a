import { formatNumberVi, NotFoundError } from '@par/kernel';
import { compareYears, trendLabel, type Framework, type UnitEvaluation, type YearComparison } from '@par/scoring';
import { b, heading, para, type Block, type ReportDocument, type TableBlock, type TextRun } from '../model/report-document';
import { classCell, unitName } from '../ranking-report/ranking-tables';
import { documentFrame, lostAppraisedItems } from '../ranking-report/report-input';
import { provenanceLine } from '../model/event-position';
import { lostByDepartmentBlocks } from './lost-by-department';
import { trendBlocks } from './trend-charts';
import { rankedCount, unitOf, type UnitAnalysisInput } from './unit-analysis-input';

const signed = (n: number, d: number) => `${n > 0 ? '+' : ''}${formatNumberVi(n, d)}`;

/** The unit's comparison with the previous cycle (lineage and baselines decide whether it is comparable). */
export function unitComparison(input: UnitAnalysisInput): YearComparison | undefined {
  if (!input.previous) return undefined;
  const all = compareYears(input.previous.evaluation, input.current.evaluation, {
    ...(input.lineage && { lineage: input.lineage }),
    ...(input.baselines && { baselines: input.baselines }),
    years: { previous: input.previous.cycle.year, current: input.current.cycle.year },
  });
  return all.find((c) => c.unitId === input.unitId);
}

/** The opening sentence: total, rank "x/N", class, and the change against last year (or why there is none). */
function openingRuns(input: UnitAnalysisInput, u: UnitEvaluation, cmp: YearComparison | undefined): TextRun[] {
  const fw = input.current.framework;
  const d = fw.rounding.decimals;
  const runs: TextRun[] = [
    { text: `Năm ${input.current.cycle.year}, ${unitName(u)} đạt ` },
    b(`${u.total.value === null ? 'chưa xác định' : formatNumberVi(u.total.value, d)}/${formatNumberVi(u.applicableMax, d, false)} điểm`),
    { text: ` (chỉ số ${u.index.value === null ? '—' : formatNumberVi(u.index.value, fw.rounding.indexDecimals ?? d)}%), xếp hạng ` },
    b(u.rank === null ? '—' : `${u.rank}/${rankedCount(input.current)}`),
    { text: `, xếp loại ${classCell(fw, u)}` },
  ];
  if (!input.previous) return [...runs, { text: '. Chưa có kết quả năm trước trong hệ thống để so sánh.' }];
  const py = input.previous.cycle.year;
  if (!cmp || !cmp.comparable || cmp.total.change === null)
    return [...runs, { text: `; không so sánh được với năm ${py}: ${cmp?.reason ?? 'không có kết quả năm trước của đơn vị.'}` }];
  const t = cmp.total;
  const rank = cmp.rank.change;
  const rankText = rank === null || rank === 0 ? 'giữ nguyên thứ hạng' : rank > 0 ? `tăng ${rank} bậc` : `giảm ${-rank} bậc`;
  const change = t.change ?? 0;
  const word =
    change > 0 ? `tăng ${formatNumberVi(change, d)} điểm` : change < 0 ? `giảm ${formatNumberVi(-change, d)} điểm` : 'giữ nguyên số điểm';
  return [
    ...runs,
    {
      text: `; so với năm ${py}${cmp.against === 'baseline' ? ' (theo số liệu gốc được xác định)' : ''} (${formatNumberVi(t.previous ?? 0, d)} điểm, xếp hạng ${cmp.rank.previous ?? '—'}/${rankedCount(input.previous)}) `,
    },
    b(word),
    { text: ` và ${rankText}.` },
  ];
}

/** Without a previous cycle: the components of this year only (maximum, points, lost). */
function singleYearTable(fw: Framework, u: UnitEvaluation, year: number): TableBlock {
  const d = fw.rounding.decimals;
  return {
    kind: 'table',
    sheet: 'Điểm theo lĩnh vực',
    title: `Bảng 1. Điểm theo lĩnh vực năm ${year}`,
    columns: [
      { header: 'Lĩnh vực', kind: 'text', width: 3 },
      { header: 'Điểm tối đa', kind: 'number', decimals: d, trim: true },
      { header: `Năm ${year}`, kind: 'number', decimals: d },
      { header: 'Điểm mất', kind: 'number', decimals: d },
    ],
    rows: u.components.map((c) => [`${c.code}. ${c.name}`, c.applicableMax, c.total.value, c.lost.value]),
    footer: ['Tổng cộng', u.applicableMax, u.total.value, u.lostPoints.total.value],
  };
}

function componentTable(fw: Framework, u: UnitEvaluation, cmp: YearComparison | undefined, years: [number | null, number]): TableBlock {
  if (years[0] === null) return singleYearTable(fw, u, years[1]);
  const d = fw.rounding.decimals;
  const byCode = new Map(cmp?.components.map((c) => [c.code, c]));
  return {
    kind: 'table',
    sheet: 'So sánh theo lĩnh vực',
    title: 'Bảng 1. Điểm theo lĩnh vực qua hai năm',
    columns: [
      { header: 'Lĩnh vực', kind: 'text', width: 3 },
      { header: 'Điểm tối đa', kind: 'number', decimals: d, trim: true },
      { header: `Năm ${years[0] ?? 'trước'}`, kind: 'number', decimals: d },
      { header: `Năm ${years[1]}`, kind: 'number', decimals: d },
      { header: 'Tăng/giảm', kind: 'number', decimals: d },
      { header: 'Xu hướng', kind: 'text', width: 1.4 },
    ],
    rows: u.components.map((c) => {
      const x = byCode.get(c.code);
      return [
        `${c.code}. ${c.name}`,
        c.applicableMax,
        x?.previous ?? null,
        c.total.value,
        x?.change ?? null,
        x ? trendLabel(x.trend) : trendLabel('not-comparable'),
      ];
    }),
    footer: [
      'Tổng cộng',
      u.applicableMax,
      cmp?.total.previous ?? null,
      u.total.value,
      cmp?.total.change ?? null,
      cmp ? trendLabel(cmp.total.trend) : trendLabel('not-comparable'),
    ],
  };
}

/** Components that rose, held, fell ("2/5 lĩnh vực tăng điểm"), each fallen one with its lost criteria and reasons. */
function trendGroups(fw: Framework, u: UnitEvaluation, cmp: YearComparison | undefined): Block[] {
  if (!cmp) return [para('Chưa có kết quả năm trước trong hệ thống: chưa so sánh theo lĩnh vực.')];
  if (!cmp.comparable) return [para('Không so sánh được theo lĩnh vực với năm trước (xem phần đầu báo cáo).')];
  const d = fw.rounding.decimals;
  const n = cmp.components.length;
  const out: Block[] = [];
  for (const [trend, title] of [
    ['rose', 'tăng điểm'],
    ['held', 'giữ nguyên điểm'],
    ['fell', 'giảm điểm'],
  ] as const) {
    const list = cmp.components.filter((c) => c.trend === trend);
    out.push(para(b(`Các lĩnh vực ${title}: ${list.length}/${n}`), list.length ? ':' : '.'));
    if (!list.length) continue;
    out.push({
      kind: 'bullets',
      items: list.map((c) => {
        const lost = trend === 'held' ? [] : lostAppraisedItems(u, c.code);
        const detail = lost.length
          ? `; mất điểm ở: ${lost.map((i) => `${i.name} (-${formatNumberVi(i.lost, d, false)}${i.reason ? `: ${i.reason}` : ''})`).join('; ')}`
          : '';
        return `${c.code}. ${c.name}: ${formatNumberVi(c.previous ?? 0, d)} → ${formatNumberVi(c.current ?? 0, d)} (${signed(c.change ?? 0, d)})${detail}`;
      }),
    });
  }
  return out;
}

/**
 * A unit's analysis report: the opening sentence (total, rank x/N, change against last year), every component over
 * two years with the change, the components that rose/held/fell, lost criteria by responsible department with
 * subtotals, and trend charts of score and rank over every year on record. Pure: figures from the scoring engine.
 */
export function buildUnitAnalysisReport(input: UnitAnalysisInput): ReportDocument {
  const fw = input.current.framework;
  const u = unitOf(input.current, input.unitId);
  if (!u)
    throw new NotFoundError(
      'UNKNOWN_UNIT',
      `Đơn vị "${input.unitId}" không có trong kỳ đánh giá.`,
      `Unit ${input.unitId} not in cycle ${input.current.cycle.id}`,
    );
  const cmp = unitComparison(input);
  const blocks: Block[] = [
    heading(1, 'I. KẾT QUẢ CHUNG'),
    { kind: 'paragraph', runs: openingRuns(input, u, cmp) },
    ...(cmp?.reason && cmp.comparable ? [para({ text: cmp.reason, italic: true })] : []),
    heading(1, 'II. KẾT QUẢ THEO LĨNH VỰC'),
    componentTable(fw, u, cmp, [input.previous?.cycle.year ?? null, input.current.cycle.year]),
    ...trendGroups(fw, u, cmp),
    ...lostByDepartmentBlocks(fw, u),
    ...trendBlocks(input),
  ];
  return {
    name: `phan-tich-${input.current.cycle.id}-${input.unitId}`.replace(/[^A-Za-z0-9._-]/g, '-'),
    ...documentFrame(input.header),
    title: `Phân tích kết quả Chỉ số cải cách hành chính năm ${input.current.cycle.year} của ${unitName(u)}`,
    blocks,
    ...(input.positions && { provenance: provenanceLine(input.positions) }),
  };
}
