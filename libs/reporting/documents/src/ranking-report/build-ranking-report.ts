import { formatNumberVi } from '@par/kernel';
import { reconcileReport, type Framework, type PublishedReport, type UnitEvaluation } from '@par/scoring';
import { b, heading, para, type Block, type ReportDocument, type TableBlock } from '../model/report-document';
import { provenanceLine } from '../model/event-position';
import { classificationBlocks } from './classification-rules';
import { officialComparisonBlocks, officialStatusLine, type OfficialRankingInput } from './official-ranking';
import { componentCounts, frameworkSummaryBlocks, surveyMax } from './framework-summary';
import { byRank, documentFrame, lostAppraisedItems, unitTypeVi, type RankingReportInput } from './report-input';
import {
  classCell,
  componentSelf,
  componentSurvey,
  rankingTable,
  surveyComponents,
  surveyTable,
  unitComponentTable,
  unitName,
} from './ranking-tables';

/** "Các tiêu chí mất điểm (5,75 điểm):" and the list, per component, as section II.2.x of the seed. */
function unitLostBlocks(fw: Framework, u: UnitEvaluation): Block[] {
  const d = fw.rounding.decimals;
  const pts = (n: number) => formatNumberVi(n, d, false);
  const out: Block[] = [];
  for (const c of u.components) {
    const items = lostAppraisedItems(u, c.code);
    if (!items.length) continue;
    out.push(para(b(`${c.code}. ${c.name}`), ` — các tiêu chí mất điểm (${pts(c.lostByMethod.appraised?.value ?? 0)} điểm):`));
    out.push({ kind: 'bullets', items: items.map((i) => `${i.name}: -${pts(i.lost)} điểm${i.reason ? ` (${i.reason})` : ''}`) });
  }
  if (!out.length) out.push(para('Đơn vị không bị mất điểm ở phần tự đánh giá, thẩm định.'));
  return out;
}

function unitSections(fw: Framework, units: readonly UnitEvaluation[]): Block[] {
  const n = units.filter((u) => u.rank !== null).length;
  const d = fw.rounding.decimals;
  return units.flatMap((u, k) => [
    heading(3, `3.${k + 1}. ${unitName(u)}`),
    para(
      'Tổng điểm: ',
      b(u.total.value === null ? 'chưa xác định' : formatNumberVi(u.total.value, d)),
      `/${formatNumberVi(u.applicableMax, d, false)} điểm; xếp hạng `,
      b(u.rank === null ? '—' : `${u.rank}/${n}`),
      '; xếp loại ',
      b(classCell(fw, u)),
      '.',
    ),
    { ...unitComponentTable(fw, u, k + 1), only: 'docx' as const },
    ...unitLostBlocks(fw, u),
  ]);
}

/** The XLSX equivalents of the per-unit sections: one sheet of component breakdowns, one of lost criteria. */
function detailSheets(fw: Framework, units: readonly UnitEvaluation[]): TableBlock[] {
  const d = fw.rounding.decimals;
  const num = (header: string) => ({ header, kind: 'number' as const, decimals: d });
  return [
    {
      kind: 'table',
      only: 'xlsx',
      sheet: 'Chi tiết lĩnh vực',
      title: 'Điểm theo lĩnh vực của từng đơn vị',
      columns: [
        { header: 'Đơn vị', kind: 'text' },
        { header: 'Mã', kind: 'text', width: 0.5 },
        { header: 'Lĩnh vực', kind: 'text' },
        { ...num('Điểm tối đa'), trim: true },
        num('Tự đánh giá'),
        num('Thẩm định'),
        num('Điều tra XHH'),
        num('Tổng'),
        num('Điểm mất (thẩm định)'),
      ],
      rows: units.flatMap((u) =>
        u.components.map((c) => [
          unitName(u),
          c.code,
          c.name,
          c.applicableMax,
          componentSelf(u, c.code, d),
          c.byMethod.appraised?.value ?? null,
          componentSurvey(c, d),
          c.total.value,
          c.lostByMethod.appraised?.value ?? null,
        ]),
      ),
    },
    {
      kind: 'table',
      only: 'xlsx',
      sheet: 'Tiêu chí mất điểm',
      title: 'Các tiêu chí mất điểm (phần tự đánh giá, thẩm định)',
      columns: [
        { header: 'Đơn vị', kind: 'text' },
        { header: 'Lĩnh vực', kind: 'text', width: 0.5 },
        { header: 'Mã', kind: 'text', width: 0.6 },
        { header: 'Tiêu chí', kind: 'text' },
        num('Điểm mất'),
        { header: 'Lý do', kind: 'text' },
      ],
      rows: units.flatMap((u) => lostAppraisedItems(u).map((i) => [unitName(u), i.componentCode, i.code, i.name, i.lost, i.reason])),
    },
  ];
}

