import { formatNumberVi } from '@par/kernel';
import { isClassified, NOT_CLASSIFIED_VI, type ComponentResult, type Framework, type UnitEvaluation } from '@par/scoring';
import type { Cell, TableBlock } from '../model/report-document';
import { componentCounts, surveyMax } from './framework-summary';

const sum2 = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a == null && b == null ? null : (a ?? 0) + (b ?? 0);

const roundOrNull = (v: number | null, d: number) => (v === null ? null : Number(v.toFixed(d)));
const sumOrNull = (vs: (number | null)[]) => (vs.every((v) => v === null) ? null : vs.reduce<number>((s, v) => s + (v ?? 0), 0));

/** Survey (XHH + SIPAS) points of one component result. */
export function componentSurvey(c: ComponentResult, d: number): number | null {
  const v = sum2(c.byMethod.survey?.value, c.byMethod.satisfaction?.value);
  return v === null ? null : Number(v.toFixed(d));
}

/** Self-assessed points of a component: the sum of its appraised nodes' self scores (null when none was given). */
export function componentSelf(u: UnitEvaluation, code: string, d: number): number | null {
  const selfs = (u.leaves ?? []).filter((l) => l.componentCode === code && l.method === 'appraised' && l.self !== undefined);
  return selfs.length ? Number(selfs.reduce((s, l) => s + (l.self ?? 0), 0).toFixed(d)) : null;
}

export const unitName = (u: UnitEvaluation) => u.unitName ?? u.unitId;

/** Components that carry survey points (the survey table's columns). */
export const surveyComponents = (fw: Framework) => fw.components.filter((c) => surveyMax(componentCounts(fw, c).maxByMethod) > 0);

/** Table II.1: survey points per unit and component, the header giving each component's survey maximum. */
export function surveyTable(fw: Framework, units: readonly UnitEvaluation[]): TableBlock {
  const d = fw.rounding.decimals;
  const comps = surveyComponents(fw);
  return {
    kind: 'table',
    sheet: 'Điểm điều tra XHH',
    title: 'Bảng 2. Điểm điều tra xã hội học theo lĩnh vực',
    columns: [
      { header: 'TT', kind: 'number', decimals: 0, width: 0.6 },
      { header: 'Đơn vị', kind: 'text', width: 2.5 },
      ...comps.map((c) => ({
        header: `${c.shortName ?? c.name} (${formatNumberVi(surveyMax(componentCounts(fw, c).maxByMethod), 2)})`,
        kind: 'number' as const,
        decimals: d,
      })),
      { header: 'Tổng điểm', kind: 'number', decimals: d },
    ],
    rows: units.map((u, i) => {
      const parts = comps.map((c) =>
        componentSurvey(
          u.components.find((x) => x.code === c.code)!,
          d,
        ),
      );
      const total = sum2(u.byMethod.survey?.value, u.byMethod.satisfaction?.value);
      return [i + 1, unitName(u), ...parts, roundOrNull(total, d)];
    }),
  };
}

/** The class as printed, with the adjustment when a rule lowered it. */
export function classCell(fw: Framework, u: UnitEvaluation): string {
  if (!isClassified(fw) || !u.class) return NOT_CLASSIFIED_VI;
  return u.class.code === u.class.baseCode ? u.class.label : `${u.class.label} (hạ từ ${u.class.baseLabel})`;
}

/** Table II.2: score, index, rank and class per unit, in rank order. */
export function rankingTable(fw: Framework, units: readonly UnitEvaluation[]): TableBlock {
  const d = fw.rounding.decimals;
  const idx = fw.rounding.indexDecimals ?? d;
  return {
    kind: 'table',
    sheet: 'Xếp hạng',
    title: 'Bảng 3. Kết quả xếp hạng và phân loại Chỉ số CCHC',
    columns: [
      { header: 'STT', kind: 'number', decimals: 0, width: 0.6 },
      { header: 'Đơn vị', kind: 'text', width: 3 },
      { header: 'Điểm', kind: 'number', decimals: d },
      { header: 'Điểm tối đa áp dụng', kind: 'number', decimals: d, trim: true },
      { header: 'Chỉ số (%)', kind: 'number', decimals: idx },
      { header: 'Xếp hạng', kind: 'number', decimals: 0 },
      { header: 'Xếp loại', kind: 'text', width: 1.2 },
    ],
    rows: units.map((u, i): Cell[] => [i + 1, unitName(u), u.total.value, u.applicableMax, u.index.value, u.rank, classCell(fw, u)]),
  };
}

/** One unit's component breakdown: maximum, self, appraised, survey, total, lost. */
export function unitComponentTable(fw: Framework, u: UnitEvaluation, n: number): TableBlock {
  const d = fw.rounding.decimals;
  return {
    kind: 'table',
    sheet: `Đơn vị ${n}`,
    title: `Điểm theo lĩnh vực — ${unitName(u)}`,
    columns: [
      { header: 'Lĩnh vực', kind: 'text', width: 3 },
      { header: 'Điểm tối đa', kind: 'number', decimals: d, trim: true },
      { header: 'Tự đánh giá', kind: 'number', decimals: d },
      { header: 'Thẩm định', kind: 'number', decimals: d },
      { header: 'Điều tra XHH', kind: 'number', decimals: d },
      { header: 'Tổng', kind: 'number', decimals: d },
      { header: 'Điểm mất (thẩm định)', kind: 'number', decimals: d },
    ],
    rows: u.components.map((c) => [
      `${c.code}. ${c.name}`,
      c.applicableMax,
      componentSelf(u, c.code, d),
      c.byMethod.appraised?.value ?? null,
      componentSurvey(c, d),
      c.total.value,
      c.lostByMethod.appraised?.value ?? null,
    ]),
    footer: [
      'Tổng cộng',
      u.applicableMax,
      roundOrNull(sumOrNull(u.components.map((c) => componentSelf(u, c.code, d))), d),
      u.byMethod.appraised?.value ?? null,
      roundOrNull(sum2(u.byMethod.survey?.value, u.byMethod.satisfaction?.value), d),
      u.total.value,
      roundOrNull(sumOrNull(u.components.map((c) => c.lostByMethod.appraised?.value ?? null)), d),
    ],
  };
}
