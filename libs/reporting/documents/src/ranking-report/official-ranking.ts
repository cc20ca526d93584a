import { formatDateVi, formatNumberVi } from '@par/kernel';
import type { Framework, UnitEvaluation } from '@par/scoring';
import { heading, para, type Block, type TableBlock } from '../model/report-document';
import { unitName } from './ranking-tables';

/** One unit's row of an official ranking version, as published by decision (what the report compares with). */
export interface OfficialRowInput {
  unitId: string;
  unitName: string;
  rank: number;
  total: number;
  classLabel: string | null;
  /** Points per component (null where the source gives only the total, as imported results may). */
  components: { code: string; name: string; points: number | null }[];
}

/** The official ranking version a report states: the latest one published or corrected by decision for the cycle. */
export interface OfficialRankingInput {
  version: number;
  kind: 'PUBLISHED' | 'CORRECTED';
  decisionNumber: string;
  /** `YYYY-MM-DD`. */
  decisionDate: string;
  signer: string | null;
  /** Why a correction was made (null for version 1). */
  reason: string | null;
  correctsVersion: number | null;
  rows: OfficialRowInput[];
}

/** One figure where the report's recomputation and the official version disagree (values printed as the report does). */
export interface OfficialDifference {
  unit: string;
  /** Vietnamese: "Tổng điểm", "Thứ hạng", "Xếp loại", "Lĩnh vực 2. …", "Đơn vị". */
  figure: string;
  official: string;
  recomputed: string;
}

export const PROVISIONAL_VI = 'Kết quả tạm thời, chưa công bố';

/** "Kết quả chính thức — phiên bản 2, Quyết định số 45/QĐ-UBND ngày 07/05/2024", or the provisional line. */
export function officialStatusLine(o: OfficialRankingInput | null | undefined): string {
  if (!o) return PROVISIONAL_VI;
  return `Kết quả chính thức — phiên bản ${o.version}, Quyết định số ${o.decisionNumber} ngày ${formatDateVi(o.decisionDate)}`;
}

/** Equal at the framework's decimals (both unknown counts as equal). */
const same = (a: number | null, b: number | null, d: number) =>
  a === null || b === null ? a === b : Math.round(a * 10 ** d) === Math.round(b * 10 ** d);

function unitDifferences(fw: Framework, u: UnitEvaluation, r: OfficialRowInput): OfficialDifference[] {
  const d = fw.rounding.decimals;
  const pts = (v: number | null | undefined) => (v === null || v === undefined ? 'chưa xác định' : formatNumberVi(v, d));
  const unit = unitName(u);
  const out: OfficialDifference[] = [];
  const total = u.total.value;
  if (!same(total, r.total, d)) out.push({ unit, figure: 'Tổng điểm', official: pts(r.total), recomputed: pts(total) });
  if (u.rank !== r.rank)
    out.push({ unit, figure: 'Thứ hạng', official: String(r.rank), recomputed: u.rank === null ? '—' : String(u.rank) });
  const cls = u.class?.label ?? null;
  if (cls !== r.classLabel) out.push({ unit, figure: 'Xếp loại', official: r.classLabel ?? '—', recomputed: cls ?? '—' });
  for (const oc of r.components) {
    const c = u.components.find((x) => x.code === oc.code);
    const v = c?.total.value ?? null;
    if (!c || !same(v, oc.points, d))
      out.push({ unit, figure: `Lĩnh vực ${oc.code}. ${oc.name}`, official: pts(oc.points), recomputed: c ? pts(v) : 'không có' });
  }
  return out;
}

/**
 * Pure: every figure where the report's recomputation (the engine's evaluation of the read model) and the official
 * version differ: each unit's total and every component's points (at the framework's decimals), rank and class, and
 * the units present on one side only. Empty when they agree.
 */
export function officialDifferences(fw: Framework, units: readonly UnitEvaluation[], o: OfficialRankingInput): OfficialDifference[] {
  const out: OfficialDifference[] = [];
  for (const r of o.rows) {
    const u = units.find((x) => x.unitId === r.unitId);
    if (u) out.push(...unitDifferences(fw, u, r));
    else out.push({ unit: r.unitName, figure: 'Đơn vị', official: `xếp hạng ${r.rank}`, recomputed: 'không có trong số liệu tính lại' });
  }
  for (const u of units) {
    if (!o.rows.some((r) => r.unitId === u.unitId))
      out.push({
        unit: unitName(u),
        figure: 'Đơn vị',
        official: 'không có trong kết quả chính thức',
        recomputed: u.rank === null ? '—' : `xếp hạng ${u.rank}`,
      });
  }
  return out;
}

function differencesTable(diffs: readonly OfficialDifference[], version: number): TableBlock {
  return {
    kind: 'table',
    sheet: 'Đối chiếu chính thức',
    title: `Chênh lệch giữa số liệu tính lại và kết quả chính thức phiên bản ${version}`,
    columns: [
      { header: 'STT', kind: 'number', decimals: 0, width: 0.5 },
      { header: 'Đơn vị', kind: 'text', width: 2.5 },
      { header: 'Nội dung', kind: 'text', width: 2.5 },
      { header: 'Kết quả chính thức', kind: 'text', width: 1.5 },
      { header: 'Số liệu tính lại', kind: 'text', width: 1.5 },
    ],
    rows: diffs.map((x, i) => [i + 1, x.unit, x.figure, x.official, x.recomputed]),
  };
}

/** The appendix part comparing the report's figures with the official version (or saying there is none yet). */
export function officialComparisonBlocks(
  fw: Framework,
  units: readonly UnitEvaluation[],
  o: OfficialRankingInput | null | undefined,
): Block[] {
  const title = heading(2, 'Đối chiếu với kết quả chính thức');
  if (!o) {
    return [
      title,
      para(
        'Kết quả xếp hạng của kỳ đánh giá chưa được công bố theo quyết định: số liệu của báo cáo là kết quả tạm thời, chưa công bố; chưa có kết quả chính thức để đối chiếu.',
      ),
    ];
  }
  const decision = `Quyết định số ${o.decisionNumber} ngày ${formatDateVi(o.decisionDate)}`;
  const out: Block[] = [title];
  if (o.kind === 'CORRECTED' && o.reason)
    out.push(
      para(`Phiên bản ${o.version} điều chỉnh phiên bản ${o.correctsVersion ?? o.version - 1} theo ${decision}. Lý do: ${o.reason}`),
    );
  const diffs = officialDifferences(fw, units, o);
  if (!diffs.length) {
    out.push(
      para(
        `Tổng điểm, điểm từng lĩnh vực, thứ hạng và xếp loại tính lại từ số liệu chấm điểm của ${units.length} đơn vị khớp với kết quả chính thức phiên bản ${o.version} (${decision}): không có chênh lệch.`,
      ),
    );
    return out;
  }
  out.push(
    para(
      `Phát hiện ${diffs.length} chênh lệch giữa số liệu tính lại từ số liệu chấm điểm và kết quả chính thức phiên bản ${o.version} (${decision}):`,
    ),
    differencesTable(diffs, o.version),
  );
  return out;
}