/** The report's own tables as a published report, checked by the engine's reconciliation (they must agree). */
export function asPublishedReport(fw: Framework, units: readonly UnitEvaluation[]): PublishedReport {
  const d = fw.rounding.decimals;
  const s = (v: number | null) => (v === null ? '' : formatNumberVi(v, d));
  const survey = surveyComponents(fw);
  const sections: PublishedReport['sections'] = [
    {
      kind: 'ranking-table',
      id: 'II.2',
      framework: fw.id,
      rows: units.map((u, i) => ({
        order: i + 1,
        unit: unitName(u),
        unitId: u.unitId,
        score: s(u.total.value),
        ...(u.rank !== null && { rank: u.rank }),
        ...(u.class && { class: u.class.label }),
      })),
    },
  ];
  if (survey.length && units.every((u) => u.byMethod.survey?.value != null) && survey.every((c) => !c.maxByMethod?.satisfaction)) {
    sections.push({
      kind: 'component-table',
      id: 'II.1',
      framework: fw.id,
      method: 'survey',
      header: Object.fromEntries(survey.map((c) => [c.code, formatNumberVi(surveyMax(componentCounts(fw, c).maxByMethod), 2)])),
      rows: units.map((u) => ({
        unit: unitName(u),
        unitId: u.unitId,
        parts: Object.fromEntries(
          survey.map((c) => [
            c.code,
            s(
              componentSurvey(
                u.components.find((x) => x.code === c.code)!,
                d,
              ),
            ),
          ]),
        ),
        total: s(u.byMethod.survey?.value ?? null),
      })),
    });
  }
  return { id: 'self-check', sections };
}

function reconciliationBlocks(fw: Framework, units: readonly UnitEvaluation[], official: OfficialRankingInput | null | undefined): Block[] {
  const r = reconcileReport(asPublishedReport(fw, units), [fw]);
  const out: Block[] = [heading(1, 'PHỤ LỤC. ĐỐI CHIẾU SỐ LIỆU')];
  out.push(
    r.ok
      ? para(
          `Các bảng của báo cáo được đối chiếu tự động với bộ tiêu chí (tổng điểm với các thành phần, thứ hạng với điểm, xếp loại với ngưỡng): không phát hiện mâu thuẫn (${r.checks} phép kiểm tra).`,
        )
      : para(`Phát hiện ${r.contradictions.length} mâu thuẫn (${r.checks} phép kiểm tra):`),
  );
  if (!r.ok) out.push({ kind: 'bullets', items: r.contradictions.map((c) => `${c.place}: ${c.message}`) });
  if (official !== undefined) out.push(...officialComparisonBlocks(fw, units, official));
  return out;
}

/**
 * The ranking report of a cycle and unit type, shaped like report 118/BC-PNV: the framework and its survey share,
 * the classification rules, the survey points table, the ranking and classification table, per unit the component
 * breakdown and the criteria where points were lost, and a reconciliation appendix (its own tables, and against the
 * official version when `official` is given: the header says which version, or that the result is provisional; the
 * event positions, when given, end the document). Pure: every figure is the
 * scoring engine's (`evaluateCycle`), formatted at the framework's decimals.
 */
export function buildRankingReport(input: RankingReportInput): ReportDocument {
  const { framework: fw, cycle } = input;
  const units = byRank(input.evaluation.units);
  const types = unitTypeVi(cycle.unitType);
  const survey = surveyComponents(fw);
  const blocks: Block[] = [
    heading(1, `I. TỔNG QUAN VỀ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${cycle.year}`),
    ...frameworkSummaryBlocks(fw, types.plural),
    ...classificationBlocks(fw),
    heading(1, `II. KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CCHC NĂM ${cycle.year}`),
    heading(2, `1. Kết quả điểm điều tra xã hội học ${types.short} năm ${cycle.year}`),
    ...(input.notes ?? []).map((n) => para({ text: n, italic: true })),
    ...(survey.length ? [surveyTable(fw, units)] : [para('Bộ tiêu chí không có tiêu chí đánh giá qua điều tra xã hội học.')]),
    heading(2, `2. Kết quả xếp hạng và phân loại Chỉ số CCHC ${types.short}`),
    rankingTable(fw, units),
    heading(2, '3. Kết quả theo lĩnh vực và các tiêu chí mất điểm của từng đơn vị'),
    ...unitSections(fw, units),
    ...detailSheets(fw, units),
    ...reconciliationBlocks(fw, units, input.official),
  ];
  return {
    name: `xep-hang-${cycle.id}`.replace(/[^A-Za-z0-9._-]/g, '-'),
    ...documentFrame(input.header),
    title: `Kết quả xếp hạng và phân loại Chỉ số cải cách hành chính ${types.plural} năm ${cycle.year}`,
    blocks,
    ...(input.official !== undefined && { status: officialStatusLine(input.official) }),
    ...(input.positions && { provenance: provenanceLine(input.positions) }),
  };
}
