import { formatNumberVi, formatDateVi } from '@par/kernel';
import { leavesOf, type Component, type Framework, type NodeMethod } from '@par/scoring';
import { b, heading, para, type Block, type TableBlock } from '../model/report-document';

/** Criteria, sub-criteria and survey-measured sub-criteria of a component: declared counts, else counted in the tree. */
export interface ComponentCounts {
  code: string;
  name: string;
  criteria: number;
  subCriteria: number;
  surveySubCriteria: number;
  max: number;
  maxByMethod: Partial<Record<NodeMethod, number>>;
}

const SURVEY_METHODS: readonly NodeMethod[] = ['survey', 'satisfaction'];

export function componentCounts(fw: Framework, c: Component): ComponentCounts {
  const leaves = leavesOf(fw).filter((l) => l.componentCode === c.code && l.kind !== 'aggregate');
  const counted = {
    criteria: (c.criteria ?? []).length,
    subCriteria: leaves.filter((l) => l.kind === 'sub-criterion').length,
    surveySubCriteria: leaves.filter((l) => l.kind === 'sub-criterion' && SURVEY_METHODS.includes(l.method)).length,
  };
  const maxByMethod: Partial<Record<NodeMethod, number>> = { ...c.maxByMethod };
  if (!c.maxByMethod) {
    for (const l of leavesOf(fw).filter((x) => x.componentCode === c.code)) maxByMethod[l.method] = (maxByMethod[l.method] ?? 0) + l.max;
  }
  return {
    code: c.code,
    name: c.name,
    criteria: c.declaredCounts?.criteria ?? counted.criteria,
    subCriteria: c.declaredCounts?.subCriteria ?? counted.subCriteria,
    surveySubCriteria: c.declaredCounts?.surveySubCriteria ?? counted.surveySubCriteria,
    max: c.max,
    maxByMethod,
  };
}

/** Points measured by survey (XHH and SIPAS) in a set of per-method maxima. */
export const surveyMax = (m: Partial<Record<NodeMethod, number>>): number => (m.survey ?? 0) + (m.satisfaction ?? 0);
const two = (n: number) => String(n).padStart(2, '0');

function decisionSentence(fw: Framework): string {
  const date = fw.decision.date ? ` ngày ${formatDateVi(`${fw.decision.date}T12:00:00Z`)}` : '';
  const amend = (fw.amendments ?? [])
    .map((a) => `Quyết định số ${a.number}${a.date ? ` ngày ${formatDateVi(`${a.date}T12:00:00Z`)}` : ''}`)
    .join(', ');
  return `${fw.name} được ban hành kèm theo Quyết định số ${fw.decision.number}${date}${fw.decision.issuer ? ` của ${fw.decision.issuer}` : ''}${amend ? ` và nội dung điều chỉnh tại ${amend}` : ''}.`;
}

/** Section I.1: the framework, its structure per component and the share of survey points (as in report 118/BC-PNV). */
export function frameworkSummaryBlocks(fw: Framework, unitTypeVi: string): Block[] {
  const d = fw.rounding.decimals;
  const rows = fw.components.map((c) => componentCounts(fw, c));
  const sum = (k: 'criteria' | 'subCriteria' | 'surveySubCriteria') => rows.reduce((s, r) => s + r[k], 0);
  const totals = {
    criteria: fw.declaredCounts?.criteria ?? sum('criteria'),
    subCriteria: fw.declaredCounts?.subCriteria ?? sum('subCriteria'),
    surveySubCriteria: fw.declaredCounts?.surveySubCriteria ?? sum('surveySubCriteria'),
  };
  const survey = rows.reduce((s, r) => s + surveyMax(r.maxByMethod), 0);
  const appraised = rows.reduce((s, r) => s + (r.maxByMethod.appraised ?? 0), 0);
  const pt = (n: number) => formatNumberVi(n, d, false);
  const table: TableBlock = {
    kind: 'table',
    sheet: 'Bộ tiêu chí',
    title: 'Bảng 1. Cấu trúc bộ tiêu chí và điểm tối đa theo lĩnh vực',
    columns: [
      { header: 'Mã', kind: 'text', width: 0.6 },
      { header: 'Lĩnh vực', kind: 'text', width: 3.5 },
      { header: 'Số TC', kind: 'number', decimals: 0, width: 0.8 },
      { header: 'Số TCTP', kind: 'number', decimals: 0, width: 0.8 },
      { header: 'TCTP XHH', kind: 'number', decimals: 0, width: 0.8 },
      { header: 'Điểm tối đa', kind: 'number', decimals: d, trim: true },
      { header: 'Điểm thẩm định', kind: 'number', decimals: d, trim: true },
      { header: 'Điểm điều tra XHH', kind: 'number', decimals: d, trim: true },
    ],
    rows: rows.map((r) => [
      r.code,
      r.name,
      r.criteria,
      r.subCriteria,
      r.surveySubCriteria,
      r.max,
      r.maxByMethod.appraised ?? 0,
      surveyMax(r.maxByMethod),
    ]),
    footer: ['', 'Tổng cộng', totals.criteria, totals.subCriteria, totals.surveySubCriteria, fw.totalMax, appraised, survey],
  };
  return [
    heading(2, '1. Bộ tiêu chí, phương pháp đánh giá xác định Chỉ số cải cách hành chính (CCHC)'),
    para(decisionSentence(fw)),
    para(
      `Đối với ${unitTypeVi}, nội dung bộ tiêu chí được cấu trúc thành ${two(rows.length)} lĩnh vực với ${totals.criteria} TC và ${totals.subCriteria} TCTP, trong đó ${totals.surveySubCriteria} TCTP là điều tra XHH, gồm:`,
    ),
    {
      kind: 'bullets',
      items: rows.map((r) => [
        { text: `Lĩnh vực ${r.name.charAt(0).toLowerCase()}${r.name.slice(1)}: ${two(r.criteria)} TC và ${two(r.subCriteria)} TCTP ` },
        { text: `(điều tra XHH ${two(r.surveySubCriteria)} TCTP);`, italic: true },
      ]),
    },
    para(
      'Thang điểm đánh giá tối đa ',
      b(`${pt(fw.totalMax)} điểm`),
      ', trong đó: điểm tự đánh giá, thẩm định ',
      b(`${pt(appraised)} điểm`),
      '; điểm đánh giá qua điều tra XHH ',
      b(`${pt(survey)} điểm`),
      ` (${formatNumberVi((survey / fw.totalMax) * 100, 1, false)}% tổng điểm).`,
    ),
    table,
  ];
}
